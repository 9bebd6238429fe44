import { msg } from '@lit/localize';

/*
 * What happens after someone reports, step by step (Wegwijzer Mensenhandel, CoMensha; see
 * docs/sources.md). Many people do not call because they fear what follows; this says it plainly
 * and promises nothing the sources do not. Shown by <report-cta steps> and by <signal-checklist> at its higher
 * levels: one text, one place. A file of its own, loaded by the first widget that shows it
 * (steps-disclosure.ts), so a page without the steps does not load them.
 */

export interface ReportStep {
  id: string;
  title: () => string;
  text: () => string;
  source: string;
  /** The date (ISO 8601) the step was last checked against its source. */
  verified: string;
}

const COMENSHA_PAGE = 'https://www.wegwijzermensenhandel.nl/zorgcoordinatoren/coordinatoren/comensha';
const RESIDENCE = 'https://wegwijzermensenhandel.nl/ondersteunen-van-slachtoffers/verblijf-in-nederland-voor-slachtoffers';
const FREE_MOVEMENT = 'https://www.rijksoverheid.nl/onderwerpen/immigratie-naar-nederland/vrij-verkeer-en-verblijf-personen-binnen-eu-eer-en-zwitserland';

export const REPORT_STEPS: readonly ReportStep[] = [
  {
    id: 'report',
    title: () => msg('Melden', { id: 'steps.report.title' }),
    text: () =>
      msg(
        'Bij direct gevaar bel je 112. Anders meld je het bij de politie of, bij uitbuiting op het werk, bij de Arbeidsinspectie. Anoniem melden kan ook, bij Meld Misdaad Anoniem. CoMensha schrijft mogelijke slachtoffers in en adviseert en bemiddelt bij de eerste opvang.',
        { id: 'steps.report.text' },
      ),
    // What CoMensha does about shelter: it mediates and advises (the Wegwijzer's CoMensha page).
    source: `https://wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel; ${COMENSHA_PAGE}`,
    verified: '2026-12-02',
  },
  {
    id: 'interview',
    title: () => msg('Eerst een gesprek', { id: 'steps.interview.title' }),
    text: () =>
      msg(
        'Voor een aangifte is er altijd eerst een informatief gesprek met een rechercheur die is opgeleid voor mensenhandel. Je hoort dan hoe een aangifte gaat en welke hulp, opvang en regels voor verblijf er zijn. Daarna mag je besluiten om geen aangifte te doen. De officier van justitie kan dan toch een onderzoek starten.',
        { id: 'steps.interview.text' },
      ),
    source: 'https://wegwijzermensenhandel.nl/opsporen-en-vervolgen-van-verdachten/aangifte-doen-van-mensenhandel',
    verified: '2026-11-27',
  },
  {
    id: 'reflection',
    title: () => msg('Bedenktijd', { id: 'steps.reflection.title' }),
    text: () =>
      msg(
        'Deze bedenktijd is voor wie geen recht heeft om in Nederland te zijn. Je krijgt dan tot drie maanden om te beslissen of je aangifte doet. In die tijd hoef je Nederland niet te verlaten. Kom je uit een land van de Europese Unie, uit IJsland, Liechtenstein, Noorwegen of Zwitserland? Vraag dan aan CoMensha wat voor jou geldt.',
        { id: 'steps.reflection.text' },
      ),
    // For whom: Wegwijzer; EU, EEA and Swiss citizens need no residence permit: Rijksoverheid;
    // where they get advice on their situation: CoMensha's helpdesk.
    source: `${RESIDENCE}; ${FREE_MOVEMENT}; https://www.comensha.nl/onze-helpdesk/coordinatie-opvang`,
    verified: '2026-12-02',
  },
  {
    id: 'residence',
    title: () => msg('Verblijfsvergunning', { id: 'steps.residence.title' }),
    text: () =>
      msg(
        'Dit geldt als je geen verblijfsvergunning hebt en niet uit de Europese Unie, IJsland, Liechtenstein, Noorwegen of Zwitserland komt. Doe je aangifte of werk je mee aan het onderzoek? Dan kun je een tijdelijke verblijfsvergunning krijgen zolang de zaak loopt: een jaar, en die kan worden verlengd. Daar gelden voorwaarden voor. Kun je niet meewerken, bijvoorbeeld door je gezondheid, omdat je minderjarig bent of omdat je ernstig bedreigd wordt? Ook dan is een vergunning mogelijk.',
        { id: 'steps.residence.text' },
      ),
    source: `${RESIDENCE}; ${FREE_MOVEMENT}`,
    verified: '2026-12-02',
  },
  {
    id: 'shelter',
    title: () => msg('Opvang en hulp', { id: 'steps.shelter.title' }),
    text: () =>
      msg(
        'CoMensha geeft advies over opvang en bemiddelt. Speciale opvang is er voor volwassen slachtoffers uit het buitenland in de bedenktijd. Volwassenen uit Nederland kunnen naar de vrouwen-, mannen- of maatschappelijke opvang, kinderen onder de 18 naar de jeugdzorg. Zorgcoördinatoren in de regio helpen slachtoffers op weg naar de juiste hulp.',
        { id: 'steps.shelter.text' },
      ),
    // Mediates and advises; the specialised places (COSM) for adult victims from abroad in the
    // reflection period; Dutch adults: women's, men's or social shelter; minors: youth care.
    source: `https://www.comensha.nl/onze-helpdesk/coordinatie-opvang; ${COMENSHA_PAGE}; https://wegwijzermensenhandel.nl/Ondersteuning_minderjarigen/Ondersteuning_minderjarigen.aspx`,
    verified: '2026-12-02',
  },
];
