import { msg } from '@lit/localize';
import { CHANNELS } from '../report-cta/channels.js';
import { toLink, type Org, type OrgRecord, type Text } from './org.js';

/*
 * The organisations <help-orgs> knows, in the same format partners use (see
 * help-orgs.schema.json), read through the same validator. Every phone number is one that
 * shared/domain/facts.md marks as confirmed; where it records a conflict or found none, the
 * record has its website only. Numbers <report-cta> also shows come from its CHANNELS, so each
 * lives in one place. Re-check everything on the organisation's own site before a release.
 * The tests run these records through the partner-data validator (org-data.ts) and the schema.
 */

const verified = '2026-11-27';
const { police, anonymous, labour, advice } = CHANNELS;
const wegwijzer = 'https://wegwijzermensenhandel.nl/';

export const BUILT_IN_ORGS: readonly OrgRecord[] = [
  {
    id: 'politie',
    name: 'Politie',
    description: () => msg('Meld een vermoeden of doe aangifte. Bij spoed: bel 112.'),
    forms: ['sexual', 'labour', 'criminal', 'organ'],
    audiences: ['victim', 'bystander'],
    website: police.website!,
    channels: [{ type: 'phone', value: police.phone }],
    source: police.source,
    verified,
  },
  {
    id: 'meld-misdaad-anoniem',
    name: anonymous.name(),
    description: anonymous.purpose,
    forms: ['sexual', 'labour', 'criminal', 'organ'],
    audiences: ['bystander'],
    website: anonymous.website!,
    channels: [
      { type: 'phone', value: anonymous.phone, anonymous: true },
      { type: 'web', value: anonymous.website!, anonymous: true },
    ],
    source: anonymous.source,
    verified,
  },
  {
    id: 'comensha',
    name: advice.name(),
    description: () => msg('Landelijke helpdesk: advies, registratie en opvang voor slachtoffers.'),
    forms: ['sexual', 'labour', 'criminal', 'organ'],
    audiences: ['victim', 'bystander', 'professional'],
    website: advice.website!,
    channels: [
      { type: 'phone', value: advice.phone, hours: advice.hours },
      { type: 'email', value: advice.email! },
    ],
    source: advice.source,
    verified,
  },
  {
    id: 'arbeidsinspectie',
    name: labour.name(),
    description: labour.purpose,
    forms: ['labour'],
    audiences: ['victim', 'bystander'],
    website: labour.website!,
    // The number from abroad is disputed between sources: not shipped.
    channels: [{ type: 'phone', value: labour.phone }],
    languages: ['nl', 'en'],
    source: labour.source,
    verified,
  },
  {
    id: 'fairwork',
    name: 'FairWork',
    description: () => msg('Gratis en vertrouwelijke hulp bij uitbuiting in werk buiten de seksindustrie.'),
    forms: ['labour'],
    audiences: ['victim'],
    website: 'https://fairwork.nu/',
    languages: ['en', 'tl', 'zh', 'ar', 'id', 'ru', 'uk', 'es', 'pt', 'pl', 'bg', 'ro', 'hu'],
    source: 'https://fairwork.nu/2022/07/28/wat-heeft-fairwork-bereikt-in-2021/',
    verified,
  },
  {
    id: 'fier',
    name: 'Fier',
    description: () => msg('Hulp en opvang bij geweld in afhankelijkheidsrelaties, ook bij loverboys.'),
    forms: ['sexual'],
    audiences: ['victim'],
    website: 'https://fier.nl/',
    // Chat hours conflict between sources: none shipped.
    channels: [{ type: 'chat', value: 'https://chatmetfier.nl/', anonymous: true }],
    source: 'https://fier.nl/',
    verified,
  },
  {
    id: 'keerpunt',
    name: 'Keerpunt',
    description: () => msg('Anonieme chat voor jongeren in criminele uitbuiting en de mensen om hen heen.'),
    forms: ['criminal'],
    audiences: ['victim', 'bystander'],
    website: 'https://keerpunt.chat/',
    channels: [{ type: 'chat', value: 'https://keerpunt.chat/', anonymous: true }],
    source: 'https://fier.nl/nieuws/online-hulpplatform-keerpunt-live',
    verified,
  },
  {
    id: 'veilig-thuis',
    name: 'Veilig Thuis',
    description: () => msg('Advies en melden bij huiselijk geweld en kindermishandeling, ook bij loverboys.'),
    forms: ['sexual'],
    audiences: ['victim', 'bystander', 'professional'],
    website: 'https://veiligthuis.nl/',
    channels: [
      { type: 'phone', value: '0800-2000', always: true, anonymous: true },
      { type: 'chat', value: 'https://veiligthuis.nl/', hours: advice.hours },
    ],
    source: 'https://veiligthuisgv.nl/',
    verified,
  },
  {
    id: 'slachtofferhulp',
    name: 'Slachtofferhulp Nederland',
    description: () => msg('Praktische, emotionele en juridische steun voor slachtoffers en getuigen.'),
    forms: ['sexual', 'labour', 'criminal', 'organ'],
    audiences: ['victim', 'bystander'],
    website: 'https://slachtofferhulp.nl/',
    channels: [{ type: 'phone', value: '0900-0101' }],
    source: 'https://www.politie.nl/themas/slachtofferhulp.html',
    verified,
  },
  {
    id: 'meldpunt-uitbuiting-minderjarigen',
    name: 'Meldpunt Uitbuiting Minderjarigen',
    description: () => msg('Meld uitbuiting van kinderen en jongeren, ook anoniem.'),
    forms: ['sexual', 'criminal'],
    audiences: ['victim', 'bystander', 'professional'],
    website: 'https://melduitbuitingminderjarigen.nl/',
    channels: [{ type: 'web', value: 'https://melduitbuitingminderjarigen.nl/', anonymous: true }],
    source: 'https://melduitbuitingminderjarigen.nl/onze-aanpak',
    verified,
  },
  {
    id: 'wegwijzer-mensenhandel',
    name: 'Wegwijzer Mensenhandel',
    description: () => msg('Uitleg over rechten, melden en hulp, stap voor stap.'),
    forms: ['sexual', 'labour', 'criminal', 'organ'],
    audiences: ['victim', 'bystander', 'professional'],
    website: wegwijzer,
    languages: ['nl', 'en'],
    source: wegwijzer,
    verified,
  },
  {
    id: 'workinnl',
    name: 'Work in NL',
    description: () => msg('Informatie van de overheid voor arbeidsmigranten.'),
    forms: ['labour'],
    audiences: ['victim'],
    website: 'https://workinnl.nl/',
    source: 'https://netherlandsandyou.nl/poland',
    verified,
  },
  {
    id: 'kenniscentrum-mensenhandel-twente',
    name: 'Kenniscentrum Mensenhandel Twente',
    description: () => msg('Hulp en advies voor slachtoffers en hun omgeving in Twente.'),
    forms: ['sexual', 'labour', 'criminal', 'organ'],
    audiences: ['victim', 'bystander'],
    region: 'twente',
    website: 'https://mensenhandeltwente.nl/',
    source: 'https://mensenhandeltwente.nl/',
    verified,
  },
  {
    id: 'hvo-querido-acm',
    name: 'HVO-Querido, Amsterdams Coördinatiepunt Mensenhandel',
    description: () => msg('Opvang en zorg voor slachtoffers in Amsterdam en Noord-Holland.'),
    forms: ['sexual', 'labour', 'criminal'],
    audiences: ['victim'],
    region: ['amsterdam', 'noord-holland'],
    website: 'https://hvoquerido.nl/acm',
    source: 'https://hvoquerido.nl/acm',
    verified,
  },
  {
    id: 'humanitas-essm',
    name: 'Humanitas (ESSM)',
    description: () => msg('Zorg voor slachtoffers in de regio Rotterdam.'),
    forms: ['sexual', 'labour', 'criminal'],
    audiences: ['victim'],
    region: 'rotterdam',
    website: 'https://stichtinghumanitas.nl/',
    source: 'https://stichtinghumanitas.nl/',
    verified,
  },
  {
    id: 'veilig-thuis-flevoland',
    name: 'Veilig Thuis Flevoland',
    description: () => msg('Advies- en Meldpunt Mensenhandel in Flevoland.'),
    forms: ['sexual', 'labour', 'criminal', 'organ'],
    audiences: ['victim', 'bystander', 'professional'],
    region: 'flevoland',
    website: 'https://veiligthuisflevoland.nl/',
    channels: [
      { type: 'phone', value: '088 2220500', always: true },
      { type: 'chat', value: 'https://veiligthuisflevoland.nl/', hours: advice.hours },
    ],
    source: 'https://veiligthuisflevoland.nl/',
    verified,
  },
];

/** The built-in records as shown. They are checked by the tests, so they are trusted here. */
export const builtInOrgs = (): Org[] =>
  BUILT_IN_ORGS.map((record) => ({
    ...record,
    description: record.description as Text,
    regions: record.region ? [record.region].flat() : [],
    languages: record.languages ?? [],
    partner: false,
    channels: (record.channels ?? []).map((channel) => ({
      ...channel,
      ...toLink(channel.type, channel.value)!,
      hours: channel.hours as Text | undefined,
      always: !!channel.always,
      anonymous: !!channel.anonymous,
    })),
  }));
