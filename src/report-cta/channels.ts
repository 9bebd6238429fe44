import { msg } from '@lit/localize';
import {
  ARBEIDSINSPECTIE,
  COMENSHA,
  EMERGENCY,
  MELD_MISDAAD_ANONIEM,
  POLITIE,
  type Contact,
} from '../shared/contacts.js';

/*
 * The ways to report that <report-cta> offers: what each is for, in the visitor's words, and
 * which record of shared/contacts.ts answers (numbers, hours, source and date live there).
 * Texts are functions so they are read in the page's language at render time.
 */

export const CHANNEL_IDS = ['emergency', 'police', 'anonymous', 'labour', 'advice'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export const DEFAULT_CHANNELS: readonly ChannelId[] = ['emergency', 'police', 'anonymous', 'advice'];

export interface ReportChannel {
  id: ChannelId;
  /** Who answers, as the visitor reads it: the organisation's name unless it needs translating. */
  name: () => string;
  /** What the channel is for, in one plain sentence. */
  purpose: () => string;
  /** Who answers: its phone (the first), website and e-mail are shown. */
  contact: Contact;
}

export const CHANNELS: Record<ChannelId, ReportChannel> = {
  emergency: {
    id: 'emergency',
    name: () => msg('Alarmnummer', { id: 'cta.112.name', desc: 'The emergency number 112.' }),
    purpose: () => msg('Is er nu gevaar? Bel meteen 112.', { id: 'cta.112.purpose' }),
    contact: EMERGENCY,
  },
  police: {
    id: 'police',
    name: () => msg('Politie', { id: 'cta.police.name' }),
    purpose: () => msg('Geen spoed? Meld het bij de politie of doe aangifte.', { id: 'cta.police.purpose' }),
    contact: POLITIE,
  },
  anonymous: {
    id: 'anonymous',
    name: () => MELD_MISDAAD_ANONIEM.name,
    purpose: () => msg('Melden zonder je naam te noemen.', { id: 'cta.anonymous.purpose', desc: 'About Meld Misdaad Anoniem, a line to report a crime without giving your name.' }),
    contact: MELD_MISDAAD_ANONIEM,
  },
  labour: {
    id: 'labour',
    name: () => ARBEIDSINSPECTIE.name,
    purpose: () => msg('Uitbuiting op het werk melden.', { id: 'cta.labour.purpose', desc: 'About the Netherlands Labour Authority (Nederlandse Arbeidsinspectie).' }),
    contact: ARBEIDSINSPECTIE,
  },
  advice: {
    id: 'advice',
    name: () => COMENSHA.name,
    purpose: () => msg('Eerst advies? CoMensha helpt iedereen met vragen over mensenhandel.', { id: 'cta.advice.purpose' }),
    contact: COMENSHA,
  },
};
