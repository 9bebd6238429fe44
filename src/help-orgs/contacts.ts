import { msg } from '@lit/localize';
import { CHAT_USUALLY, hoursVerified, verified, type Contact } from '../shared/contacts.js';

/*
 * The organisations only <help-orgs> names, in the format and under the rules of
 * shared/contacts.ts (each once, numbers only where docs/sources.md confirms them): here, so a
 * page without <help-orgs> does not load them.
 */

export const VEILIG_THUIS_FLEVOLAND: Contact = {
  name: 'Veilig Thuis Flevoland',
  website: 'https://veiligthuisflevoland.nl/',
  channels: [
    { type: 'phone', value: '088 2220500', always: true },
    {
      type: 'chat',
      value: 'https://veiligthuisflevoland.nl/',
      hours: () =>
        msg('Maandag tot en met vrijdag, 9.00 tot 17.00 uur', {
          id: 'contact.vtFlevoland.chat.hours',
          desc: "Opening hours of Veilig Thuis Flevoland's chat.",
        }),
      openingHours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
      // Its own page says 9 to 17; of the regions' chats in general, gemeente.nu says "meestal".
      usually: true,
      hoursSource: `https://veiligthuisflevoland.nl/lancering-meld-en-adviespunt-mensenhandel-flevoland/; ${CHAT_USUALLY}`,
    },
  ],
  source: 'https://veiligthuisflevoland.nl/lancering-meld-en-adviespunt-mensenhandel-flevoland/',
  verified: hoursVerified,
};

export const SLACHTOFFERHULP: Contact = {
  name: 'Slachtofferhulp Nederland',
  website: 'https://slachtofferhulp.nl/',
  channels: [{ type: 'phone', value: '0900-0101' }],
  source: 'https://www.politie.nl/themas/slachtofferhulp.html',
  verified,
};

export const MELDPUNT_UITBUITING_MINDERJARIGEN: Contact = {
  name: 'Meldpunt Uitbuiting Minderjarigen',
  website: 'https://melduitbuitingminderjarigen.nl/',
  channels: [{ type: 'web', value: 'https://melduitbuitingminderjarigen.nl/', anonymous: true }],
  source: 'https://melduitbuitingminderjarigen.nl/onze-aanpak',
  verified,
};

export const WEGWIJZER_MENSENHANDEL: Contact = {
  name: 'Wegwijzer Mensenhandel',
  website: 'https://wegwijzermensenhandel.nl/',
  channels: [],
  languages: ['nl', 'en'],
  source: 'https://wegwijzermensenhandel.nl/',
  verified,
};

export const WORK_IN_NL: Contact = {
  name: 'Work in NL',
  website: 'https://workinnl.nl/',
  channels: [],
  source: 'https://netherlandsandyou.nl/poland',
  verified,
};

export const KENNISCENTRUM_MENSENHANDEL_TWENTE: Contact = {
  name: 'Kenniscentrum Mensenhandel Twente',
  // No current contact found: the website only.
  website: 'https://mensenhandeltwente.nl/',
  channels: [],
  source: 'https://mensenhandeltwente.nl/',
  verified,
};

export const HVO_QUERIDO_ACM: Contact = {
  name: 'HVO-Querido, Amsterdams Coördinatiepunt Mensenhandel',
  // Only old lists have numbers, and they conflict: the website only.
  website: 'https://hvoquerido.nl/acm',
  channels: [],
  source: 'https://hvoquerido.nl/acm',
  verified,
};

export const HUMANITAS_ESSM: Contact = {
  name: 'Humanitas (ESSM)',
  // Numbers conflict between sources: the website only.
  website: 'https://stichtinghumanitas.nl/',
  channels: [],
  source: 'https://stichtinghumanitas.nl/',
  verified,
};
