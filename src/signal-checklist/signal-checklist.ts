import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { asText, parseChoice, parseHeadingLevel, parseTokenList, type HeadingLevel } from '../shared/attributes.js';
import { baseStyles } from '../shared/base.styles.js';
import { FORMS, formLabel, type Form } from '../shared/forms.js';
// The next steps are a <report-cta>: its class module (no side effects; define/signal-checklist.ts registers it).
import { heading } from '../shared/heading.js';
import { OpenNowController } from '../shared/hours.js';
import { warnOnce } from '../shared/warn.js';
import { WidgetElement } from '../shared/widget-element.js';
import { renderCaveat, renderGuidance, renderSummary } from './guidance.js';
import {
  PERSPECTIVES,
  summarize,
  type SignalChecklistPerspective,
  type SignalChecklistSummary,
} from './level.js';
import { signalChecklistStyles } from './signal-checklist.styles.js';
import {
  aboutForm,
  aboutTrafficking,
  SIGNALS,
  type Signal,
  type SignalGroup,
} from './signals.js';

export const SIGNAL_CHECKLIST_AUDIENCES = ['public', 'professional'] as const;
export type SignalChecklistAudience = (typeof SIGNAL_CHECKLIST_AUDIENCES)[number];

const TAG = 'signal-checklist';
const GROUPS: readonly SignalGroup[] = ['general', 'sexual', 'labour', 'criminal'];

/**
 * A checklist of the signals of human trafficking: a visitor ticks what they have seen and
 * gets calm guidance with one-tap next steps, growing with how worrying the signals are. It
 * speaks to a visitor worried about someone else, or to the person it may be happening to
 * (`perspective`); by default it first asks which. The
 * next steps are a `<report-cta>` (the same channels and numbers), so the define module defines
 * both elements.
 * Nothing is stored, and leaving the page forgets every answer and tick, also for the browser's
 * Back. Session recorders and heat maps are kept out (docs/privacy.md).
 *
 * Without JavaScript, visitors see whatever is written inside the tag: put a short text and
 * the numbers there, e.g. `<signal-checklist><p>In gevaar? Bel 112. Twijfel je? Bel CoMensha: 033 448 11 86.</p></signal-checklist>`.
 *
 * @tagname signal-checklist
 * @summary Tick the signals you have seen; get guidance and one-tap `tel:` next steps.
 *
 * @attr {string} forms - Forms of exploitation to show: space-separated tokens out of `sexual labour criminal organ` (default all). General signals are always shown. Unknown tokens are dropped with a warning; when none is valid, all.
 * @attr {"ask" | "self" | "other"} perspective - Whom the signals are about: `self` (the visitor's own situation: "Je moet je paspoort afgeven", with help for victims first and a note on call history), `other` (someone else: "Heeft het eigen paspoort niet zelf"), or `ask` (default): two large choices ask first, and the visitor can change the answer at any time (kept in memory only). Invalid values give `ask` with a warning.
 * @attr {"public" | "professional"} audience - `public` (default), or `professional` to add the signals professionals are trained to notice and point to CoMensha's helpdesk.
 * @attr {string} heading-level - Level of the widget's heading, 1–6 (default 2); group headings are one level lower.
 * @attr {string} lang - The widget's language; without it, its nearest ancestor's `lang`, as in HTML (see docs/partners.md, "Language").
 * @attr {boolean} recordable - Lets session recorders and heat maps record the checklist, only with `perspective="other"` (a bystander's checklist); otherwise ignored. By default the widget carries each common recorder's marker to leave it out (docs/privacy.md).
 *
 * @fires {CustomEvent<ReportCtaSelectDetail>} report-cta-select - From the embedded `<report-cta>`: a visitor activated a next step (see `<report-cta>`).
 * @fires {CustomEvent<SignalChecklistSummary>} signal-checklist-change - Only with `perspective="other"`: the ticks changed (by the visitor, `checked` or `reset()`). `detail = { signals, forms, level, perspective }`: ids of the ticked signals, the forms with a tick, `none`, `some`, `several` or `acute`, and `other`. Bubbles and is composed. With `self` or `ask` nothing leaves the widget: no event reaches the page; a plain `Event` of that name in the widget's shadow root, with nothing in it, tells a `<help-orgs for>` to read `summary` again (see docs/privacy.md).
 *
 * @slot - Fallback content, shown before the script runs or without JavaScript.
 *
 * @csspart base - The widget's box.
 * @csspart heading - The headings.
 * @csspart perspective - The question "Gaat het om jezelf of om iemand anders?" (`ask` only).
 * @csspart perspective-choice - Each of its two answers (buttons, `aria-pressed` on the chosen one).
 * @csspart help - In `self`: the help for victims, before the ways to report.
 * @csspart safety - In `self`: the note that a call shows in the list of recent calls and on the phone bill.
 * @csspart open-now - In `self`: whether CoMensha's line is open now (as in `<report-cta>`).
 * @csspart reachable - In `self`, under CoMensha's line when it is not surely open: 112 and Veilig Thuis, day and night, as call links.
 * @csspart caveat - The note that signals can also point to other problems.
 * @csspart group - One group of signals (a fieldset), and the organ removal section.
 * @csspart signal - One signal: its checkbox and label.
 * @csspart summary - The live summary of what was ticked.
 * @csspart guidance - The next steps: a `<report-cta>` with the channels that fit the level (style it with its own parts, e.g. `signal-checklist::part(guidance)` for the box).
 * @csspart reset - The button that clears every tick.
 *
 * @cssprop --mh-color-text - Text colour (default #1b1b1b).
 * @cssprop --mh-color-muted-text - Secondary text such as opening hours (default #4a4a4a).
 * @cssprop --mh-color-background - Background of the widget (default #ffffff).
 * @cssprop --mh-color-surface - Background of the summary and the caveat (default #f3f5f8).
 * @cssprop --mh-color-border - Border colour (default #8a94a3).
 * @cssprop --mh-color-accent - Links and call buttons (default #154273).
 * @cssprop --mh-color-accent-text - Text on call buttons (default #ffffff).
 * @cssprop --mh-color-emergency - The 112 button (default #a4001b).
 * @cssprop --mh-color-emergency-text - Text on the 112 button (default #ffffff).
 * @cssprop --mh-focus-color - Focus outline (default #1b1b1b).
 * @cssprop --mh-focus-halo-color - Halo around the focus outline (default #ffdd00).
 * @cssprop --mh-border-radius - Corner radius (default 0.375rem).
 * @cssprop --mh-space - Base spacing (default 1rem).
 * @cssprop --mh-target-size - Smallest size of a tap target (default 44px).
 * @cssprop --mh-heading-font-size - Heading size (default 1.25em).
 */
