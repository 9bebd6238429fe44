/// <reference types="vite/client" />
import type { Decorator } from '@storybook/web-components-vite';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { VERSION } from '../../src/shared/version.js';
import { chosenAttributes } from './controls.js';
import { cmsScript, cspLine, fallbackOf, moduleFolder, NPM_CDN, placement, snippet, type Hosting } from './snippet.js';

/** The module's integrity hash, written by `npm run build` (scripts/sri.mjs); absent before a build. */
const built = Object.values(import.meta.glob<{ integrity: string }>('../../dist/sri.json', { eager: true, import: 'default' }))[0];

/** The editor's path, kept while this tab is open (never stored), so it is typed once. */
let ownPath = '/pad/naar/mensenhandel-widgets/';
let hosting: Hosting = 'own';
/** HTML for a block that keeps it, or text for a CMS editor that keeps only text (docs/cms.md). */
type Form = 'html' | 'cms';
let form: Form = 'html';

/**
 * "Op je site zetten": the exact HTML for the widget beside it, following the story's controls,
 * with a copy button. Storybook only; nothing leaves the browser.
 */
export class SnippetBlock extends LitElement {
  static override properties = {
    tag: { type: String },
    attrs: { attribute: false },
    fallback: { state: true },
    placement: { state: true },
    form: { state: true },
    hosting: { state: true },
    ownPath: { state: true },
    copied: { state: true },
  };

  declare tag: string;
  declare attrs: [string, string][];
  declare fallback: string[];
  declare placement: string;
  declare form: Form;
  declare hosting: Hosting;
  declare ownPath: string;
  declare copied: string;

  private observer = new MutationObserver(() => this.readWidget());
  private frame = 0;

  constructor() {
    super();
    this.tag = '';
    this.attrs = [];
    this.fallback = [];
    this.placement = '';
    this.form = form;
    this.hosting = hosting;
    this.ownPath = ownPath;
    this.copied = '';
  }

