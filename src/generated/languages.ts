// Do not modify this file by hand! Written from lit-localize.json by scripts/compact-locales.mjs
// (npm run localize:build).

/** Every language, by its own name, in the order of lit-localize.json. */
export const LANGUAGE_NAMES = {
  nl: 'Nederlands',
  en: 'English',
  pl: 'Polski',
  ro: 'Română',
  bg: 'Български',
  uk: 'Українська',
  vi: 'Tiếng Việt',
  ar: 'العربية',
  fr: 'Français',
  ti: 'ትግርኛ',
} as const;

/** The languages written right to left (Unicode CLDR); @lit/localize does not set `dir`. */
export const RIGHT_TO_LEFT: readonly string[] = ['ar'];

/**
 * Each translation and the part of it only <signal-checklist> shows, as explicit imports: the bundler
 * makes one lazy file of each, and the CDN build maps them in its chunk graph.
 */
export const loaders = {
  en: {
    base: () => import('./locales/en.js'),
    'signal-checklist': () => import('./locales/en-signal-checklist.js'),
  },
  pl: {
    base: () => import('./locales/pl.js'),
    'signal-checklist': () => import('./locales/pl-signal-checklist.js'),
  },
  ro: {
    base: () => import('./locales/ro.js'),
    'signal-checklist': () => import('./locales/ro-signal-checklist.js'),
  },
  bg: {
    base: () => import('./locales/bg.js'),
    'signal-checklist': () => import('./locales/bg-signal-checklist.js'),
  },
  uk: {
    base: () => import('./locales/uk.js'),
    'signal-checklist': () => import('./locales/uk-signal-checklist.js'),
  },
  vi: {
    base: () => import('./locales/vi.js'),
    'signal-checklist': () => import('./locales/vi-signal-checklist.js'),
  },
  ar: {
    base: () => import('./locales/ar.js'),
    'signal-checklist': () => import('./locales/ar-signal-checklist.js'),
  },
  fr: {
    base: () => import('./locales/fr.js'),
    'signal-checklist': () => import('./locales/fr-signal-checklist.js'),
  },
  ti: {
    base: () => import('./locales/ti.js'),
    'signal-checklist': () => import('./locales/ti-signal-checklist.js'),
  },
};
