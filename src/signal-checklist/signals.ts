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
const selfCheckVerified = '2026-12-02';

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
  signal('unpredictable', 'general', [ORIGINAL], () => msg('Doet onvoorspelbaar, bijvoorbeeld met woedeaanvallen', { id: 'sig.unpredictable' }), null),
  signal('abuse-traces', 'general', [ORIGINAL], () => msg('Heeft sporen van mishandeling', { id: 'sig.abuse-traces' }), null),
  signal('depressed', 'general', [ORIGINAL], () => msg('Is somber of depressief', { id: 'sig.depressed' }), null),
  signal('low-self-image', 'general', [ORIGINAL], () => msg('Heeft een laag zelfbeeld', { id: 'sig.low-self-image' }), null),
  signal('withdrawn', 'general', [ORIGINAL], () => msg('Trekt zich terug', { id: 'sig.withdrawn' }), null),
  signal('eating-problems', 'general', [ORIGINAL, CKM], () => msg('Heeft problemen met eten', { id: 'sig.eating-problems' }), null),
  signal('self-neglect', 'general', [ORIGINAL], () => msg('Zorgt slecht voor zichzelf', { id: 'sig.self-neglect' }), null),
  signal('tired-thin', 'general', [ZEELAND, CKM, UTRECHT], () => msg('Is vaak moe en wordt magerder', { id: 'sig.tired-thin' }), () => msg('Je bent vaak erg moe en je wordt magerder', { id: 'sig.tired-thin.self' })),
  signal('self-harm', 'general', [ZEELAND, CKM, UTRECHT], () => msg('Doet zichzelf pijn', { id: 'sig.self-harm' }), null),
  signal('afraid', 'general', [POLARIS, CKM, UTRECHT], () => msg('Is gespannen of bang, ook voor de politie', { id: 'sig.afraid' }), () => msg('Je bent gespannen of bang, ook voor de politie', { id: 'sig.afraid.self' })),
  signal('sudden-money', 'general', [ZEELAND, CKM], () => msg('Heeft ineens veel geld of dure spullen', { id: 'sig.sudden-money' }), null),
  signal('no-id', 'general', [NLA, MMA, FAIRWORK, ILO, POLARIS], () => msg('Heeft het eigen paspoort of ID-bewijs niet zelf', { id: 'sig.no-id' }), () => msg('Je moet je paspoort of ID-bewijs afgeven, of je hebt het niet zelf', { id: 'sig.no-id.self' })),
  signal('no-money', 'general', [NLA, MMA, POLARIS], () => msg('Mag niet zelf over eigen geld of bankpas beslissen, of moet geld afgeven', { id: 'sig.no-money' }), () => msg('Je mag niet zelf over je geld of bankpas beslissen, of je moet geld afgeven', { id: 'sig.no-money.self' })),
  signal('no-address', 'general', [NLA, MMA], () => msg('Weet het eigen adres niet of heeft geen eigen sleutel', { id: 'sig.no-address' }), () => msg('Je weet je eigen adres niet of je hebt geen eigen sleutel', { id: 'sig.no-address.self' })),
  signal('long-hours', 'general', [NLA, MMA, ILO, POLARIS], () => msg('Werkt heel lange dagen', { id: 'sig.long-hours' }), () => msg('Je moet heel lange dagen werken', { id: 'sig.long-hours.self' })),
  signal('speaks-for', 'general', [POLARIS], () => msg('Mag niet voor zichzelf praten, of vertelt een verhaal dat ingestudeerd klinkt', { id: 'sig.speaks-for' }), () => msg('Je mag niet voor jezelf praten, of je moet een verhaal vertellen dat een ander voor je heeft bedacht', { id: 'sig.speaks-for.self' })),
  signal('not-free', 'general', [POLARIS, FAIRWORK, ILO], () => msg('Mag niet vrij gaan en staan waar hij of zij wil', { id: 'sig.not-free' }), () => msg('Je mag niet vrij gaan en staan waar je wilt', { id: 'sig.not-free.self' }), 'acute'),
  signal('threatened', 'general', [MMA, NLA, FAIRWORK, ILO], () => msg('Wordt bedreigd, gechanteerd of geslagen, of de familie wordt bedreigd', { id: 'sig.threatened' }), () => msg('Je wordt bedreigd, gechanteerd of geslagen, of je familie wordt bedreigd', { id: 'sig.threatened.self' }), 'acute'),

  // sexual exploitation and loverboy methods
  signal('minor-sex-work', 'sexual', [MMA, POLARIS], () => msg('Is misschien jonger dan 18 en heeft seks voor geld', { id: 'sig.minor-sex-work' }), () => msg('Je bent jonger dan 18 en je hebt seks voor geld', { id: 'sig.minor-sex-work.self' }), 'acute'),
  signal('provocative', 'sexual', [ZEELAND], () => msg('Draagt ineens uitdagende kleren en make-up', { id: 'sig.provocative' }), null),
  signal('ownership-tattoo', 'sexual', [ZEELAND], () => msg('Heeft een tatoeage die laat zien van wie hij of zij "is"', { id: 'sig.ownership-tattoo' }), () => msg('Je hebt een tatoeage die laat zien van wie je "bent"', { id: 'sig.ownership-tattoo.self' })),
  signal('drink-drugs', 'sexual', [ZEELAND], () => msg('Drinkt veel of gebruikt drugs', { id: 'sig.drink-drugs' }), null),
  signal('always-reachable', 'sexual', [CKM, ZEELAND], () => msg('Moet altijd bereikbaar zijn en wordt vaak gebeld', { id: 'sig.always-reachable' }), () => msg('Je moet altijd bereikbaar zijn en je wordt vaak gebeld', { id: 'sig.always-reachable.self' })),
  signal('school', 'sexual', [CKM], () => msg('Spijbelt, stopt met school of haalt ineens slechte cijfers', { id: 'sig.school' }), null),
  signal('runs-away', 'sexual', [CKM], () => msg('Loopt weg van huis', { id: 'sig.runs-away' }), () => msg('Je bent van huis weggelopen', { id: 'sig.runs-away.self' })),
  signal('older-contacts', 'sexual', [CKM], () => msg('Heeft veel nieuwe contacten die veel ouder zijn', { id: 'sig.older-contacts' }), () => msg('Je hebt veel nieuwe contacten die veel ouder zijn', { id: 'sig.older-contacts.self' })),
  signal('limits-pushed', 'sexual', [LOVERBOY], () => msg('Heeft een nieuwe liefde die steeds verder over grenzen gaat', { id: 'sig.limits-pushed' }), () => msg('Je hebt een nieuwe liefde die steeds verder over je grenzen gaat', { id: 'sig.limits-pushed.self' })),
  signal('nude-blackmail', 'sexual', [LOVERBOY], () => msg("Wordt gechanteerd met naaktfoto's", { id: 'sig.nude-blackmail' }), () => msg("Iemand chanteert je met naaktfoto's", { id: 'sig.nude-blackmail.self' }), 'acute'),
  signal('pimp-control', 'sexual', [MMA], () => msg('Wordt steeds gecontroleerd door een pooier', { id: 'sig.pimp-control' }), () => msg('Je wordt steeds gecontroleerd door een pooier', { id: 'sig.pimp-control.self' }), 'professional'),
  signal('cannot-refuse', 'sexual', [MMA], () => msg('Kan klanten niet weigeren', { id: 'sig.cannot-refuse' }), () => msg('Je kunt klanten niet weigeren', { id: 'sig.cannot-refuse.self' }), 'professional'),
  signal('sleeps-at-work', 'sexual', [MMA], () => msg('Slaapt op de werkplek', { id: 'sig.sleeps-at-work' }), () => msg('Je slaapt op je werkplek', { id: 'sig.sleeps-at-work.self' }), 'professional'),
  signal('works-sick', 'sexual', [MMA], () => msg('Werkt ook als hij of zij ziek is', { id: 'sig.works-sick' }), () => msg('Je moet ook werken als je ziek bent', { id: 'sig.works-sick.self' }), 'professional'),

  // labour exploitation
  signal('dangerous-work', 'labour', [NLA, ILO], () => msg('Werkt of woont onder gevaarlijke, ongezonde of erg slechte omstandigheden', { id: 'sig.dangerous-work' }), () => msg('Je werkt of woont onder gevaarlijke, ongezonde of erg slechte omstandigheden', { id: 'sig.dangerous-work.self' })),
  signal('underpaid', 'labour', [NLA, FAIRWORK, ILO, POLARIS], () => msg('Krijgt te weinig, geen of te laat loon, of er gaat veel van het loon af', { id: 'sig.underpaid' }), () => msg('Je krijgt te weinig, geen of te laat loon, of er gaat veel van je loon af', { id: 'sig.underpaid.self' })),
  signal('false-promises', 'labour', [NLA, ILO, POLARIS], () => msg('Kwam naar Nederland met beloftes die niet klopten', { id: 'sig.false-promises' }), () => msg('Je kwam naar Nederland met beloftes die niet klopten', { id: 'sig.false-promises.self' })),
  signal('employer-debt', 'labour', [NLA, FAIRWORK, ILO, POLARIS], () => msg('Heeft een hoge schuld bij de werkgever, bijvoorbeeld voor reis of huur', { id: 'sig.employer-debt' }), () => msg('Je hebt een hoge schuld bij je werkgever, bijvoorbeeld voor reis of huur', { id: 'sig.employer-debt.self' })),
  signal('cash-uninsured', 'labour', [NLA], () => msg('Krijgt contant betaald of is niet verzekerd', { id: 'sig.cash-uninsured' }), () => msg('Je krijgt contant betaald of je bent niet verzekerd', { id: 'sig.cash-uninsured.self' })),
  signal('employer-housing', 'labour', [NLA, FAIRWORK], () => msg('Woont of reist via de werkgever en is daardoor afhankelijk', { id: 'sig.employer-housing' }), () => msg('Je woont of reist via je werkgever en bent daardoor afhankelijk', { id: 'sig.employer-housing.self' })),
  signal('colleagues-too', 'labour', [FAIRWORK], () => msg("Collega's zitten in dezelfde situatie", { id: 'sig.colleagues-too' }), () => msg("Je collega's zitten in dezelfde situatie", { id: 'sig.colleagues-too.self' })),
  signal('vulnerability', 'labour', [ILO], () => msg('Iemand maakt misbruik van een kwetsbare positie', { id: 'sig.vulnerability' }), () => msg('Iemand maakt misbruik van je kwetsbare positie', { id: 'sig.vulnerability.self' }), 'professional'),
  signal('isolation', 'labour', [ILO], () => msg('Wordt afgezonderd van anderen', { id: 'sig.isolation' }), () => msg('Je wordt afgezonderd van anderen', { id: 'sig.isolation.self' }), 'professional'),

  // criminal exploitation and recruitment of young people
  signal('lying', 'criminal', [UTRECHT], () => msg('Liegt vaak', { id: 'sig.lying' }), null),
  signal('drops-network', 'criminal', [UTRECHT], () => msg('Keert de eigen vrienden en familie de rug toe', { id: 'sig.drops-network' }), null),
  signal('secret-friends', 'criminal', [UTRECHT], () => msg('Doet geheimzinnig over nieuwe vrienden', { id: 'sig.secret-friends' }), null),
  signal('errands', 'criminal', [RECRUITING], () => msg('Moet "even een pakketje wegbrengen" of de eigen bankpas uitlenen', { id: 'sig.errands' }), () => msg('Je moet "even een pakketje wegbrengen" of je bankpas uitlenen', { id: 'sig.errands.self' })),
  signal('in-own-name', 'criminal', [UTRECHT, RECRUITING], () => msg('Heeft ineens veel telefoonabonnementen, een bankrekening of een auto op eigen naam', { id: 'sig.in-own-name' }), () => msg('Er staan ineens telefoonabonnementen, een bankrekening of een auto op jouw naam', { id: 'sig.in-own-name.self' })),
  signal('debt-to-work-off', 'criminal', [RECRUITING], () => msg('Moet een "schuld" afwerken, bijvoorbeeld na een mislukte klus', { id: 'sig.debt-to-work-off' }), () => msg('Je moet een "schuld" afwerken, bijvoorbeeld na een mislukte klus', { id: 'sig.debt-to-work-off.self' })),
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
    msg('Gratis en vertrouwelijke hulp bij uitbuiting in werk, ook zonder verblijfspapieren. Vrijwilligers spreken veel talen.', { id: 'help.labour', desc: 'Help for the visitor themselves, shown after labour exploitation signals; about FairWork.' }),
  ),
  sexual: victimHelp(FIER, () => msg('Anoniem chatten over geweld en uitbuiting, ook bij een loverboy.', { id: 'help.sexual', desc: 'About Fier\'s chat.' })),
  criminal: victimHelp(KEERPUNT, () => msg('Anoniem chatten, voor jongeren die gedwongen worden mee te doen aan misdaad.', { id: 'help.criminal', desc: 'About Keerpunt\'s chat.' })),
};