  /** The exact text the copy button copies. */
  get code(): string {
    if (this.form === 'cms') return this.placement;
    return snippet({
      tag: this.tag,
      attributes: this.attrs,
      fallback: this.fallback,
      folder: moduleFolder(this.hosting, this.ownPath, VERSION),
      integrity: built?.integrity,
      noReferrer: this.hosting === 'npm',
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    cancelAnimationFrame(this.frame);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('tag') || changed.has('attrs')) this.readWidget();
    if (['hosting', 'ownPath', 'attrs', 'fallback', 'form'].some((name) => changed.has(name as keyof SnippetBlock))) this.copied = '';
  }

  /** Reads the fallback from the widget as it shows now, and again when it changes (its language loading). */
  private readWidget(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      const widget = this.parentElement?.querySelector<HTMLElement>(this.tag);
      this.observer.disconnect();
      if (!widget) return;
      for (const root of [widget.shadowRoot, ...[...(widget.shadowRoot?.querySelectorAll('*') ?? [])].map((el) => el.shadowRoot)]) {
        if (root) this.observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      }
      const fallback = fallbackOf(widget);
      if (fallback.join('\n') !== this.fallback.join('\n')) this.fallback = fallback;
      this.placement = placement(this.tag, this.attrs, widget);
    });
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.code);
      this.copied = 'Gekopieerd';
    } catch {
      // No clipboard (an http: site, a browser that asks): select the code to copy by hand.
      getSelection()?.selectAllChildren(this.renderRoot.querySelector('pre code.code')!);
      this.copied = 'De code is geselecteerd: kopieer met Ctrl+C (Cmd+C op een Mac).';
    }
  }

  private choose(event: Event): void {
    this.hosting = hosting = (event.target as HTMLInputElement).value as Hosting;
  }

  private chooseForm(event: Event): void {
    this.form = form = (event.target as HTMLInputElement).value as Form;
  }

  private typePath(event: Event): void {
    this.ownPath = ownPath = (event.target as HTMLInputElement).value;
  }

  protected override render() {
    const npm = this.hosting === 'npm';
    return html`
      <section aria-labelledby="title">
        <h2 id="title">Op je site zetten</h2>
        <fieldset @change=${this.chooseForm}>
          <legend>Hoe zet je de widget op je pagina?</legend>
          <label>
            <input type="radio" name="form" value="html" .checked=${this.form === 'html'} />
            Als HTML, in een blok dat HTML en scripts bewaart
          </label>
          <label>
            <input type="radio" name="form" value="cms" .checked=${this.form === 'cms'} />
            Als tekst in de editor van je CMS (WordPress, Drupal en andere), zonder HTML
          </label>
        </fieldset>
        <fieldset @change=${this.choose}>
          <legend>Waar staan de bestanden van de widgets?</legend>
          <label>
            <input type="radio" name="hosting" value="own" .checked=${!npm} />
            Op je eigen site: een kopie van de map <code>dist/cdn/</code> (aangeraden)
          </label>
          <label>
            <input type="radio" name="hosting" value="npm" .checked=${npm} />
            Bij jsDelivr, een openbare npm-CDN, versie ${VERSION} (als je CMS geen scriptbestanden kan opslaan)
          </label>
        </fieldset>
        ${npm
          ? html`<p class="warning">
              <strong>Privacy:</strong> jsDelivr ziet bij elk bezoek aan je pagina het IP-adres van de bezoeker en op welke
              website die is. Voor iemand die uitgebuit wordt, is dat een spoor buiten je eigen site. Welke pagina het is, stuurt
              het codefragment niet mee.
              De <code>integrity</code>-hash controleert het eerste bestand; de bestanden die het daarna laadt (code per widget,
              talen) liggen vast door het versienummer, maar de browser controleert hun hash niet.
            </p>`
          : html`<p>
                <label for="path">Pad naar de map op je site</label>
                <input id="path" type="text" spellcheck="false" .value=${this.ownPath} @input=${this.typePath} />
              </p>
              <p class="hint">Vul dit één keer in: het blijft staan zolang dit venster open is. Er gaat dan geen verzoek naar een andere site.</p>`}
        ${this.form === 'cms'
          ? html`<p>
                De beheerder van het thema zet deze regel één keer in de <code>&lt;head&gt;</code> van de site:
              </p>
              <pre><code class="theme">${cmsScript(moduleFolder(this.hosting, this.ownPath, VERSION), npm)}</code></pre>
              <p>Daarna typt of plakt een redacteur dit in een pagina, elke regel een eigen alinea:</p>`
          : nothing}
        <pre><code class="code">${this.code}</code></pre>
        <p>
          <button type="button" @click=${this.copy}>Codefragment kopiëren</button>
          <span role="status">${this.copied}</span>
        </p>
        ${built ? nothing : html`<p class="warning">Nog geen <code>integrity</code>-hash: die komt er na <code>npm run build</code>.</p>`}
        <p>
          Content-Security-Policy die de widgets nodig hebben: <code>${cspLine(this.hosting)}</code>
          ${npm ? html`(scripts ook van ${NPM_CDN})` : html`(niets buiten je eigen site)`}. Partnerdata met <code>src</code>
          staat op je eigen site.
        </p>
      </section>
    `;
  }

  static override styles = css`
    :host {
      display: block;
      margin-block-start: 2rem;
      font: 14px/1.5 system-ui, sans-serif;
      color: #1b1b1b;
    }
    section {
      border: 1px solid #8a94a3;
      border-radius: 0.375rem;
      padding: 0 1rem;
    }
    h2 {
      font-size: 1.15em;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
    }
    label {
      display: block;
      margin-block: 0.25rem;
    }
    input[type='text'] {
      inline-size: min(100%, 30rem);
      font: inherit;
      padding: 0.25rem;
    }
    pre {
      background: #f3f3f3;
      padding: 0.75rem;
      overflow-x: auto;
      white-space: pre-wrap;
    }
    button {
      font: inherit;
      min-block-size: 44px;
      padding-inline: 1rem;
    }
    button:focus-visible,
    input:focus-visible {
      outline: 3px solid #1b1b1b;
      outline-offset: 2px;
      box-shadow: 0 0 0 6px #ffdd00;
    }
    .warning {
      border-inline-start: 4px solid #a4001b;
      padding-inline-start: 0.5rem;
    }
  `;
}
customElements.define('mh-snippet-block', SnippetBlock);

declare global {
  interface HTMLElementTagNameMap {
    'mh-snippet-block': SnippetBlock;
  }
}

/**
 * Adds the snippet block under a widget's story: on its own, and on the docs page under the
 * first story, which the Controls there drive. A story whose markup the controls do not make
 * (a theme, a slot) sets `parameters: { snippet: false }`.
 */
export const withSnippetBlock: Decorator = (story, context) => {
  const onDocsPage = context.viewMode === 'docs';
  const primary = context.canvasElement?.closest('[id^="anchor--primary--"]');
  if (!context.component || context.parameters.snippet === false || (onDocsPage && !primary)) return story();
  // Dutch, as the workbench is; the page around it (Storybook's frame) says lang="en".
  return html`${story()}<mh-snippet-block
      lang="nl"
      tag=${context.component}
      .attrs=${chosenAttributes(context.args, context.argTypes)}
    ></mh-snippet-block>`;
};
