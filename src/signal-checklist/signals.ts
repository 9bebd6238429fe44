import { msg } from '@lit/localize';
// FairWork's record is FAIRWORK_ORG here: FAIRWORK below names it as a source of signals.
import { channelOf, FAIRWORK as FAIRWORK_ORG, FIER, KEERPUNT, VEILIG_THUIS, type Contact } from '../shared/contacts.js';
import type { Form } from '../shared/forms.js';

/*
 * The signals <signal-checklist> offers; their sources are listed in docs/sources.md. Each
 * signal appears once: one that several sources name (or that points to more than one form)
 * sits in the general group and lists every source. Organ removal has no sourced signal list,
 * so it has no signals here. Texts are functions so they are read in the page's language at
 * render time. Re-check the sources before a release.
 *
 * Each signal has a second text for the person it may be happening to, except those that say
 * how someone behaves or looks to others (moods, eating, self-harm, clothes, drink, lying, school,
 * friends): as questions about oneself they would blame, or ask what the sources do not.
 */

/** A form of exploitation, or `general` for signals that fit any form. */
export type SignalGroup = 'general' | Exclude<Form, 'organ'>;

export interface Signal {
  /** Stable: hosts and the `signal-checklist-change` event use it. */
  id: string;
  group: SignalGroup;
  /** What a worried visitor may see in someone else, in plain Dutch (B1). */
  text: () => string;
  /**
   * The same signal said to the person it may be happening to (`perspective="self"`), from the
   * same sources, never blaming. Absent where the signal is something only others see (how
   * someone behaves or looks): those are not asked in `self`.
   */
  self?: () => string;
  /** The signal means immediate danger: the guidance puts 112 first. */
  acute?: true;
  /** Shown only with `audience="professional"`: signals professionals are trained to notice. */
  professional?: true;
  /** Where the signal comes from: titles or addresses from docs/sources.md, separated by "; ". */
  source: string;
  /** The date (ISO 8601) the record was last checked against its sources. */
  verified: string;
}

const verified = '2026-11-27';
/** When the call-history note was checked against its source. */
const selfCheckVerified = '2026-11-29';

const ORIGINAL = 'Mensenhandel Nederland (original page)';
const POLARIS = 'Polaris, "Recognize the signs"';
const ZEELAND = 'Veiligheidshuis Zeeland';
const CKM = 'https://maakhetzichtbaar.nl/signalen-herkennen';
const MMA = 'Meld Misdaad Anoniem (adults in prostitution)';
const NLA = 'https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting';
const FAIRWORK = 'FairWork';
const ILO = 'ILO, 11 indicators of forced labour';
const UTRECHT = 'Veilig Thuis Utrecht';
const LOVERBOY = 'nji.nl; politie.nl';
const RECRUITING = 'CKM via nos.nl; Parool 2022';

/** One record; a compact constructor keeps the catalogue (and the CDN module) small. */
function signal(
  id: string,
  group: SignalGroup,
  sources: readonly string[],
  text: () => string,
  self: (() => string) | null,
  flag?: 'acute' | 'professional',
): Signal {
  return { id, group, text, ...(self && { self }), source: sources.join('; '), verified, ...(flag && { [flag]: true }) };
}

