import { msg, str } from '@lit/localize';
import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  chooseLocale,
  LANGUAGE_NAMES,
  type LanguagePart,
  type Locale,
  LocaleController,
  localeDirection,
  matchLocale,
} from './locale.js';

const LOCALES = Object.keys(LANGUAGE_NAMES) as Locale[];

/**
 * The documented markers that keep an element and all it holds out of a session recording:
 * rrweb's block class and Sentry Replay's (docs/privacy.md has the sources); with LogRocket's
 * `data-private` and Matomo's `data-matomo-mask` below.
 */
const RECORDER_CLASSES = 'rr-block sentry-block';
const PAGE_TRANSITIONS = ['pagehide', 'pageshow'];

/**
 * The widgets in the page, all told of a page transition by one listener on `window`: not a
 * listener of each widget's own, added as it starts (work before its first render).
 */
const inPage = new Set<WidgetElement>();
const transition = (event: Event) => inPage.forEach((widget) => widget.handleEvent(event as PageTransitionEvent));
const listen = (how: 'addEventListener' | 'removeEventListener') => PAGE_TRANSITIONS.forEach((type) => window[how](type, transition));

/** Outside the class, so the manifest analyzer does not list `emit`'s parameter as an event. */
const widgetEvent = <T>(name: string, detail: T) => new CustomEvent<T>(name, { detail, bubbles: true, composed: true });

/**
 * What every widget shares: its own language and writing direction, the optional language
 * picker, and no flash of the wrong language. Until its language has loaded, a widget shows
 * what the partner wrote inside its tag (the fallback without JavaScript) rather than Dutch it
 * will replace a moment later.
 *
 * And no trace: a widget forgets what a visitor did in it (`forget()`) when the page is left,
 * before the back/forward cache keeps the page for Back, and again when such a page shows; and
 * when the widget is taken out of the page. Its content carries the markers session recorders
 * and heat maps honour (docs/privacy.md).
 */
export abstract class WidgetElement extends LitElement {
  static override properties: PropertyDeclarations = {
    languagePicker: { type: Boolean, attribute: 'language-picker' },
    chosenLanguage: { state: true, attribute: false },
  };

  /** Shows a language menu in the widget (the `language-picker` attribute). */
  declare languagePicker: boolean;
  /**
   * @internal The language a visitor picked, announced once the widget shows it (not while the
   * old language stays on screen during loading: that would name the old one).
   */
  declare private chosenLanguage: Locale | undefined;

  /**
   * @internal The parts of each language with texts only this element shows (see
   * scripts/compact-locales.mjs), loaded beside the language's file before the element renders in it.
   */
  static languageParts: readonly LanguagePart[] = [];

  private readonly localeController = new LocaleController(this, (this.constructor as typeof WidgetElement).languageParts);

  constructor() {
    super();
    this.languagePicker = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!inPage.size) listen('addEventListener');
    inPage.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    inPage.delete(this);
    // The last widget to leave takes the listener with it.
    if (!inPage.size) listen('removeEventListener');
    // A widget kept out of the page (a framework's cache, a CMS preview) must not come back with
    // a visitor's answers.
    this.forget();
  }

  /**
   * @internal Leaving (pagehide) puts the widget back in its first state before the page can be
   * kept in the back/forward cache; a page that shows from that cache (pageshow, persisted) does
   * so again.
   */
  handleEvent(event: PageTransitionEvent): void {
    if (event.type === 'pagehide' || event.persisted) this.forget();
  }

  /**
   * Puts the widget back in its first state: what the visitor answered, ticked, chose or opened
   * is gone. Here: every disclosure closes; an element forgets its own state too.
   */
  protected forget(): void {
    for (const details of this.renderRoot?.querySelectorAll('details') ?? []) details.open = false;
  }

  /** Whether the content goes without the markers that keep it out of session recordings: by default, never. */
  protected get recorded(): boolean {
    return false;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // At once, not when the lang observer next reports: a widget given its lang just after it was
    // added renders in that language from its first render.
    if (name === 'lang' && old !== value && this.isConnected) this.localeController.refresh();
  }

  /**
   * Fires a widget event: it bubbles and is composed, so a page hears it from inside any shadow
   * root. Returns false when a listener cancelled it.
   */
  protected emit<T>(name: string, detail: T): boolean {
    return this.dispatchEvent(widgetEvent(name, detail));
  }

  /** The widget's content in its language; called only once that language is ready. */
  protected abstract renderContent(): TemplateResult;

  protected override render(): TemplateResult {
    const locale = this.localeController.locale;
    if (!locale) return html`<slot></slot>`;
    const recorded = this.recorded;
    // Markers on the content's outer element, from its first render: rrweb and the recorders built
    // on it look inside open shadow roots and skip a blocked element with all it holds.
    return html`<div
      part="base"
      class=${recorded ? 'base' : `base ${RECORDER_CLASSES}`}
      lang=${locale}
      dir=${localeDirection(locale)}
      ?data-matomo-mask=${!recorded}
      ?data-private=${!recorded}
    >
      ${this.languagePicker ? this.renderLanguagePicker(locale) : nothing}${this.renderContent()}
    </div>`;
  }

  private renderLanguagePicker(locale: Locale): TemplateResult {
    return html`<div class="language-picker" part="language-picker">
      <label for="language">${msg('Taal', { id: 'lang.label', desc: 'Label of the language picker in every widget.' })}</label>
      <select id="language" @change=${this.pickLanguage}>
        ${LOCALES.map(
          (code) =>
            html`<option value=${code} lang=${code} ?selected=${code === locale}>${LANGUAGE_NAMES[code]}</option>`,
        )}
      </select>
      <span class="visually-hidden" role="status"
        >${this.chosenLanguage === locale ? msg(str`Taal gewijzigd: ${LANGUAGE_NAMES[locale]}`, {
              id: 'lang.changed',
              desc: 'Said by a screen reader after a visitor picks another language; the placeholder is the language, by its own name.',
            }) : ''}</span
      >
    </div>`;
  }

  private pickLanguage(event: Event): void {
    this.chosenLanguage = matchLocale((event.target as HTMLSelectElement).value);
    chooseLocale(this.chosenLanguage);
  }
}
