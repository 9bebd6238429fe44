import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { warnOnce } from './warn.js';

/*
 * Each widget's language, decided in one place. @lit/localize's reentrant mode asks
 * `getLocale()` before every `msg()`: here that is the language of the widget rendering now, so
 * widgets in different languages share one page and one copy of each language file.
 *
 * The rule (also in docs/partners.md): the language a visitor chose in a language picker, for every
 * widget, until `<html lang>` changes; else the widget's language as HTML defines it (its own
 * `lang`, else the nearest ancestor's, across shadow roots to their hosts); else Dutch. "pl-PL"
 * falls back to "pl"; a language the library does not have falls back to Dutch. A language whose
 * file fails to load, or takes longer than LOAD_TIMEOUT_MS, falls back to Dutch with one warning.
 */

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

/**
 * A language module. The build keys its messages by the first `keyLength` characters of the id
 * @lit/localize computes (scripts/message-keys.mjs); as lit-localize writes it, by the ids in full.
 */
interface LanguageModule {
  templates: Record<string, unknown>;
  keyLength?: number;
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

/** Maps any language tag to a locale the library has: "pl-PL" → "pl", "xx" → "nl". */
export function matchLocale(tag: string | null | undefined): Locale {
  const lower = String(tag ?? '').trim().toLowerCase().replace('_', '-');
  if (supported.has(lower)) return lower as Locale;
  const language = lower.split('-')[0];
  return (supported.has(language) ? language : sourceLocale) as Locale;
}

/** Loaded languages; @lit/localize looks a message up by its full id. */
const loaded = new Map<string, LocaleModule>();
const loading = new Set<string>();
const failed = new Set<string>();

const widgets = new Set<LocaleController>();
/** The visitor's choice in a language picker; kept in memory only, never stored. */
let chosen: Locale | undefined;

/** The locale of the widget rendering now: what every `msg()` translates into. */
let rendering: Locale = sourceLocale;

let configured: boolean | undefined;

function isConfigured(): boolean {
  if (configured === undefined) {
    try {
      configureReentrantLocalization({
        sourceLocale,
        targetLocales: [...targetLocales],
        getLocale: () => rendering,
        loadLocaleSync: (locale) => loaded.get(locale),
      });
      configured = true;
    } catch {
      // The host page configured this copy of @lit/localize for itself.
      configured = false;
      warnOnce('@lit/localize is already configured on this page; the widgets stay in Dutch.');
    }
  }
  return configured;
}

/** The module may have each message under the start of its id (scripts/message-keys.mjs). */
function byFullId({ templates, keyLength }: LanguageModule): LocaleModule {
  return {
    templates: new Proxy(templates, {
      get: (byKey, id) => (typeof id === 'string' ? byKey[id.slice(0, keyLength)] : undefined),
    }) as LocaleModule['templates'],
  };
}

function withTimeout<T>(load: Promise<T>, locale: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out loading "${locale}"`)), LOAD_TIMEOUT_MS);
    load.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** What to show for a wanted locale: itself once loaded, Dutch if it failed, undefined while it loads. */
function ready(locale: Locale): Locale | undefined {
  if (failed.has(locale)) return sourceLocale;
  return locale === sourceLocale || loaded.has(locale) ? locale : undefined;
}

/** Starts loading a language once for the page; the widgets waiting for it re-render when it settles. */
function load(locale: Locale): void {
  if (ready(locale) || loading.has(locale)) return;
  loading.add(locale);
  withTimeout(loaders[locale as TargetLocale](), locale)
    .then(
      (module) => loaded.set(locale, byFullId(module)),
      (error: unknown) => {
        failed.add(locale);
        warnOnce(`could not load the "${locale}" translation (${String(error)}); showing Dutch.`);
      },
    )
    .finally(() => {
      loading.delete(locale);
      widgets.forEach((widget) => widget.refresh());
    });
}

/** HTML's language of an element: the nearest `lang`, crossing a shadow root to its host. */
function languageOf(element: Element): string | null {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).hasAttribute('lang')) {
      return (node as Element).getAttribute('lang');
    }
  }
  return null;
}

/**
 * One observer for the page, watching `lang` in the document and in each shadow root that holds
 * a widget (a document's observer does not see into shadow roots). attributeFilter keeps every
 * other attribute change on the page from reaching it.
 */
let observer: MutationObserver | undefined;
const observed = new WeakSet<Node>();

function observeRoots(element: Element): void {
  observer ??= new MutationObserver(langChanged);
  let root: Node | undefined = element.getRootNode();
  // From the widget's root out to the document, through each shadow root's host.
  while (root && !observed.has(root)) {
    observed.add(root);
    observer.observe(root, { attributeFilter: ['lang'], subtree: true });
    root = (root as ShadowRoot).host?.getRootNode();
  }
}

function langChanged(records: MutationRecord[]): void {
  // The page changed language itself (a language menu, an SPA): that wins over a visitor's choice.
  if (records.some((record) => record.target === document.documentElement)) chosen = undefined;
  widgets.forEach((widget) => widget.refresh());
}

/** A visitor chose a language in a language picker: every widget on the page follows. */
export function chooseLocale(locale: Locale): void {
  chosen = locale;
  widgets.forEach((widget) => widget.refresh());
}

/** The locale of the widget rendering now (for texts a widget translates itself). */
export function activeLocale(): Locale {
  return rendering;
}

/**
 * A widget's language: follows the rule above, loads the language, re-renders the widget when
 * its language changes or has loaded, and makes `msg()` translate into it while it renders.
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private wanted: Locale = sourceLocale;
  /** The language last rendered; kept while the next one loads, so a switch never blanks. */
  private shown: Locale | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** The language to render in; undefined while the first one loads. */
  get locale(): Locale | undefined {
    return ready(this.wanted) ?? this.shown;
  }

  hostConnected(): void {
    widgets.add(this);
    observeRoots(this.host);
    this.refresh();
  }

  hostDisconnected(): void {
    widgets.delete(this);
  }

  /** Lit calls this just before render(): until hostUpdated, msg() translates into this widget's language. */
  hostUpdate(): void {
    this.shown = this.locale;
    rendering = this.shown ?? sourceLocale;
  }

  hostUpdated(): void {
    rendering = sourceLocale;
  }

  /**
   * @internal Applies the rule again, and re-renders the widget only when the language it would
   * show differs from the one it shows: a language still loading re-renders it once it settles.
   */
  refresh(): void {
    this.wanted = isConfigured() ? (chosen ?? matchLocale(languageOf(this.host))) : sourceLocale;
    load(this.wanted);
    if (this.locale !== this.shown) this.host.requestUpdate();
  }
}
