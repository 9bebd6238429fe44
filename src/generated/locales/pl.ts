
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
's03bf3': `Język`,
's0959d': `Ogólnokrajowy punkt pomocy: porady, rejestracja i schronienie dla ofiar.`,
's0ac61': `Najpierw rozmowa`,
's1da47': `Ładowanie…`,
's258f1': `Zmuszanie do przestępstw`,
's2d531': `Nie udało się załadować organizacji z tej strony. Poniżej są organizacje ogólnokrajowe.`,
's2dd69': `Dopasowane do zaznaczonych oznak.`,
's34eae': str`Liczba organizacji: ${0}`,
's371b0': `Opieka nad ofiarami w regionie Rotterdamu.`,
's39090': `Wszystkie formy`,
's3c483': `Naciśnij Shift jeszcze raz, żeby opuścić tę stronę.`,
's41c56': `Schronienie i opieka dla ofiar w Amsterdamie i Holandii Północnej (Noord-Holland).`,
's42fb1': `Więcej o bezpiecznym korzystaniu z internetu`,
's438cb': `Żadna organizacja nie pasuje dokładnie do tego wyboru. Tutaj zawsze możesz się zwrócić:`,
's4925a': `Szybkie wyjście`,
's49308': `Bezpłatna i poufna pomoc w przypadku wyzysku w pracy poza branżą seksualną.`,
's5768f': `1 organizacja`,
's5a92f': `Chodzi o mnie`,
's5b146': `Bezpieczniej w internecie: używaj okna prywatnego, potem wyczyść historię przeglądania albo korzystaj z telefonu lub komputera, którego osoba, której się boisz, nie może przeglądać ani sprawdzać.`,
's5f0f2': str`Pokaż więcej organizacji (jeszcze ${0})`,
's5fa94': `Pomagam w ramach swojej pracy`,
's61625': `Wyzysk w pracy`,
's63690': `Możesz też 3 razy nacisnąć klawisz Shift.`,
's641c4': `CoMensha szuka miejsca w ośrodku, który specjalizuje się w pomocy ofiarom handlu ludźmi. Koordynatorzy opieki w regionie pomagają ofiarom znaleźć właściwą pomoc.`,
's684ce': `Zgłoś wyzysk w pracy.`,
's6c4b7': `Numer alarmowy`,
's6cc0e': `Schronienie i pomoc`,
's6f1a1': `Anonimowy czat dla młodych ludzi zmuszanych do przestępstw i dla osób z ich otoczenia.`,
's72404': `Ten czas do namysłu jest dla osób, które nie mają prawa przebywać w Holandii. Dostajesz wtedy do trzech miesięcy, żeby zdecydować, czy złożysz zawiadomienie. W tym czasie nie musisz wyjeżdżać z Holandii. Pochodzisz z kraju Unii Europejskiej? Zapytaj CoMensha, co dotyczy twojej sytuacji.`,
's7493c': `Praktyczne, emocjonalne i prawne wsparcie dla ofiar i świadków.`,
's7af2d': `Szybkie wyjście od razu przenosi cię na inną stronę internetową.`,
's7b563': `Całą dobę`,
's7f1a2': `Sprawa nie jest pilna? Zgłoś to na policję albo złóż zawiadomienie o przestępstwie.`,
's81f4f': `Naciśnij Shift jeszcze 2 razy, żeby opuścić tę stronę.`,
's829cb': str`Czat przez ${0}`,
's82d0b': `Co się stanie, kiedy to zgłoszę?`,
's840c8': `Zgłoś bez podawania swojego imienia i nazwiska.`,
's84a27': str`Zadzwoń pod numer ${0}`,
's85f8c': `Przed złożeniem zawiadomienia o przestępstwie zawsze jest najpierw rozmowa informacyjna z policjantem śledczym, który jest przeszkolony w sprawach handlu ludźmi. Dowiesz się wtedy, jak wygląda składanie zawiadomienia i jakie są możliwości pomocy, schronienia oraz zasady pobytu. Potem możesz zdecydować, że nie złożysz zawiadomienia. Prokurator może jednak i tak rozpocząć dochodzenie.`,
's860d9': `Obojętnie`,
's8a39d': `Zgłoś handel ludźmi`,
's8b17f': `Czas do namysłu`,
's8c612': `Pomoc i porady dla ofiar i ich otoczenia w regionie Twente.`,
's8cce5': `Zgłoś podejrzenie albo złóż zawiadomienie o przestępstwie. W nagłej sytuacji: zadzwoń pod numer 112.`,
's91ce0': `Informacje rządowe dla migrantów zarobkowych.`,
's96f91': `Czego to dotyczy?`,
's99b17': `Szybkie wyjście nie usuwa twojej historii przeglądania.`,
's9c9e1': `Zezwolenie na pobyt`,
's9e34d': `Składasz zawiadomienie albo współpracujesz przy dochodzeniu? Wtedy możesz dostać tymczasowe zezwolenie na pobyt na czas trwania sprawy: na rok, z możliwością przedłużenia. Obowiązują przy tym warunki. Nie możesz współpracować, na przykład z powodu zdrowia, bo nie masz jeszcze 18 lat albo bo ktoś ci poważnie grozi? Wtedy zezwolenie też jest możliwe.`,
'sa836c': `Przymusowe pobranie narządów`,
'sa8b1d': `Porady i zgłaszanie przemocy domowej i krzywdzenia dzieci, także w sprawach loverboyów. O poradę można prosić anonimowo.`,
'sab941': `Wyjaśnienie praw, zgłaszania i pomocy, krok po kroku.`,
'sacc0a': `Policja (Politie)`,
'sae63c': `Języki:`,
'sb0a72': `Kim jesteś?`,
'sb31a2': `Zgłoś wyzysk dzieci i młodzieży, także anonimowo.`,
'sb9f49': `Wyzysk seksualny`,
'sca762': `Bezpłatnie. Twój numer nie jest widoczny, a rozmowa nie jest nagrywana.`,
'scae48': `Punkt porad i zgłoszeń w sprawie handlu ludźmi w prowincji Flevoland.`,
'scf726': `Chcesz najpierw porady? CoMensha pomaga każdemu, kto ma pytania o handel ludźmi.`,
'sd00c2': `Grozi niebezpieczeństwo? Od razu zadzwoń pod numer 112.`,
'sd76c9': `W razie bezpośredniego niebezpieczeństwa zadzwoń pod numer 112. W innym przypadku zgłoś to na policję, a jeśli chodzi o wyzysk w pracy – do Arbeidsinspectie (inspekcja pracy). Możesz też zgłosić to anonimowo. CoMensha rejestruje możliwe ofiary i organizuje pierwsze schronienie.`,
'sd91ac': `Martwię się o kogoś innego`,
'sdce74': `Pomoc w sprawie handlu ludźmi`,
'se23bc': str`Zgłoś online przez ${0}`,
'se93f5': `Od poniedziałku do piątku, 9:00–17:00`,
'sf2536': `Anonimowo`,
'sf3cf3': `bezpłatnie, całą dobę`,
'sf51f5': `Zgłaszanie`,
'sf5acb': str`Zmieniono język: ${0}`,
'sf990d': `Pomoc i schronienie w przypadku przemocy w relacjach zależności, także w sprawach loverboyów.`,
    };

    /** Messages are keyed by the first keyLength characters of their id. */
    export const keyLength = 6;

    /** Texts only one element shows, in files of their own that the element loads. */
    export const parts = { checklist: () => import('./pl-checklist.js') };
