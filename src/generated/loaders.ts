// Do not modify this file by hand! Written from lit-localize.json by scripts/compact-locales.mjs
// (npm run localize:build).

/**
 * Each translation and the part of it only <signal-checklist> shows, as explicit imports: the bundler
 * makes one lazy file of each, and the CDN build maps them in its chunk graph. Only
 * src/shared/translations.ts imports this, so a Dutch page does not load it.
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
