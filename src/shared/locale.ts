import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { warnOnce } from './warn.js';

/*
 * The page's language, decided in one place. @lit/localize's runtime mode has one active
 * locale per page and may be configured only once, so every widget asks this module.
 *
 * The rule (also in the README): the language a visitor chose in a widget's language picker,
 * until `<html lang>` changes; else the `lang` attribute of the widget that most recently got
 * one; else `<html lang>` (followed when it changes); else Dutch. "pl-PL" falls back to "pl";
 * a language the library does not have falls back to Dutch. A language whose chunk fails to
 * load, or takes longer than LOAD_TIMEOUT_MS, falls back to Dutch with one warning.
 */

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

/** A language module, its messages keyed by the start of their id (scripts/compact-locales.mjs). */
interface LanguageModule {
  templates: Record<string, unknown>;
  keyLength: number;
  /** Texts only one element shows, in files of their own (see languagePart()). */
  parts?: Record<string, () => Promise<{ templates: Record<string, unknown> }>>;
}

/** Explicit imports, so the bundler makes one lazy chunk per language next to the entry. */
const loaders: Record<TargetLocale, () => Promise<LanguageModule>> = {
  en: () => import('../generated/locales/en.js'),
  pl: () => import('../generated/locales/pl.js'),
  ro: () => import('../generated/locales/ro.js'),
  bg: () => import('../generated/locales/bg.js'),
  uk: () => import('../generated/locales/uk.js'),
  vi: () => import('../generated/locales/vi.js'),
  ar: () => import('../generated/locales/ar.js'),
  fr: () => import('../generated/locales/fr.js'),
  ti: () => import('../generated/locales/ti.js'),
};

/**
 * Texts only one element shows, split off each language file (scripts/compact-locales.mjs) so a
 * page without that element does not load them. The element asks the function returned, as it
 * renders, whether its texts are in the language it renders in: if not, they load into that
 * language and the element re-renders. A part that fails leaves those texts Dutch.
 */
export function languagePart(name: string): (host: ReactiveControllerHost) => boolean {
  const merged = new Set<Locale>();
  const waiting = new Map<TargetLocale, Set<ReactiveControllerHost>>();
  return (host) => {
    const locale = activeLocale();
    if (locale === sourceLocale || merged.has(locale)) return true;
    let hosts = waiting.get(locale);
    if (!hosts) {
      const wanting = (hosts = new Set());
      waiting.set(locale, wanting);
      // The language's module is loaded (it is active), and messages are looked up in its
      // templates object: the part joins it.
      loaders[locale]()
        .then((language) => withTimeout(language.parts![name](), locale).then((part) => Object.assign(language.templates, part.templates)))
        .catch((error: unknown) => warnOnce(`could not load part of the "${locale}" translation (${String(error)}); some texts stay Dutch.`))
        .finally(() => {
          merged.add(locale);
          waiting.delete(locale);
          wanting.forEach((waiter) => waiter.requestUpdate());
        });
    }
    hosts.add(host);
    return false;
  };
}

