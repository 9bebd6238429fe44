import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LANGUAGE_NAMES, RIGHT_TO_LEFT } from '../generated/languages.js';
import { sourceLocale } from '../generated/locale-codes.js';
import { languageOf, type Locale, matchLocale } from './language-of.js';
import type { LanguageFile, LanguagePart, TargetLocale } from './translations.js';
import { warnOnce } from './warn.js';

/*
 * The language gate: each widget's language is decided here, and nowhere else. @lit/localize's
 * reentrant mode asks `getLocale()` before every `msg()`: here that is the language of the widget
 * rendering now, so widgets in different languages share one page and one copy of each file.
 *
 * The rule (also in docs/partners.md): the language a visitor chose in a language picker, for every
 * widget, until `<html lang>` changes; else the widget's language as HTML defines it (its own
 * `lang`, else the nearest ancestor's, across shadow roots to their hosts); else Dutch. "pl-PL"
 * falls back to "pl"; a language the library does not have falls back to Dutch.
 *
 * Loading: a language is a file of the texts every widget shows, plus a part per element for the
 * texts only that element shows (its `languageParts`; scripts/compact-locales.mjs splits them).
 * The machinery that loads and looks up the texts (translations.ts) comes with the first language
 * other than Dutch: Dutch is the texts as written, so a Dutch page does without it.
 * A widget asks for its language and its parts at once, and renders in the language when all of
 * them are in. Until then it shows what it showed before: the partner's fallback content on the
 * first render, the old language on a switch (same DOM, so keyboard focus stays where it was).
 * A language whose file fails shows Dutch, with one warning; a part that fails leaves only its
 * texts Dutch. A language slower than LOAD_TIMEOUT_MS shows Dutch in a widget that had nothing
 * to show yet, and is applied the moment it arrives.
 *
 * The list of languages is lit-localize.json; src/generated/ holds what derives from it.
 */

export type { Locale } from './language-of.js';
export type { LanguagePart } from './translations.js';
export { LANGUAGE_NAMES, matchLocale };

/** Writing direction of a locale; @lit/localize does not set it. */
export function localeDirection(locale: Locale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.includes(locale) ? 'rtl' : 'ltr';
}

const LOAD_TIMEOUT_MS = 5000;

/** The state of each file, by "locale/file". "late": still loading after LOAD_TIMEOUT_MS. */
const files = new Map<string, 'loading' | 'late' | 'loaded' | 'failed'>();

const widgets = new Set<LocaleController>();
/** The visitor's choice in a language picker; kept in memory only, never stored. */
let chosen: Locale | undefined;

/** The locale of the widget rendering now: what every `msg()` translates into. */
let rendering: Locale = sourceLocale;

/** The translation machinery, asked for once, with the first file of a language. */
let translations: Promise<typeof import('./translations.js')> | undefined;

const refreshAll = () => widgets.forEach((widget) => widget.refresh());

/** Starts loading one file once for the page; the widgets re-render when it settles or is late. */
function loadFile(locale: TargetLocale, file: LanguageFile): void {
  const key = `${locale}/${file}`;
  if (files.has(key)) return;
  files.set(key, 'loading');
  const timer = setTimeout(() => {
    files.set(key, 'late');
    warnOnce(`the "${locale}" translation is slow; showing Dutch until it arrives.`);
    refreshAll();
  }, LOAD_TIMEOUT_MS);
  (translations ??= import('./translations.js'))
    .then(({ loadLanguageFile }) => loadLanguageFile(locale, file))
    .then(
      // False: the host page configured @lit/localize itself, and translations.ts said so.
      (loaded) => files.set(key, loaded ? 'loaded' : 'failed'),
      (error: unknown) => {
        files.set(key, 'failed');
        warnOnce(`could not load the "${locale}" translation (${String(error)}); showing Dutch.`);
      },
    )
    .finally(() => {
      clearTimeout(timer);
      refreshAll();
    });
}

/**
 * What a widget wanting `locale` with `parts` can show: the locale once each of its files is in
 * (or failed, for a part); Dutch if the language's file failed; "late" while a file is slower
 * than LOAD_TIMEOUT_MS; undefined while they load.
 */
function ready(locale: Locale, parts: readonly LanguagePart[]): Locale | 'late' | undefined {
  if (locale === sourceLocale) return locale;
  const states = (['base', ...parts] as LanguageFile[]).map((file) => files.get(`${locale}/${file}`));
  if (states[0] === 'failed') return sourceLocale;
  if (states.every((state) => state === 'loaded' || state === 'failed')) return locale;
  return states.includes('late') ? 'late' : undefined;
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
  refreshAll();
}

/** A visitor chose a language in a language picker: every widget on the page follows. */
export function chooseLocale(locale: Locale): void {
  chosen = locale;
  refreshAll();
}

/** The locale of the widget rendering now: what msg() translates into (translations.ts), and texts a widget translates itself. */
export function activeLocale(): Locale {
  return rendering;
}

/**
 * A widget's language: follows the rule above, loads the language and the widget's parts of it
 * at once, re-renders the widget when its language changes or has loaded, and makes `msg()`
 * translate into it while it renders.
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly parts: readonly LanguagePart[];
  private wanted: Locale = sourceLocale;
  /** The language last rendered; kept while the next one loads, so a switch never blanks. */
  private shown: Locale | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, parts: readonly LanguagePart[] = []) {
    this.host = host;
    this.parts = parts;
    host.addController(this);
  }

  /** The language to render in; undefined while the first one loads. */
  get locale(): Locale | undefined {
    const state = ready(this.wanted, this.parts);
    // Late: what the widget shows stays; one that showed nothing yet shows Dutch meanwhile.
    return state === 'late' ? (this.shown ?? sourceLocale) : (state ?? this.shown);
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
   * show differs from the one it shows: a language still loading re-renders it once it is in.
   */
  refresh(): void {
    this.wanted = chosen ?? matchLocale(languageOf(this.host));
    if (this.wanted !== sourceLocale) {
      const locale = this.wanted as TargetLocale;
      (['base', ...this.parts] as LanguageFile[]).forEach((file) => loadFile(locale, file));
    }
    if (this.locale !== this.shown) this.host.requestUpdate();
  }
}
