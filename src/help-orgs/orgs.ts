import { msg } from '@lit/localize';
import {
  ARBEIDSINSPECTIE,
  COMENSHA,
  FAIRWORK,
  FIER,
  KEERPUNT,
  MELD_MISDAAD_ANONIEM,
  POLITIE,
  VEILIG_THUIS,
  type Contact,
} from '../shared/contacts.js';
import { toWebHref } from '../shared/links.js';
import {
  HUMANITAS_ESSM,
  HVO_QUERIDO_ACM,
  KENNISCENTRUM_MENSENHANDEL_TWENTE,
  MELDPUNT_UITBUITING_MINDERJARIGEN,
  SLACHTOFFERHULP,
  VEILIG_THUIS_FLEVOLAND,
  WEGWIJZER_MENSENHANDEL,
  WORK_IN_NL,
} from './contacts.js';
import { toLink, type ChannelRecord, type Org, type OrgRecord, type Text } from './org.js';

/*
 * The organisations <help-orgs> knows, in the same format partners use (see
 * help-orgs.schema.json). The tests read them through the partner-data validator (org-data.ts),
 * so a bad record fails a test rather than a visitor; a page shows them without it (BUILT_IN).
 * What an organisation is for and whom it serves is written here; its numbers, addresses,
 * hours, languages, source and date come from its record in shared/contacts.ts, so each lives
 * in one place.
 */

/** A built-in record: its texts are msg() functions. */
interface BuiltInRecord extends OrgRecord {
  description: Text;
  channels?: readonly (ChannelRecord & { hours?: Text })[];
}

/** A contact record's details in the partner-data format (help-orgs.schema.json). */
const contactOf = ({ website, channels, languages, source, verified }: Contact): Partial<BuiltInRecord> => ({
  website,
  ...(channels.length > 0 && {
    channels: channels.map(({ type, value, hours, openingHours, holidayHours, usually, always, anonymous }) => ({
      type,
      value,
      ...(hours && { hours }),
      ...(openingHours && { openingHours }),
      ...(holidayHours && { holidayHours }),
      ...(usually && { usually }),
      ...(always && { always }),
      ...(anonymous && { anonymous }),
    })),
  }),
  ...(languages && { languages }),
  source,
  verified,
});