export class SignalChecklist extends WidgetElement {
  static override styles = [baseStyles, signalChecklistStyles];
  /** The checklist's own texts: split off each language's file, loaded only where a checklist is. */
  static override languageParts = ['signal-checklist'] as const;

  static override properties = {
    forms: { type: String },
    audience: { type: String },
    perspective: { type: String },
    headingLevel: { type: String, attribute: 'heading-level' },
    recordable: { type: Boolean },
    ticked: { state: true, attribute: false },
    answer: { state: true, attribute: false },
  };

  /** Forms to show (the `forms` attribute). */
  declare forms: string | null;
  /** `public` or `professional` (the `audience` attribute). */
  declare audience: string | null;
  /** `ask`, `self` or `other` (the `perspective` attribute). */
  declare perspective: string | null;
  /** Heading level 1–6 (the `heading-level` attribute). */
  declare headingLevel: string | null;
  /** Lets session recorders record a bystander's checklist (the `recordable` attribute). */
  declare recordable: boolean;
  /** Ids of the ticked signals, shown or not (pruned before each render). */
  declare private ticked: ReadonlySet<string>;
  /** The visitor's answer to the `ask` question; in memory only. */
  declare private answer: SignalChecklistSummary['perspective'];

  private shownForms: Form[] = [...FORMS];
  private shownAudience: SignalChecklistAudience = 'public';
  private shownHeadingLevel: HeadingLevel = 2;
  /** The last summary announced; before the first render, none. */
  private announced: string | undefined;
  /** The `perspective` value last parsed, and what it gave. */
  private parsedPerspective?: { from: unknown; to: SignalChecklistPerspective };
  private readonly openNow = new OpenNowController(this);

  constructor() {
    super();
    this.forms = null;
    this.audience = null;
    this.perspective = null;
    this.headingLevel = null;
    this.recordable = false;
    this.ticked = new Set();
    this.answer = null;
  }

  /**
   * The `perspective` attribute, parsed once per value: when first read rather than in
   * `willUpdate`, so `summary` is right before the first render.
   */
  private get shownPerspective(): SignalChecklistPerspective {
    if (this.parsedPerspective?.from !== this.perspective) {
      this.parsedPerspective = { from: this.perspective, to: parseChoice(TAG, 'perspective', this.perspective, PERSPECTIVES) };
    }
    return this.parsedPerspective.to;
  }

