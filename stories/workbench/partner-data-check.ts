import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { checkPartnerData, type CheckResult, type Problem } from './partner-problems.js';

/**
 * "Partnerdata controleren": a web editor pastes a partner file or picks one, sees every record
 * and field that <help-orgs> leaves out and why, and the widget with the result beside it.
 * The file is read in the browser; nothing is sent anywhere.
 */
export class PartnerDataCheck extends LitElement {
  static override properties = {
    sample: { type: String },
    text: { type: String },
    result: { state: true },
  };

  /** A file to start from. */
  declare sample: string;
  /** The file's text. */
  declare text: string;
  declare result: CheckResult | null;

  private sampleUrl = '';

  constructor() {
    super();
    this.sample = '';
    this.text = '';
    this.result = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    URL.revokeObjectURL(this.sampleUrl);
    this.sampleUrl = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('text')) this.result = this.text.trim() ? checkPartnerData(this.text) : null;
    if (changed.has('sample')) {
      URL.revokeObjectURL(this.sampleUrl);
      this.sampleUrl = this.sample ? URL.createObjectURL(new Blob([this.sample], { type: 'application/json' })) : '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('result')) this.preview();
  }

  /** A fresh <help-orgs> with the file inline, as a partner's page has it. */
  private preview(): void {
    const slot = this.renderRoot.querySelector('.preview')!;
    slot.replaceChildren();
    if (!this.result?.records) return;
    const widget = document.createElement('help-orgs');
    widget.setAttribute('mode', 'replace');
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = this.text;
    widget.append(data);
    slot.append(widget);
  }

  private async pick(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) this.text = await file.text();
  }

  private describe(problem: Problem) {
    if (problem.index === null) return html`<li><strong>Het hele bestand:</strong> ${problem.reason}</li>`;
    const who = `Organisatie ${problem.index + 1}${problem.id ? ` (id "${problem.id}")` : ''}`;
    const what = problem.kind === 'skipped' ? 'wordt niet getoond' : 'wordt getoond, maar zonder dit veld';
    return html`<li>
      <strong>${who}</strong> ${what}. Veld <code>${problem.field}</code>: ${problem.reason}
    </li>`;
  }

  private renderResult(result: CheckResult) {
    const total = result.records?.length ?? 0;
    return html`
      <p>
        ${result.records
          ? `${result.shown} van de ${total} organisaties ${total === 1 ? 'wordt' : 'worden'} getoond.`
          : 'Het widget kan dit bestand niet gebruiken: het toont dan alleen de landelijke organisaties.'}
        ${result.problems.length === 0 ? 'Er is niets weggelaten.' : ''}
      </p>
      ${result.problems.length ? html`<ol class="problems">${result.problems.map((problem) => this.describe(problem))}</ol>` : nothing}
    `;
  }

  protected override render() {
    return html`
      <div class="columns">
        <div>
          <h2>Partnerdata controleren</h2>
          <p>
            Plak je bestand met organisaties of kies het. Het widget controleert het hier, in je browser, zoals op je site:
            je ziet welke organisaties en velden het weglaat, en waarom. Er wordt niets verstuurd.
          </p>
          <p>
            <label for="file">Bestand kiezen (JSON)</label>
            <input id="file" type="file" accept=".json,application/json" @change=${this.pick} />
          </p>
          <p>
            <label for="text">Of plak de tekst van het bestand</label>
            <textarea id="text" rows="14" spellcheck="false" .value=${this.text} @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}></textarea>
          </p>
          ${this.sample
            ? html`<p>
                <button type="button" @click=${() => (this.text = this.sample)}>Voorbeeld invullen</button>
                <a href=${this.sampleUrl} download="partnerdata-voorbeeld.json">Voorbeeldbestand downloaden</a>
              </p>`
            : nothing}
          <section aria-labelledby="result-heading" aria-live="polite">
            <h3 id="result-heading">Uitkomst</h3>
            ${this.result ? this.renderResult(this.result) : html`<p>Nog geen bestand.</p>`}
          </section>
        </div>
        <div>
          <h3>Zo toont het widget je bestand</h3>
          <div class="preview"></div>
        </div>
      </div>
    `;
  }

  static override styles = css`
    :host {
      display: block;
      font: 15px/1.5 system-ui, sans-serif;
      color: #1b1b1b;
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr));
      gap: 2rem;
    }
    label {
      display: block;
      font-weight: 600;
    }
    textarea {
      box-sizing: border-box;
      inline-size: 100%;
      font: 13px/1.4 ui-monospace, monospace;
    }
    button {
      font: inherit;
      min-block-size: 44px;
      padding-inline: 1rem;
      margin-inline-end: 1rem;
    }
    :is(button, input, textarea, a):focus-visible {
      outline: 3px solid #1b1b1b;
      outline-offset: 2px;
      box-shadow: 0 0 0 6px #ffdd00;
    }
    .problems li {
      margin-block-end: 0.5rem;
    }
  `;
}
customElements.define('mh-partner-data-check', PartnerDataCheck);

declare global {
  interface HTMLElementTagNameMap {
    'mh-partner-data-check': PartnerDataCheck;
  }
}