export const SIGNALS: readonly Signal[] = [
  // general: the original page's seven, then signals several sources share
  signal('unpredictable', 'general', [ORIGINAL], () => msg('Doet onvoorspelbaar, bijvoorbeeld met woedeaanvallen'), null),
  signal('abuse-traces', 'general', [ORIGINAL], () => msg('Heeft sporen van mishandeling'), null),
  signal('depressed', 'general', [ORIGINAL], () => msg('Is somber of depressief'), null),
  signal('low-self-image', 'general', [ORIGINAL], () => msg('Heeft een laag zelfbeeld'), null),
  signal('withdrawn', 'general', [ORIGINAL], () => msg('Trekt zich terug'), null),
  signal('eating-problems', 'general', [ORIGINAL, CKM], () => msg('Heeft problemen met eten'), null),
  signal('self-neglect', 'general', [ORIGINAL], () => msg('Zorgt slecht voor zichzelf'), null),
  signal('tired-thin', 'general', [ZEELAND, CKM, UTRECHT], () => msg('Is vaak moe en wordt magerder'), () => msg('Je bent vaak erg moe en je wordt magerder')),
  signal('self-harm', 'general', [ZEELAND, CKM, UTRECHT], () => msg('Doet zichzelf pijn'), null),
  signal('afraid', 'general', [POLARIS, CKM, UTRECHT], () => msg('Is gespannen of bang, ook voor de politie'), () => msg('Je bent gespannen of bang, ook voor de politie')),
  signal('sudden-money', 'general', [ZEELAND, CKM], () => msg('Heeft ineens veel geld of dure spullen'), null),
  signal('no-id', 'general', [NLA, MMA, FAIRWORK, ILO, POLARIS], () => msg('Heeft het eigen paspoort of ID-bewijs niet zelf'), () => msg('Je moet je paspoort of ID-bewijs afgeven, of je hebt het niet zelf')),
  signal('no-money', 'general', [NLA, MMA, POLARIS], () => msg('Mag niet zelf over eigen geld of bankpas beslissen, of moet geld afgeven'), () => msg('Je mag niet zelf over je geld of bankpas beslissen, of je moet geld afgeven')),
  signal('no-address', 'general', [NLA, MMA], () => msg('Weet het eigen adres niet of heeft geen eigen sleutel'), () => msg('Je weet je eigen adres niet of je hebt geen eigen sleutel')),
  signal('long-hours', 'general', [NLA, MMA, ILO, POLARIS], () => msg('Werkt heel lange dagen'), () => msg('Je moet heel lange dagen werken')),
  signal('speaks-for', 'general', [POLARIS], () => msg('Mag niet voor zichzelf praten, of vertelt een verhaal dat ingestudeerd klinkt'), () => msg('Je mag niet voor jezelf praten, of je moet een verhaal vertellen dat een ander voor je heeft bedacht')),
  signal('not-free', 'general', [POLARIS, FAIRWORK, ILO], () => msg('Mag niet vrij gaan en staan waar hij of zij wil'), () => msg('Je mag niet vrij gaan en staan waar je wilt'), 'acute'),
  signal('threatened', 'general', [MMA, NLA, FAIRWORK, ILO], () => msg('Wordt bedreigd, gechanteerd of geslagen, of de familie wordt bedreigd'), () => msg('Je wordt bedreigd, gechanteerd of geslagen, of je familie wordt bedreigd'), 'acute'),

  // sexual exploitation and loverboy methods
  signal('minor-sex-work', 'sexual', [MMA, POLARIS], () => msg('Is misschien jonger dan 18 en moet seks hebben voor geld'), () => msg('Je bent jonger dan 18 en je moet seks hebben voor geld'), 'acute'),
  signal('provocative', 'sexual', [ZEELAND], () => msg('Draagt ineens uitdagende kleren en make-up'), null),
  signal('ownership-tattoo', 'sexual', [ZEELAND], () => msg('Heeft een tatoeage die laat zien van wie hij of zij "is"'), () => msg('Je moest een tatoeage nemen die laat zien van wie je "bent"')),
  signal('drink-drugs', 'sexual', [ZEELAND], () => msg('Drinkt veel of gebruikt drugs'), null),
  signal('always-reachable', 'sexual', [CKM, ZEELAND], () => msg('Moet altijd bereikbaar zijn en wordt vaak gebeld'), () => msg('Je moet altijd bereikbaar zijn en je wordt vaak gebeld')),
  signal('school', 'sexual', [CKM], () => msg('Spijbelt, stopt met school of haalt ineens slechte cijfers'), null),
  signal('runs-away', 'sexual', [CKM], () => msg('Loopt weg van huis'), () => msg('Je bent van huis weggelopen')),
  signal('older-contacts', 'sexual', [CKM], () => msg('Heeft veel nieuwe contacten die veel ouder zijn'), () => msg('Je hebt veel nieuwe contacten die veel ouder zijn')),
  signal('limits-pushed', 'sexual', [LOVERBOY], () => msg('Heeft een nieuwe liefde die steeds verder over grenzen gaat'), () => msg('Je hebt een nieuwe liefde die steeds verder over je grenzen gaat')),
  signal('nude-blackmail', 'sexual', [LOVERBOY], () => msg("Wordt gechanteerd met naaktfoto's"), () => msg("Iemand chanteert je met naaktfoto's")),
  signal('pimp-control', 'sexual', [MMA], () => msg('Wordt steeds gecontroleerd door een pooier'), () => msg('Je wordt steeds gecontroleerd door een pooier'), 'professional'),
  signal('cannot-refuse', 'sexual', [MMA], () => msg('Kan klanten niet weigeren'), () => msg('Je kunt klanten niet weigeren'), 'professional'),
  signal('sleeps-at-work', 'sexual', [MMA], () => msg('Slaapt op de werkplek'), () => msg('Je slaapt op je werkplek'), 'professional'),
  signal('works-sick', 'sexual', [MMA], () => msg('Werkt ook als hij of zij ziek is'), () => msg('Je moet ook werken als je ziek bent'), 'professional'),

  // labour exploitation
  signal('dangerous-work', 'labour', [NLA, ILO], () => msg('Werkt of woont onder gevaarlijke, ongezonde of erg slechte omstandigheden'), () => msg('Je werkt of woont onder gevaarlijke, ongezonde of erg slechte omstandigheden')),
  signal('underpaid', 'labour', [NLA, FAIRWORK, ILO, POLARIS], () => msg('Krijgt te weinig, geen of te laat loon, of er gaat veel van het loon af'), () => msg('Je krijgt te weinig, geen of te laat loon, of er gaat veel van je loon af')),
  signal('false-promises', 'labour', [NLA, ILO, POLARIS], () => msg('Kwam naar Nederland met beloftes die niet klopten'), () => msg('Je kwam naar Nederland met beloftes die niet klopten')),
  signal('employer-debt', 'labour', [NLA, FAIRWORK, ILO, POLARIS], () => msg('Heeft een hoge schuld bij de werkgever, bijvoorbeeld voor reis of huur'), () => msg('Je hebt een hoge schuld bij je werkgever, bijvoorbeeld voor reis of huur')),
  signal('cash-uninsured', 'labour', [NLA], () => msg('Krijgt contant betaald of is niet verzekerd'), () => msg('Je krijgt contant betaald of je bent niet verzekerd')),
  signal('employer-housing', 'labour', [NLA, FAIRWORK], () => msg('Woont of reist via de werkgever en is daardoor afhankelijk'), () => msg('Je woont of reist via je werkgever en bent daardoor afhankelijk')),
  signal('colleagues-too', 'labour', [FAIRWORK], () => msg("Collega's zitten in dezelfde situatie"), () => msg("Je collega's zitten in dezelfde situatie")),
  signal('vulnerability', 'labour', [ILO], () => msg('Iemand maakt misbruik van een kwetsbare positie'), () => msg('Iemand maakt misbruik van je kwetsbare positie'), 'professional'),
  signal('isolation', 'labour', [ILO], () => msg('Wordt afgezonderd van anderen'), () => msg('Je wordt afgezonderd van anderen'), 'professional'),

  // criminal exploitation and recruitment of young people
  signal('lying', 'criminal', [UTRECHT], () => msg('Liegt vaak'), null),
  signal('drops-network', 'criminal', [UTRECHT], () => msg('Keert de eigen vrienden en familie de rug toe'), null),
  signal('secret-friends', 'criminal', [UTRECHT], () => msg('Doet geheimzinnig over nieuwe vrienden'), null),
  signal('errands', 'criminal', [RECRUITING], () => msg('Moet "even een pakketje wegbrengen" of de eigen bankpas uitlenen'), () => msg('Je moet "even een pakketje wegbrengen" of je bankpas uitlenen')),
  signal('in-own-name', 'criminal', [UTRECHT, RECRUITING], () => msg('Heeft ineens veel telefoonabonnementen, een bankrekening of een auto op eigen naam'), () => msg('Er staan ineens telefoonabonnementen, een bankrekening of een auto op jouw naam')),
  signal('debt-to-work-off', 'criminal', [RECRUITING], () => msg('Moet een "schuld" afwerken, bijvoorbeeld na een mislukte klus'), () => msg('Je moet een "schuld" afwerken, bijvoorbeeld na een mislukte klus')),
];