  /** Whom the signals are about now: the page's choice, or the visitor's answer (null: not yet). */
  private get about(): SignalChecklistSummary['perspective'] {
    const perspective = this.shownPerspective;
    return perspective === 'ask' ? this.answer : perspective;
  }

  /**
   * The signals on screen: the general ones and those of the forms shown. About someone else,
   * the professional ones for professionals only; about oneself, every signal with a text for
   * it (a person knows whether they can refuse clients); before the `ask` answer, none.
   */
  private get shownSignals(): Signal[] {
    const about = this.about;
    const professional = this.shownAudience === 'professional';
    return SIGNALS.filter(
      (signal) =>
        (signal.group === 'general' || this.shownForms.includes(signal.group)) &&
        (about === 'self' ? !!signal.self : about === 'other' && (professional || !signal.professional)),
    );
  }

  /** What is ticked now: the same shape as the `signal-checklist-change` event's detail. */
  get summary(): SignalChecklistSummary {
    return summarize(
      this.shownSignals.filter((signal) => this.ticked.has(signal.id)),
      this.about,
    );
  }

  /**
   * Ids of the ticked signals. Set it to tick signals; ids the checklist does not show are
   * ignored. While `ask` waits for the visitor's answer, ticks are kept and show once answered.
   */
  get checked(): string[] {
    return this.summary.signals;
  }

  set checked(ids: readonly string[]) {
    const list = Array.isArray(ids) ? ids.map(asText) : [];
    const unknown = list.filter((id) => !SIGNALS.some((signal) => signal.id === id));
    if (unknown.length > 0) warnOnce(`<${TAG}> checked: ignored unknown signals ${unknown.join(', ')}.`);
    this.ticked = new Set(list);
  }

  /** Clears every tick. */
  reset(): void {
    this.ticked = new Set();
  }

  protected override forget(): void {
    // Taken out of the page mid-answer: it starts again, and says so once.
    if (!this.isConnected && (this.answer || this.ticked.size)) warnOnce(`<${TAG}> removed while in use: reset.`);
    super.forget();
    this.ticked = new Set();
    this.answer = null;
  }

  /** Recorded only about someone else by the page's choice: otherwise it may show the visitor's own situation. */
  protected override get recorded(): boolean {
    return this.recordable && this.shownPerspective === 'other';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another perspective (or one it does not know, which gives `ask`) starts again: an answer
    // and ticks about oneself never carry over to a checklist the page changed.
    if (changed.has('perspective') && this.hasUpdated) this.forget();
    if (changed.has('forms')) {
      this.shownForms = parseTokenList(TAG, 'forms', this.forms, FORMS, FORMS);
    }
    if (changed.has('audience')) {
      this.shownAudience = parseChoice(TAG, 'audience', this.audience, SIGNAL_CHECKLIST_AUDIENCES);
    }
    if (changed.has('headingLevel')) {
      this.shownHeadingLevel = parseHeadingLevel(TAG, this.headingLevel);
    }
    // A tick on a signal that is no longer shown is forgotten, not kept out of sight. Before the
    // visitor answers `ask`, nothing is shown and nothing is forgotten.
    const summary = this.summary;
    if (summary.perspective && summary.signals.length !== this.ticked.size) this.ticked = new Set(summary.signals);
  }

  protected override updated(): void {
    const summary = this.summary;
    const key = JSON.stringify(summary);
    // The first render announces only what differs from nothing ticked (ticks set before it).
    this.announced ??= JSON.stringify(summarize([], summary.perspective));
    if (key === this.announced) return;
    this.announced = key;
    // Only a bystander's checklist tells the page (an event that bubbles). Every change is noticed
    // in the shadow root too, with nothing in it: no listener of the page hears it, and a
    // <help-orgs for> listening there reads `summary`.
    if (this.shownPerspective === 'other') this.emit<SignalChecklistSummary>('signal-checklist-change', summary);
    this.renderRoot.dispatchEvent(new Event('signal-checklist-change'));
  }

