
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
's03bf3': `Limbă`,
's0959d': `Serviciu național de asistență: sfaturi, înregistrare și adăpost pentru victime.`,
's0ac61': `Mai întâi o discuție`,
's1da47': `Se încarcă…`,
's258f1': `Exploatare pentru infracțiuni`,
's2d531': `Organizațiile acestui site nu au putut fi încărcate. Mai jos sunt organizațiile naționale.`,
's2dd69': `Potrivite cu semnele pe care le-ai bifat.`,
's34eae': str`Număr de organizații: ${0}`,
's371b0': `Îngrijire pentru victime în regiunea Rotterdam.`,
's39090': `Toate formele`,
's3c483': `Apasă Shift încă o dată ca să părăsești acest site.`,
's41c56': `Adăpost și îngrijire pentru victime în Amsterdam și în Olanda de Nord (Noord-Holland).`,
's42fb1': `Mai multe despre navigarea sigură`,
's438cb': `Nicio organizație nu se potrivește exact cu această alegere. Aici te poți adresa oricând:`,
's4925a': `Ieșire rapidă`,
's49308': `Ajutor gratuit și confidențial în cazuri de exploatare la locul de muncă, în afara industriei sexului.`,
's5768f': `1 organizație`,
's5a92f': `Este vorba despre mine`,
's5b146': `Pentru o navigare mai sigură: folosește o fereastră privată, apoi șterge-ți istoricul sau folosește un telefon ori un calculator pe care persoana de care îți este frică nu îl poate vedea sau verifica.`,
's5f0f2': str`Arată mai multe organizații (încă ${0})`,
's5fa94': `Ajut ca parte a muncii mele`,
's61625': `Exploatare prin muncă`,
's63690': `Poți apăsa și de 3 ori tasta Shift.`,
's641c4': `CoMensha caută un loc într-un adăpost specializat în cazuri de trafic de persoane. Coordonatorii de îngrijire din regiune ajută victimele să ajungă la ajutorul potrivit.`,
's684ce': `Raportează exploatarea la locul de muncă.`,
's6c4b7': `Număr de urgență`,
's6cc0e': `Adăpost și ajutor`,
's6f1a1': `Chat anonim pentru tinerii exploatați pentru infracțiuni și pentru oamenii din jurul lor.`,
's72404': `Această perioadă de gândire este pentru persoanele care nu au dreptul să stea în Țările de Jos. Atunci ai până la trei luni ca să decizi dacă depui plângere. În acest timp nu ai obligația să pleci din Țările de Jos. Vii dintr-o țară a Uniunii Europene? Atunci întreabă CoMensha ce se aplică în cazul tău.`,
's7493c': `Sprijin practic, emoțional și juridic pentru victime și martori.`,
's7af2d': `Ieșirea rapidă te duce imediat pe alt site.`,
's7b563': `Zi și noapte`,
's7f1a2': `Nu este urgent? Anunță poliția sau depune o plângere.`,
's81f4f': `Apasă Shift încă de 2 ori ca să părăsești acest site.`,
's829cb': str`Chat pe ${0}`,
's82d0b': `Ce se întâmplă dacă raportez?`,
's840c8': `Raportează fără să-ți spui numele.`,
's84a27': str`Sună la ${0}`,
's85f8c': `Înainte de o plângere, există întotdeauna mai întâi o discuție de informare cu un anchetator de poliție pregătit pentru cazuri de trafic de persoane. Afli atunci cum se depune o plângere și ce ajutor, adăpost și reguli de ședere există. După aceea, poți decide să nu depui plângere. Procurorul poate totuși să înceapă o anchetă.`,
's860d9': `Nu contează`,
's8a39d': `Raportează traficul de persoane`,
's8b17f': `Timp de gândire`,
's8c612': `Ajutor și sfaturi pentru victime și pentru oamenii din jurul lor, în regiunea Twente.`,
's8cce5': `Raportează o suspiciune sau depune o plângere. În caz de urgență: sună la 112.`,
's91ce0': `Informații de la guvern pentru lucrătorii migranți.`,
's96f91': `Despre ce este vorba?`,
's99b17': `Ieșirea rapidă nu îți șterge istoricul de navigare.`,
's9c9e1': `Permis de ședere`,
's9e34d': `Depui plângere sau colaborezi cu ancheta? Atunci poți primi un permis de ședere temporar cât timp durează cazul: un an, iar permisul poate fi prelungit. Pentru asta trebuie îndeplinite anumite condiții. Nu poți colabora, de exemplu din cauza sănătății, pentru că nu ai încă 18 ani sau pentru că primești amenințări grave? Și atunci este posibil un permis.`,
'sa836c': `Prelevare forțată de organe`,
'sa8b1d': `Sfaturi și raportare în cazuri de violență domestică și abuz asupra copiilor, inclusiv în cazuri cu loverboy. Poți cere sfaturi anonim.`,
'sab941': `Explicații despre drepturi, raportare și ajutor, pas cu pas.`,
'sacc0a': `Poliția (Politie)`,
'sae63c': `Limbi:`,
'sb0a72': `Cine ești?`,
'sb31a2': `Raportează exploatarea copiilor și a tinerilor, inclusiv anonim.`,
'sb9f49': `Exploatare sexuală`,
'sca762': `Gratuit. Numărul tău nu apare, iar convorbirea nu este înregistrată.`,
'scae48': `Punct de consiliere și raportare pentru traficul de persoane în Flevoland.`,
'scf726': `Vrei mai întâi un sfat? CoMensha ajută pe oricine are întrebări despre traficul de persoane.`,
'sd00c2': `Există pericol acum? Sună imediat la 112.`,
'sd76c9': `Dacă există un pericol imediat, sună la 112. Altfel, anunță poliția sau, în cazul exploatării la locul de muncă, Arbeidsinspectie (Inspecția Muncii). Poți raporta și anonim. CoMensha înregistrează posibilele victime și se ocupă de primul adăpost.`,
'sd91ac': `Îmi fac griji pentru altcineva`,
'sdce74': `Ajutor în cazuri de trafic de persoane`,
'se23bc': str`Raportează online pe ${0}`,
'se93f5': `De luni până vineri, între orele 9:00 și 17:00`,
'sf2536': `Anonim`,
'sf3cf3': `gratuit, zi și noapte`,
'sf51f5': `Raportare`,
'sf5acb': str`Limba a fost schimbată: ${0}`,
'sf990d': `Ajutor și adăpost în cazuri de violență în relații de dependență, inclusiv în cazuri cu loverboy.`,
    };

    /** Messages are keyed by the first keyLength characters of their id. */
    export const keyLength = 6;

    /** Texts only one element shows, in files of their own that the element loads. */
    export const parts = { checklist: () => import('./ro-checklist.js') };