const domesticViolencePhone = channelOf(VEILIG_THUIS, 'phone')!;

/** Veilig Thuis, for the caveat: the signals can also point to domestic violence (its record in shared/contacts.ts). */
export const DOMESTIC_VIOLENCE_LINE = {
  name: VEILIG_THUIS.name,
  phone: domesticViolencePhone.value,
  note: domesticViolencePhone.note!,
  source: VEILIG_THUIS.source,
  verified: VEILIG_THUIS.verified,
};

/**
 * Help meant for the person it is happening to, offered in `self` by form (CoMensha comes first,
 * for every form): the organisation's record in shared/contacts.ts, where the visitor goes (its
 * chat, else its website: none of them has a confirmed phone number), and what the checklist says
 * about it, as the record's source does.
 */
export interface VictimHelp {
  contact: Contact;
  href: string;
  text: () => string;
}

const victimHelp = (contact: Contact, text: () => string): VictimHelp => ({
  contact,
  href: channelOf(contact, 'chat')?.value ?? contact.website!,
  text,
});

export const VICTIM_HELP: Partial<Record<Form, VictimHelp>> = {
  labour: victimHelp(FAIRWORK_ORG, () =>
    msg('Gratis en vertrouwelijke hulp bij uitbuiting in werk, ook zonder verblijfspapieren. Vrijwilligers spreken veel talen.'),
  ),
  sexual: victimHelp(FIER, () => msg('Anoniem chatten over geweld en uitbuiting, ook bij een loverboy.')),
  criminal: victimHelp(KEERPUNT, () => msg('Anoniem chatten, voor jongeren die gedwongen worden mee te doen aan misdaad.')),
};

