import { msg, str } from '@lit/localize';
import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { chooseLocale, LANGUAGE_NAMES, type Locale, LocaleController, localeDirection, matchLocale } from './locale.js';

const LOCALES: Locale[] = [sourceLocale, ...targetLocales];

/** Outside the class, so the manifest analyzer does not list `emit`'s parameter as an event. */
const widgetEvent = <T>(name: string, detail: T) => new CustomEvent<T>(name, { detail, bubbles: true, composed: true });

/**
 * What every widget shares: its own language and writing direction, the optional language
 * picker, and no flash of the wrong language. Until its language has loaded, a widget shows
 * what the partner wrote inside its tag (the fallback without JavaScript) rather than Dutch it
 * will replace a moment later.
 */
export abstract class WidgetElement extends LitElement {
  static override properties: PropertyDeclarations = {
    languagePicker: { type: Boolean, attribute: 'language-picker' },
    languageChanged: { state: true, attribute: false },
  };

  /** Shows a language menu in the widget (the `language-picker` attribute). */
  declare languagePicker: boolean;
  /** @internal Set after a visitor picked a language, to announce it. */
  declare private languageChanged: boolean;

  private readonly localeController = new LocaleController(this);

  constructor() {
    super();
    this.languagePicker = false;
    this.languageChanged = false;
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
    return html`<div part="base" class="base" lang=${locale} dir=${localeDirection(locale)}>
      ${this.languagePicker ? this.renderLanguagePicker(locale) : nothing}${this.renderContent()}
    </div>`;
  }

  private renderLanguagePicker(locale: Locale): TemplateResult {
    return html`<div class="language-picker" part="language-picker">
      <label for="language">${msg('Taal')}</label>
      <select id="language" @change=${this.pickLanguage}>
        ${LOCALES.map(
          (code) =>
            html`<option value=${code} lang=${code} ?selected=${code === locale}>${LANGUAGE_NAMES[code]}</option>`,
        )}
      </select>
      <span class="visually-hidden" role="status"
        >${this.languageChanged ? msg(str`Taal gewijzigd: ${LANGUAGE_NAMES[locale]}`) : ''}</span
      >
    </div>`;
  }

  private pickLanguage(event: Event): void {
    this.languageChanged = true;
    chooseLocale(matchLocale((event.target as HTMLSelectElement).value));
  }
}
