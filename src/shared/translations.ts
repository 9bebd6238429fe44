import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { loaders } from '../generated/loaders.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { activeLocale, type Locale } from './locale.js';
import { warnOnce } from './warn.js';

/*
 * The translation machinery: @lit/localize's runtime and the language files' loaders. The
 * language gate (locale.ts) imports this module with the first language other than Dutch a
 * widget wants, so a Dutch page never loads it; in Dutch, msg() returns its text as written.
 */

/** Each language's texts, its files merged as they arrive; @lit/localize looks a message up by its full id. */
const texts = new Map<Locale, Record<string, unknown>>();
const modules = new Map<Locale, LocaleModule>();

let configured = true;
try {
  configureReentrantLocalization({
    sourceLocale,
    targetLocales: [...targetLocales],
    getLocale: activeLocale,
    loadLocaleSync: (locale) => modules.get(locale as Locale),
  });
} catch {
  // The host page configured this copy of @lit/localize for itself.
  configured = false;
  warnOnce('@lit/localize is already configured on this page; the widgets stay in Dutch.');
}

export type TargetLocale = (typeof targetLocales)[number];
/** A part of each language with texts only one element shows (`languageParts`). */
export type LanguagePart = Exclude<keyof (typeof loaders)[TargetLocale], 'base'>;
export type LanguageFile = 'base' | LanguagePart;

/**
 * The build keys a module's messages by the first `keyLength` characters of the id @lit/localize
 * computes (scripts/message-keys.mjs); as lit-localize writes it, by the ids in full.
 */
function byFullId(templates: Record<string, unknown>, keyLength?: number): LocaleModule {
  return {
    templates: new Proxy(templates, {
      get: (byKey, id) => (typeof id === 'string' ? byKey[id.slice(0, keyLength)] : undefined),
    }) as LocaleModule['templates'],
  };
}

/**
 * Loads one file of a language and adds its texts. Resolves false, at once, where the host page
 * configured @lit/localize itself (warned above): its texts could not be shown.
 */
export async function loadLanguageFile(locale: TargetLocale, file: LanguageFile): Promise<boolean> {
  if (!configured) return false;
  const { templates, keyLength } = (await loaders[locale][file]()) as { templates: Record<string, unknown>; keyLength?: number };
  const merged = texts.get(locale) ?? {};
  texts.set(locale, Object.assign(merged, templates));
  if (file === 'base') modules.set(locale, byFullId(merged, keyLength));
  return true;
}