/**
 * Said before the call links in `self`, for a visitor whose phone may be checked. A phone keeps
 * a list of recent calls; the principle, telling people what leaves a trace, is the GOV.UK Design
 * System's ("Exit this page": say that history is not erased).
 */
export const CALL_HISTORY_NOTE = {
  text: () =>
    msg('Kan iemand anders in je telefoon kijken? Na het bellen staat het nummer in de lijst met recente gesprekken. Wis het daar.'),
  source: 'https://design-system.service.gov.uk/components/exit-this-page/',
  verified: selfCheckVerified,
} as const;

/** What trafficking is, in plain words (Nationaal Rapporteur; Wegwijzer Mensenhandel). */
export const aboutTrafficking = () =>
  msg(
    'Mensenhandel betekent: iemand wordt met dwang, geweld of bedrog geronseld, vervoerd of ergens ondergebracht, om hem of haar uit te buiten. Bij kinderen onder de 18 is geen dwang nodig.',
  );

/**
 * Each form in one or two sentences, shown above its group: what the definition and the sources
 * in docs/sources.md say, and no more (Nationaal Rapporteur; nji.nl; politie.nl; CKM via nos.nl).
 */
export function aboutForm(form: Form): string {
  switch (form) {
    case 'sexual':
      return msg(
        'Iemand wordt gedwongen of misleid om seks te hebben met anderen, en een ander maakt daar misbruik van. Een loverboy maakt iemand eerst verliefd, gaat daarna steeds verder over grenzen en dwingt tot seks met anderen.',
      );
    case 'labour':
      return msg('Iemand wordt gedwongen of misleid om te werken, en een ander maakt daar misbruik van.');
    case 'criminal':
      return msg(
        'Iemand wordt gedwongen of misleid om mee te doen aan misdaad. Het kan beginnen met vriendschap en daarna "even een pakketje wegbrengen". Uitbuiters ronselen ook jongeren, op scholen en in zorginstellingen.',
      );
    case 'organ':
      return msg(
        'Iemand wordt gedwongen een orgaan af te staan. Voor deze vorm hebben we geen lijst met signalen gevonden. Maak je je zorgen? Vraag dan advies bij CoMensha.',
      );
  }
}
