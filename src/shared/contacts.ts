import { msg } from '@lit/localize';
import type { Hours, OpeningPeriod } from './hours.js';

/*
 * Every organisation and reporting line more than one widget names, each once: its numbers and
 * addresses, hours, flags, source and the date it was checked (those only <help-orgs> names are
 * in help-orgs/contacts.ts, in its own file). Elements select from here and write no
 * number or address of their own; `npm run check-data` fails on a phone number or address
 * defined twice in src/, or a text function that two records share. Every text is a msg() call
 * of its own record, so changing one organisation's hours can never change another's.
 * The sources are listed in docs/sources.md; only numbers confirmed there are shipped, and where
 * sources conflict, only the website. Re-check each record on the organisation's own site
 * before a release.
 */

export interface ContactChannel {
  type: 'phone' | 'chat' | 'web' | 'email';
  /** A phone number as written in the Netherlands, an https: URL or an e-mail address. */
  value: string;
  /** When someone answers, where the source gives it. */
  hours?: () => string;
  /** The same hours as data (Dutch time), so a widget can say whether the line is open now. */
  openingHours?: readonly OpeningPeriod[];
  /** The pages that state the hours (entries of docs/sources.md, separated by "; "), where not the record's source. */
  hoursSource?: string;
  /** The source says the line is usually reachable in its hours, not always. */
  usually?: true;
  /** Hours on Dutch public holidays, where a source gives them (see Hours). */
  holidayHours?: Hours['holidayHours'];
  /** What else the source promises about this line, in one short phrase. */
  note?: () => string;
  /** Costs the caller nothing, as the source says. */
  free?: true;
  /** Answered day and night. */
  always?: true;
  /** Usable without giving a name, as the source says. */
  anonymous?: true;
}

export interface Contact {
  /** As the organisation writes it; names are not translated. */
  name: string;
  website?: string;
  channels: readonly ContactChannel[];
  /** Languages help is given in (BCP 47), where the source lists them. */
  languages?: readonly string[];
  /** Where the details were read: an entry of docs/sources.md. */
  source: string;
  /** The date (ISO 8601) the record was last checked against its source. */
  verified: string;
}

export const verified = '2026-11-27';
/** When the hours (and their sources) were checked again. */
export const hoursVerified = '2026-12-02';

/** Veilig Thuis' chats are "meestal tussen 9 en 17 bereikbaar", some regions not always (2025-10-29). */
export const CHAT_USUALLY = 'https://www.gemeente.nu/veiligheid/bereikbaarheid-veilig-thuis-met-24-7-chatfunctie-wenselijk/';

export const EMERGENCY: Contact = {
  name: '112',
  channels: [{ type: 'phone', value: '112', always: true, hours: () => msg('Dag en nacht', { id: 'contact.112.hours', desc: 'When the emergency number 112 can be called.' }) }],
  source: 'https://wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel',
  verified,
};

export const POLITIE: Contact = {
  name: 'Politie',
  website: 'https://www.politie.nl/',
  channels: [{ type: 'phone', value: '0900-8844' }],
  source: 'https://www.politie.nl/informatie/vormen-van-mensenhandel.html',
  verified,
};

export const MELD_MISDAAD_ANONIEM: Contact = {
  name: 'Meld Misdaad Anoniem',
  website: 'https://www.meldmisdaadanoniem.nl/',
  channels: [
    {
      type: 'phone',
      value: '0800-7000',
      free: true,
      anonymous: true,
      note: () => msg('Gratis. Je nummer is niet zichtbaar en het gesprek wordt niet opgenomen.', { id: 'contact.mma.phone', desc: 'About the anonymous tip line Meld Misdaad Anoniem.' }),
    },
    // The online form's own address was not found: the home page leads to it.
    { type: 'web', value: 'https://www.meldmisdaadanoniem.nl/', anonymous: true },
  ],
  source: 'https://www.politie.nl/themas/meld-misdaad-anoniem.html',
  verified,
};

export const ARBEIDSINSPECTIE: Contact = {
  name: 'Nederlandse Arbeidsinspectie',
  website: 'https://www.nlarbeidsinspectie.nl/',
  // The number from abroad is disputed between sources: not shipped.
  channels: [{ type: 'phone', value: '0800-5151' }],
  languages: ['nl', 'en'],
  source: 'https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting',
  verified,
};

export const COMENSHA: Contact = {
  name: 'CoMensha',
  website: 'https://www.comensha.nl/',
  channels: [
    {
      type: 'phone',
      value: '033 448 11 86',
      hours: () => msg('Maandag tot en met vrijdag, 9.00 tot 17.00 uur', { id: 'contact.comensha.hours', desc: 'Opening hours of CoMensha\'s phone line.' }),
      openingHours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
      // CoMensha's own notice of 2017 gave 8.00–19.00; which is current is not settled: the narrower claim.
      hoursSource: 'https://www.wegwijzermensenhandel.nl/zorgcoordinatoren/coordinatoren/comensha',
    },
    { type: 'email', value: 'info@comensha.nl' },
  ],
  source: 'https://www.comensha.nl/onze-helpdesk/coordinatie-opvang',
  verified: hoursVerified,
};

export const VEILIG_THUIS: Contact = {
  name: 'Veilig Thuis',
  website: 'https://veiligthuis.nl/',
  channels: [
    // Advice can be anonymous, the source says; reporting not always: no "anonymous" flag.
    { type: 'phone', value: '0800-2000', free: true, always: true, note: () => msg('gratis, dag en nacht', { id: 'contact.vt.phone', desc: 'About the phone line of Veilig Thuis (domestic violence and child abuse).' }) },
    {
      type: 'chat',
      value: 'https://veiligthuis.nl/',
      hours: () => msg('Maandag tot en met vrijdag, meestal van 9.00 tot 17.00 uur', { id: 'contact.vt.chat.hours', desc: 'Opening hours of Veilig Thuis\'s chat: its source says "usually".' }),
      openingHours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
      // "Meestal tussen 9 en 17 bereikbaar"; some regions not always at those times.
      usually: true,
      hoursSource: CHAT_USUALLY,
    },
  ],
  source: 'https://www.veiligthuisgv.nl/veelgestelde-vragen/',
  verified: hoursVerified,
};

export const FAIRWORK: Contact = {
  name: 'FairWork',
  // No current phone number found.
  website: 'https://fairwork.nu/',
  channels: [],
  languages: ['en', 'tl', 'zh', 'ar', 'id', 'ru', 'uk', 'es', 'pt', 'pl', 'bg', 'ro', 'hu'],
  source: 'https://fairwork.nu/2022/07/28/wat-heeft-fairwork-bereikt-in-2021/',
  verified,
};

export const FIER: Contact = {
  name: 'Fier',
  website: 'https://fier.nl/',
  // No general phone number found; the chat's hours conflict between sources: none shipped.
  channels: [{ type: 'chat', value: 'https://chatmetfier.nl/', anonymous: true }],
  source: 'https://fier.nl/',
  verified,
};

export const KEERPUNT: Contact = {
  name: 'Keerpunt',
  website: 'https://keerpunt.chat/',
  channels: [{ type: 'chat', value: 'https://keerpunt.chat/', anonymous: true }],
  source: 'https://fier.nl/nieuws/online-hulpplatform-keerpunt-live',
  verified,
};

/** A record's first channel of a type, if it has one. */
export function channelOf(contact: Contact, type: ContactChannel['type']): ContactChannel | undefined {
  return contact.channels.find((channel) => channel.type === type);
}