/** Each language by its own name, as a visitor looks for it in a list. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
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
};

const RIGHT_TO_LEFT = new Set<string>(['ar']);

/** Writing direction of a locale; @lit/localize does not set it. */
export function localeDirection(locale: Locale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

const LOAD_TIMEOUT_MS = 5000;
const supported = new Set<string>([sourceLocale, ...targetLocales]);
const failed = new Set<string>();

/** Maps any language tag to a locale the library has: "pl-PL" → "pl", "xx" → "nl". */
export function matchLocale(tag: string | null | undefined): Locale {
  const lower = String(tag ?? '').trim().toLowerCase().replace('_', '-');
  if (supported.has(lower)) return lower as Locale;
  const language = lower.split('-')[0];
  return (supported.has(language) ? language : sourceLocale) as Locale;
}

type Localization = ReturnType<typeof configureLocalization>;
let localization: Localization | null | undefined;

function getLocalization(): Localization | null {
  if (localization === undefined) {
    try {
      localization = configureLocalization({
        sourceLocale,
        targetLocales,
        loadLocale: (locale) => withTimeout(loaders[locale as TargetLocale](), locale).then(byFullId) as never,
      });
    } catch {
      // The host page configured this copy of @lit/localize for itself.
      localization = null;
      warnOnce('@lit/localize is already configured on this page; the widgets stay in Dutch.');
    }
  }
  return localization;
}

/** @lit/localize looks a message up by its full id; the module has it under the id's start. */
function byFullId({ templates, keyLength }: LanguageModule) {
  return {
    templates: new Proxy(templates, {
      get: (byKey, id) => (typeof id === 'string' ? byKey[id.slice(0, keyLength)] : undefined),
    }),
  };
}

function withTimeout<T>(load: Promise<T>, locale: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out loading "${locale}"`)), LOAD_TIMEOUT_MS);
    load.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** Connected widgets, in the order they got their `lang` attribute or connected. */
const widgets = new Set<ReactiveControllerHost & HTMLElement>();
let wanted: Locale = sourceLocale;
/** The visitor's choice in a language picker; kept in memory only, never stored. */
let chosen: Locale | undefined;

function pageLocale(): Locale {
  if (chosen) return failed.has(chosen) ? sourceLocale : chosen;
  let tag: string | null = null;
  for (const widget of widgets) {
    if (widget.hasAttribute('lang')) tag = widget.getAttribute('lang');
  }
  const locale = matchLocale(tag ?? document.documentElement.getAttribute('lang'));
  return failed.has(locale) ? sourceLocale : locale;
}

/** The locale last asked of @lit/localize; it may still be loading. */
let requested: Locale | undefined;

function applyPageLocale(): void {
  const previous = wanted;
  wanted = pageLocale();
  const l10n = getLocalization();
  // Compare with the locale last asked for, not the active one: while another is still
  // loading, the active locale is about to be replaced.
  if (!l10n || (requested ?? l10n.getLocale()) === wanted) {
    // Back to a language that is already active (say, after a chunk failed): no load, and so
    // no status event, will re-render the widgets that are waiting.
    if (wanted !== previous) widgets.forEach((widget) => widget.requestUpdate());
    return;
  }
  const locale = (requested = wanted);
  l10n.setLocale(locale).catch((error: unknown) => {
    failed.add(locale);
    warnOnce(`could not load the "${locale}" translation (${String(error)}); showing Dutch.`);
    applyPageLocale();
  });
}

let htmlObserver: MutationObserver | undefined;

function htmlLangChanged(): void {
  // The page changed language itself (a language menu, an SPA): that wins over an earlier choice.
  chosen = undefined;
  applyPageLocale();
}

/** A visitor chose a language in a language picker: every widget on the page follows. */
export function chooseLocale(locale: Locale): void {
  chosen = locale;
  applyPageLocale();
}

/** True when the page's locale is loaded, so a widget never paints a language it will replace. */
export function isLocaleReady(): boolean {
  const l10n = getLocalization();
  return !l10n || l10n.getLocale() === wanted;
}

/** The locale widgets render in now. */
export function activeLocale(): Locale {
  return (getLocalization()?.getLocale() ?? sourceLocale) as Locale;
}

/**
 * Connects a widget to the page's locale: registers it, follows its `lang` attribute and
 * `<html lang>`, and re-renders it when a language has loaded (or failed to).
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly onStatus = () => this.host.requestUpdate();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    widgets.add(this.host);
    window.addEventListener(LOCALE_STATUS_EVENT, this.onStatus);
    htmlObserver ??= new MutationObserver(htmlLangChanged);
    htmlObserver.observe(document.documentElement, { attributeFilter: ['lang'] });
    applyPageLocale();
  }

  hostDisconnected(): void {
    widgets.delete(this.host);
    window.removeEventListener(LOCALE_STATUS_EVENT, this.onStatus);
  }

  /** Call when the widget's own `lang` attribute changed. */
  langChanged(): void {
    // Re-adding moves the widget to the end: the most recent `lang` wins.
    widgets.delete(this.host);
    if (this.host.isConnected) widgets.add(this.host);
    applyPageLocale();
  }
}
