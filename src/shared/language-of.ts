import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

/*
 * The part of the language rule (see locale.ts) that the CDN entry also runs, to fetch a page's
 * language files together with the widgets' code: kept free of Lit, so the entry stays small.
 */

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

const supported = new Set<string>([sourceLocale, ...targetLocales]);

/** Maps any language tag to a locale the library has: "pl-PL" → "pl", "xx" → "nl". */
export function matchLocale(tag: string | null | undefined): Locale {
  const lower = String(tag ?? '').trim().toLowerCase().replace('_', '-');
  if (supported.has(lower)) return lower as Locale;
  const language = lower.split('-')[0];
  return (supported.has(language) ? language : sourceLocale) as Locale;
}

/** HTML's language of an element: the nearest `lang`, crossing a shadow root to its host. */
export function languageOf(element: Element): string | null {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    // Only elements have attributes; a document or a shadow root is passed through.
    const lang = (node as Partial<Element>).getAttribute?.('lang');
    if (lang != null) return lang;
  }
  return null;
}