/**
 * Said before the call links in `self`, for a visitor whose phone may be checked. A phone keeps
 * a list of recent calls; the principle, telling people what leaves a trace, is the GOV.UK Design
 * System's ("Exit this page": say that history is not erased).
 */
export const CALL_HISTORY_NOTE = {
  text: () =>
    msg('Kan iemand anders in je telefoon kijken? Een gesprek staat daarna in de lijst met recente gesprekken en op de telefoonrekening. Bel als het kan met een telefoon die de persoon voor wie je bang bent niet kan bekijken.', { id: 'check.callHistory' }),
  // Domestic-violence safety plans: no source on trafficking covers the traces a call leaves.
  source: "https://brighthorizonsne.org/?p=1685; Women's shelters' safety plans (womensv.org, wecanhelp.org)",
  verified: selfCheckVerified,
} as const;

/** What trafficking is, in plain words (Nationaal Rapporteur; Wegwijzer Mensenhandel). */
export const aboutTrafficking = () =>
  msg(
    'Mensenhandel betekent: iemand wordt met dwang, geweld of bedrog geronseld, vervoerd of ergens ondergebracht, om hem of haar uit te buiten. Bij kinderen onder de 18 is geen dwang nodig.',
    { id: 'about.trafficking' },
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
        { id: 'about.sexual' },
      );
    case 'labour':
      return msg('Iemand wordt gedwongen of misleid om te werken, en een ander maakt daar misbruik van.', { id: 'about.labour' });
    case 'criminal':
      return msg(
        'Iemand wordt gedwongen of misleid om mee te doen aan misdaad. Het kan beginnen met vriendschap en daarna "even een pakketje wegbrengen". Uitbuiters ronselen ook jongeren, op scholen en in zorginstellingen.',
        { id: 'about.criminal' },
      );
    case 'organ':
      return msg(
        'Iemand wordt gedwongen een orgaan af te staan. Voor deze vorm hebben we geen lijst met signalen gevonden. Maak je je zorgen? Vraag dan advies bij CoMensha.',
        { id: 'about.organ' },
      );
  }
}
