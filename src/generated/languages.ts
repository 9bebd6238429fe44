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
