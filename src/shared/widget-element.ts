import { LitElement, html, type TemplateResult } from 'lit';
import { activeLocale, isLocaleReady, LocaleController } from './locale.js';

/**
 * What every widget shares: the page's locale, and no flash of the wrong language. Until the
 * page's language has loaded, a widget shows what the partner wrote inside its tag (the
 * fallback without JavaScript) rather than Dutch it will replace a moment later.
 */
export abstract class WidgetElement extends LitElement {
  private readonly localeController = new LocaleController(this);

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.localeController.langChanged();
  }

  /** The widget's content in the page's language; called only once that language is ready. */
  protected abstract renderContent(): TemplateResult;

  protected override render(): TemplateResult {
    if (!isLocaleReady()) return html`<slot></slot>`;
    return html`<div part="base" class="base" lang=${activeLocale()}>${this.renderContent()}</div>`;
  }
}
