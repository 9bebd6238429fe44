import { msg } from '@lit/localize';

/*
 * Every way to report that <report-cta> offers. The numbers are the ones
 * shared/domain/facts.md marks as confirmed; each record names its source and the date it was
 * checked. Re-check them on the organisation's own site before a release. Texts are functions
 * so they are read in the page's language at render time.
 */

export const CHANNEL_IDS = ['emergency', 'police', 'anonymous', 'labour', 'advice'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export const DEFAULT_CHANNELS: readonly ChannelId[] = ['emergency', 'police', 'anonymous', 'advice'];

export interface ReportChannel {
  id: ChannelId;
  /** Who answers. Names of organisations are not translated. */
  name: () => string;
  /** What the channel is for, in one plain sentence. */
  purpose: () => string;
  /** As written in Dutch; `tel:` links are made from it. */
  phone: string;
  /** When someone answers, where a source gives it. */
  hours?: () => string;
  /** Extra reassurance about the call, where a source gives it. */
  note?: () => string;
  website?: string;
  email?: string;
  source: string;
  /** The date (ISO 8601) the record was last checked against its source. */
  verified: string;
}

export const CHANNELS: Record<ChannelId, ReportChannel> = {
  emergency: {
    id: 'emergency',
    name: () => msg('Alarmnummer'),
    purpose: () => msg('Is er nu gevaar? Bel meteen 112.'),
    phone: '112',
    hours: () => msg('Dag en nacht'),
    source: 'https://wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel',
    verified: '2026-11-27',
  },
  police: {
    id: 'police',
    name: () => msg('Politie'),
    purpose: () => msg('Geen spoed? Meld het bij de politie of doe aangifte.'),
    phone: '0900-8844',
    website: 'https://www.politie.nl/',
    source: 'https://www.politie.nl/informatie/vormen-van-mensenhandel.html',
    verified: '2026-11-27',
  },
  anonymous: {
    id: 'anonymous',
    name: () => 'Meld Misdaad Anoniem',
    purpose: () => msg('Melden zonder je naam te noemen.'),
    phone: '0800-7000',
    note: () => msg('Gratis. Je nummer is niet zichtbaar en het gesprek wordt niet opgenomen.'),
    website: 'https://www.meldmisdaadanoniem.nl/',
    source: 'https://www.politie.nl/themas/meld-misdaad-anoniem.html',
    verified: '2026-11-27',
  },
  labour: {
    id: 'labour',
    name: () => 'Nederlandse Arbeidsinspectie',
    purpose: () => msg('Uitbuiting op het werk melden.'),
    phone: '0800-5151',
    website: 'https://www.nlarbeidsinspectie.nl/',
    source: 'https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting',
    verified: '2026-11-27',
  },
  advice: {
    id: 'advice',
    name: () => 'CoMensha',
    purpose: () => msg('Eerst advies? CoMensha helpt iedereen met vragen over mensenhandel.'),
    phone: '033 448 11 86',
    hours: () => msg('Maandag tot en met vrijdag, 9.00 tot 17.00 uur'),
    email: 'info@comensha.nl',
    website: 'https://www.comensha.nl/',
    source: 'https://www.comensha.nl/onze-helpdesk/coordinatie-opvang',
    verified: '2026-11-27',
  },
};