export const BUILT_IN_ORGS: readonly BuiltInRecord[] = [
  {
    id: 'politie',
    name: POLITIE.name,
    description: () => msg('Meld een vermoeden of doe aangifte. Bij spoed: bel 112.', { id: 'org.politie' }),
    forms: ['sexual', 'labour', 'criminal', 'organ'],
    audiences: ['victim', 'bystander'],
    ...contactOf(POLITIE),
  },
  {
    id: 'meld-misdaad-anoniem',
    name: MELD_MISDAAD_ANONIEM.name,
    description: () => msg('Melden zonder je naam te noemen.', { id: 'org.mma' }),
    forms: ['sexual', 'labour', 'criminal', 'organ'],
    audiences: ['bystander'],
    ...contactOf(MELD_MISDAAD_ANONIEM),
  },
  {
    id: 'comensha',
    name: COMENSHA.name,
    description: () => msg('Landelijke helpdesk: advies, registratie en opvang voor slachtoffers.', { id: 'org.comensha' }),
    forms: ['sexual', 'labour', 'criminal', 'organ'],
    audiences: ['victim', 'bystander', 'professional'],
    ...contactOf(COMENSHA),
  },
  {
    id: 'arbeidsinspectie',
    name: ARBEIDSINSPECTIE.name,
    description: () => msg('Uitbuiting op het werk melden.', { id: 'org.arbeidsinspectie' }),
    forms: ['labour'],
    audiences: ['victim', 'bystander'],
    ...contactOf(ARBEIDSINSPECTIE),
  },
  {
    id: 'fairwork',
    name: FAIRWORK.name,
    description: () => msg('Gratis en vertrouwelijke hulp bij uitbuiting in werk buiten de seksindustrie.', { id: 'org.fairwork' }),
    forms: ['labour'],
    audiences: ['victim'],
    ...contactOf(FAIRWORK),
  },
  {
    id: 'fier',
    name: FIER.name,
    description: () => msg('Hulp en opvang bij geweld in afhankelijkheidsrelaties, ook bij loverboys.', { id: 'org.fier' }),
    forms: ['sexual'],
    audiences: ['victim'],
    ...contactOf(FIER),
  },
  {
    id: 'keerpunt',
    name: KEERPUNT.name,
    description: () => msg('Anonieme chat voor jongeren in criminele uitbuiting en de mensen om hen heen.', { id: 'org.keerpunt' }),
    forms: ['criminal'],
    audiences: ['victim', 'bystander'],
    ...contactOf(KEERPUNT),
  },
  {
    id: 'veilig-thuis',
    name: VEILIG_THUIS.name,
    description: () =>
      msg('Advies en melden bij huiselijk geweld en kindermishandeling, ook bij loverboys. Advies vragen kan anoniem.', { id: 'org.veiligThuis' }),
    forms: ['sexual'],
    audiences: ['victim', 'bystander', 'professional'],
    ...contactOf(VEILIG_THUIS),
  },
  {
    id: 'slachtofferhulp',
    name: SLACHTOFFERHULP.name,
    description: () => msg('Praktische, emotionele en juridische steun voor slachtoffers en getuigen.', { id: 'org.slachtofferhulp' }),
    forms: ['sexual', 'labour', 'criminal', 'organ'],
    audiences: ['victim', 'bystander'],
    ...contactOf(SLACHTOFFERHULP),
  },
  {
    id: 'meldpunt-uitbuiting-minderjarigen',
    name: MELDPUNT_UITBUITING_MINDERJARIGEN.name,
    description: () => msg('Meld uitbuiting van kinderen en jongeren, ook anoniem.', { id: 'org.minderjarigen' }),
    forms: ['sexual', 'criminal'],
    audiences: ['victim', 'bystander', 'professional'],
    ...contactOf(MELDPUNT_UITBUITING_MINDERJARIGEN),
  },
  {
    id: 'wegwijzer-mensenhandel',
    name: WEGWIJZER_MENSENHANDEL.name,
    description: () => msg('Uitleg over rechten, melden en hulp, stap voor stap.', { id: 'org.wegwijzer' }),
    forms: ['sexual', 'labour', 'criminal', 'organ'],
    audiences: ['victim', 'bystander', 'professional'],
    ...contactOf(WEGWIJZER_MENSENHANDEL),
  },
  {
    id: 'workinnl',
    name: WORK_IN_NL.name,
    description: () => msg('Informatie van de overheid voor arbeidsmigranten.', { id: 'org.workinnl' }),
    forms: ['labour'],
    audiences: ['victim'],
    ...contactOf(WORK_IN_NL),
  },
  {
    id: 'kenniscentrum-mensenhandel-twente',
    name: KENNISCENTRUM_MENSENHANDEL_TWENTE.name,
    description: () => msg('Hulp en advies voor slachtoffers en hun omgeving in Twente.', { id: 'org.twente' }),
    forms: ['sexual', 'labour', 'criminal', 'organ'],
    audiences: ['victim', 'bystander'],
    region: 'twente',
    ...contactOf(KENNISCENTRUM_MENSENHANDEL_TWENTE),
  },
  {
    id: 'hvo-querido-acm',
    name: HVO_QUERIDO_ACM.name,
    description: () => msg('Opvang en zorg voor slachtoffers in Amsterdam en Noord-Holland.', { id: 'org.hvoQuerido' }),
    forms: ['sexual', 'labour', 'criminal'],
    audiences: ['victim'],
    region: ['amsterdam', 'noord-holland'],
    ...contactOf(HVO_QUERIDO_ACM),
  },
  {
    id: 'humanitas-essm',
    name: HUMANITAS_ESSM.name,
    description: () => msg('Zorg voor slachtoffers in de regio Rotterdam.', { id: 'org.humanitas' }),
    forms: ['sexual', 'labour', 'criminal'],
    audiences: ['victim'],
    region: 'rotterdam',
    ...contactOf(HUMANITAS_ESSM),
  },
  {
    id: 'veilig-thuis-flevoland',
    name: VEILIG_THUIS_FLEVOLAND.name,
    description: () => msg('Advies- en Meldpunt Mensenhandel in Flevoland.', { id: 'org.vtFlevoland' }),
    forms: ['sexual', 'labour', 'criminal', 'organ'],
    audiences: ['victim', 'bystander', 'professional'],
    region: 'flevoland',
    ...contactOf(VEILIG_THUIS_FLEVOLAND),
  },
];

/**
 * The built-in organisations as the widget shows them: what the validator makes of them (a test
 * checks that it is the same), without loading the validator on every page.
 */
export const BUILT_IN: readonly Org[] = BUILT_IN_ORGS.map(({ region, website, channels = [], languages = [], ...record }) => ({
  ...record,
  regions: region === undefined ? [] : typeof region === 'string' ? [region] : [...region],
  website: toWebHref(website),
  channels: channels.map(({ type, value, always = false, anonymous = false, ...times }) => ({
    type,
    ...toLink(type, value)!,
    ...times,
    always,
    anonymous,
  })),
  languages,
  partner: false,
}));