  protected renderContent(): TemplateResult {
    const level = this.shownHeadingLevel;
    const sub = Math.min(level + 1, 6) as HeadingLevel;
    const summary = this.summary;
    const about = summary.perspective;
    return html`
      <section aria-labelledby="heading">
        ${heading(level, 'heading', msg('Signalen van mensenhandel herkennen', { id: 'check.heading' }))}
        <p>${aboutTrafficking()}</p>
        ${this.shownPerspective === 'ask' ? this.renderQuestion(about, sub) : nothing}
        ${about
          ? html`<p class="intro">
                ${about === 'self'
                  ? msg('Vink aan wat voor jou klopt. Deze website bewaart niet wat je aanvinkt. Sluit het tabblad als je klaar bent.', { id: 'check.intro.self' })
                  : msg('Maak je je zorgen over iemand? Vink aan wat je ziet. Deze website bewaart niet wat je aanvinkt. Sluit het tabblad als je klaar bent.', { id: 'check.intro.other' })}
              </p>
              ${renderCaveat(about)}
              <div class="groups" @change=${this.toggle}>
                ${GROUPS.filter((group) => group === 'general' || this.shownForms.includes(group)).map((group) =>
                  this.renderGroup(group, sub),
                )}
              </div>
              ${this.shownForms.includes('organ') ? this.renderOrgan(sub) : nothing}
              <div class="summary ${summary.level}" part="summary" role="status">${renderSummary(summary)}</div>`
          : nothing}
        ${renderGuidance(summary, sub, this.shownAudience === 'professional', this.shownForms, this.openNow)}
        ${about
          ? html`<button type="button" class="target reset" part="reset" @click=${this.reset}>
              ${msg('Alle vinkjes wissen', { id: 'check.clear', desc: 'A button that unticks every signal.' })}
            </button>`
          : nothing}
      </section>
    `;
  }

  /** The `ask` question: two large choices that stay, so the answer can be changed at any time. */
  private renderQuestion(about: SignalChecklistSummary['perspective'], level: HeadingLevel): TemplateResult {
    const choice = (value: 'self' | 'other', label: string) =>
      html`<button
        type="button"
        class="target choice"
        part="perspective-choice"
        aria-pressed=${about === value ? 'true' : 'false'}
        @click=${() => (this.answer = value)}
      >
        ${label}
      </button>`;
    return html`
      <div class="perspective" part="perspective" role="group" aria-labelledby="perspective">
        ${heading(level, 'perspective', msg('Gaat het om jezelf of om iemand anders?', { id: 'check.perspective' }))}
        <div class="choices">${choice('self', msg('Het gaat om mij', { id: 'who.self', desc: 'A choice: the visitor fears it is happening to themselves.' }))} ${choice('other', msg('Ik maak me zorgen om een ander', { id: 'who.other', desc: 'A choice: the visitor is worried about someone else.' }))}</div>
      </div>
    `;
  }

  private renderGroup(group: SignalGroup, level: HeadingLevel): TemplateResult {
    const signals = this.shownSignals.filter((signal) => signal.group === group);
    const ticked = signals.some((signal) => this.ticked.has(signal.id));
    return html`
      <fieldset class=${ticked ? 'group has-ticks' : 'group'} part="group" data-group=${group}>
        <legend>
          ${heading(level, `group-${group}`, group === 'general' ? msg('Signalen bij alle vormen', { id: 'check.general', desc: 'Heading of the signals that hold for every form of exploitation.' }) : formLabel(group))}
        </legend>
        ${group === 'general' ? nothing : html`<p class="about">${aboutForm(group)}</p>`}
        <ul class="signals">
          ${signals.map((signal) => {
            const on = this.ticked.has(signal.id);
            return html`<li class=${on ? 'signal ticked' : 'signal'} part="signal">
              <label><input type="checkbox" value=${signal.id} .checked=${on} /><span>${this.about === 'self' ? signal.self!() : signal.text()}</span></label>
            </li>`;
          })}
        </ul>
      </fieldset>
    `;
  }

  private renderOrgan(level: HeadingLevel): TemplateResult {
    return html`
      <section class="group organ" part="group" data-group="organ" aria-labelledby="group-organ">
        ${heading(level, 'group-organ', formLabel('organ'))}
        <p class="about">${aboutForm('organ')}</p>
      </section>
    `;
  }

  private toggle(event: Event): void {
    const input = event.target as HTMLInputElement;
    const ticked = new Set(this.ticked);
    if (input.checked) ticked.add(input.value);
    else ticked.delete(input.value);
    this.ticked = ticked;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signal-checklist': SignalChecklist;
  }
  interface HTMLElementEventMap {
    'signal-checklist-change': CustomEvent<SignalChecklistSummary>;
  }
}
