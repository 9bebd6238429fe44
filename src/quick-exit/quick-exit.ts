import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { asText, parseChoice } from '../shared/attributes.js';
import { baseStyles } from '../shared/base.styles.js';
import { toWebHref } from '../shared/links.js';
import { warnOnce } from '../shared/warn.js';
import { WidgetElement } from '../shared/widget-element.js';
import { quickExitStyles } from './quick-exit.styles.js';
import { PRESSES_TO_LEAVE, resetShortcut, subscribe, unsubscribe, type ShortcutSubscriber } from './shortcut.js';

export const QUICK_EXIT_POSITIONS = ['fixed', 'inline'] as const;
export type QuickExitPosition = (typeof QUICK_EXIT_POSITIONS)[number];
export const QUICK_EXIT_SHORTCUTS = ['shift', 'none'] as const;
export type QuickExitShortcut = (typeof QUICK_EXIT_SHORTCUTS)[number];

/** How the visitor left: the button (or the fallback link) or Shift pressed three times. */
export type QuickExitTrigger = 'button' | 'shortcut';

/** `detail` of the `quick-exit-leave` event. */
export interface QuickExitLeaveDetail {
  href: string;
  trigger: QuickExitTrigger;
}

/** A neutral, popular Dutch site: a destination that gives nothing away to someone watching. */
export const DEFAULT_EXIT_HREF = 'https://www.buienradar.nl/';

const TAG = 'quick-exit';

/**
 * A "Snel weg" button that leaves the page at once for a neutral website, for a visitor who
 * may be watched. Shift pressed three times does the same. The page is hidden at once and the
 * help page is replaced in the history, so Back does not return to it. Browsing history is
 * not erased: the widget says so, with a short tip on browsing safely.
 *
 * Without JavaScript, the link written inside the tag still leaves:
 * `<quick-exit><a href="https://www.buienradar.nl/" rel="noreferrer">Snel weg</a></quick-exit>`.
 * Without an `href` attribute, the widget leaves for that link's https: address.
 *
 * @tagname quick-exit
 * @summary A "Snel weg" button and the Shift ×3 shortcut that leave the page at once.
 *
 * @attr {string} href - Where to go: an https: address (default https://www.buienradar.nl/, or the fallback link's address). Anything else gives the default and one warning.
 * @attr {"fixed" | "inline"} position - `fixed` (default): the button stays in the top corner at the end of the line (top right, top left in right-to-left pages); put the element first in `<body>`. `inline`: the button where the element is.
 * @attr {"shift" | "none"} shortcut - `shift` (default): Shift pressed three times leaves. `none` turns the shortcut off.
 * @attr {string} safety-href - The partner's page about browsing safely (https:), linked from the tip.
 * @attr {string} lang - The widget's language; without it, its nearest ancestor's `lang`, as in HTML (see docs/partners.md, "Language").
 *
 * @fires {CustomEvent<QuickExitLeaveDetail>} quick-exit-leave - The visitor is leaving, just before the page is replaced. `detail = { href, trigger }`, `trigger` one of `button`, `shortcut`. Bubbles and is composed; it cannot be cancelled, so no script on the page can keep a visitor here. The widget itself counts nothing.
 *
 * @slot - Fallback content: the link shown before the script runs or without JavaScript.
 *
 * @csspart base - The widget's box, holding the tip in the page.
 * @csspart button - The "Snel weg" link, styled as a button.
 * @csspart indicator - One of the three dots that show the Shift presses so far.
 * @csspart tip - "Snel weg wist je geschiedenis niet.", opening to a tip on browsing safely.
 * @csspart safety-link - The link to the partner's safety page.
 * @csspart overlay - What covers the page while it is left.
 *
 * @cssprop --mh-color-emergency - The button's background (default #a4001b).
 * @cssprop --mh-color-emergency-text - The button's text (default #ffffff).
 * @cssprop --mh-color-background - The overlay (default #ffffff).
 * @cssprop --mh-color-text - Text colour (default #1b1b1b).
 * @cssprop --mh-color-accent - Links (default #154273).
 * @cssprop --mh-focus-color - Focus outline (default #1b1b1b).
 * @cssprop --mh-focus-halo-color - Halo around the focus outline (default #ffdd00).
 * @cssprop --mh-border-radius - Corner radius (default 0.375rem).
 * @cssprop --mh-space - Base spacing, and the button's distance from the corner (default 1rem).
 * @cssprop --mh-target-size - Smallest size of the button (default 44px).
 */
export class QuickExit extends WidgetElement {
  static override styles = [baseStyles, quickExitStyles];

  static override properties = {
    href: { type: String },
    position: { type: String },
    shortcut: { type: String },
    safetyHref: { type: String, attribute: 'safety-href' },
  };

  /** Where to go (the `href` attribute). */
  declare href: string | null;
  /** `fixed` or `inline` (the `position` attribute). */
  declare position: string | null;
  /** `shift` or `none` (the `shortcut` attribute). */
  declare shortcut: string | null;
  /** The partner's safety page (the `safety-href` attribute). */
  declare safetyHref: string | null;

  /** Shift presses so far, and whether this element announces them (the shortcut's state). */
  private presses = 0;
  private leading = false;

  private readonly subscriber: ShortcutSubscriber = {
    progress: (presses, lead) => {
      this.presses = presses;
      this.leading = lead;
      this.requestUpdate();
    },
    leave: () => this.leave('shortcut'),
  };

  // The attributes as parsed for this update (willUpdate): render reads these.
  declare private shownPosition: QuickExitPosition;
  declare private shortcutOn: boolean;
  declare private shownSafety: string | undefined;
  declare private shownHref: string;

  constructor() {
    super();
    this.href = null;
    this.position = null;
    this.shortcut = null;
    this.safetyHref = null;
    // The fallback link leaves the same way while the widget waits for its language.
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest?.('a');
      if (link && this.contains(link)) this.leave('button', event);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page; the first time, the first update reads the attribute.
    if (this.hasUpdated) this.syncShortcut();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unsubscribe(this.subscriber);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('position')) this.shownPosition = parseChoice(TAG, 'position', this.position, QUICK_EXIT_POSITIONS);
    if (changed.has('shortcut')) {
      this.shortcutOn = parseChoice(TAG, 'shortcut', this.shortcut, QUICK_EXIT_SHORTCUTS) === 'shift';
      this.syncShortcut();
    }
    if (changed.has('safetyHref')) {
      const safetyText = asText(this.safetyHref);
      this.shownSafety = toWebHref(safetyText);
      if (safetyText && !this.shownSafety) {
        warnOnce(`<${TAG}> safety-href "${safetyText}" is not an https: address; the link is left out.`);
      }
    }
    if (changed.has('href')) this.shownHref = this.destination();
  }

  private syncShortcut(): void {
    if (this.shortcutOn && this.isConnected) subscribe(this.subscriber);
    else unsubscribe(this.subscriber);
  }

  /** The https: address to leave for: `href`, else the fallback link's, else the default. */
  private destination(): string {
    const attribute = this.href !== null && this.href !== undefined;
    const given = attribute ? asText(this.href) : this.querySelector('a')?.getAttribute('href');
    if (given == null) return DEFAULT_EXIT_HREF;
    const href = toWebHref(given);
    if (!href) {
      warnOnce(
        `<${TAG}> ${attribute ? 'href' : 'fallback link'} "${given}" is not an https: address; using ${DEFAULT_EXIT_HREF}.`,
      );
    }
    return href ?? DEFAULT_EXIT_HREF;
  }

  protected override render(): TemplateResult {
    // The overlay is there even while the language loads: leaving must hide the page at once.
    return html`${super.render()}
      <dialog part="overlay" class="overlay" @cancel=${(event: Event) => event.preventDefault()}>
        <p>${msg('Laden…', { id: 'exit.loading', desc: 'Shown on the neutral page while the browser leaves for another website.' })}</p>
      </dialog>`;
  }

  protected renderContent(): TemplateResult {
    const safety = this.shownSafety;
    return html`
      <div class=${this.shownPosition}>
        <a
          class="target button"
          part="button"
          href=${this.shownHref}
          rel="noreferrer"
          @click=${(event: Event) => this.leave('button', event)}
          >${msg('Snel weg', { id: 'exit.button', desc: 'The name of a button that leaves this website at once (Quick exit).' })}${this.presses > 0
            ? html`<span class="indicators" aria-hidden="true"
                >${Array.from(
                  { length: PRESSES_TO_LEAVE },
                  (_, i) => html`<span part="indicator" class=${i < this.presses ? 'indicator on' : 'indicator'}></span>`,
                )}</span
              >`
            : nothing}</a
        >
        <details class="tip" part="tip">
          <summary>${msg('Snel weg wist je geschiedenis niet.', { id: 'exit.tip', desc: 'Opens a short tip; "Snel weg" is the name of the quick exit button.' })}</summary>
          <p>
            ${msg('Snel weg brengt je meteen naar een andere website.', { id: 'exit.tip.what' })}
            ${this.shortcutOn ? msg('Je kunt ook 3 keer op Shift drukken.', { id: 'exit.tip.shift' }) : nothing}
          </p>
          <p>
            ${msg(
              'Veiliger internetten: gebruik een privévenster, wis daarna je geschiedenis, of gebruik een telefoon of computer die de persoon voor wie je bang bent niet kan bekijken of controleren.',
              { id: 'exit.tip.safer' },
            )}
          </p>
          ${safety
            ? html`<p><a part="safety-link" href=${safety}>${msg('Meer over veilig internetten', { id: 'exit.tip.more', desc: 'A link to a partner\'s page about safe internet use.' })}</a></p>`
            : nothing}
        </details>
        <p class="visually-hidden" role="status">${this.leading ? this.statusText() : ''}</p>
      </div>
    `;
  }

  private statusText(): string {
    switch (PRESSES_TO_LEAVE - this.presses) {
      case 2:
        return msg('Druk nog 2 keer op Shift om deze website te verlaten.', { id: 'exit.shift2', desc: 'Said after the visitor pressed Shift once.' });
      case 1:
        return msg('Druk nog 1 keer op Shift om deze website te verlaten.', { id: 'exit.shift1', desc: 'Said after the visitor pressed Shift twice.' });
      default:
        return '';
    }
  }

  /**
   * Leaves for the destination: hides the page at once, tells the host, then replaces this
   * page in the history. There is deliberately no way to stop it: a cancelable event would let
   * any script on the page (or a stray preventDefault) keep a watched visitor on a help page.
   * Tests watch the navigation through the browser's own Navigation API instead.
   */
  private leave(trigger: QuickExitTrigger, click?: Event): void {
    click?.preventDefault();
    // Before the first update (the fallback link, clicked at once) nothing is parsed yet.
    const href = this.hasUpdated ? this.shownHref : this.destination();
    const overlay = this.renderRoot.querySelector('dialog');
    try {
      if (overlay && !overlay.open) overlay.showModal();
    } catch {
      // Not shown (a hidden ancestor, an old browser): leaving matters more than hiding.
    }
    this.emit<QuickExitLeaveDetail>('quick-exit-leave', { href, trigger });
    // location.replace() has no rel="noreferrer": the page's policy decides what the
    // destination learns, so say "nothing" before going. A policy cannot be taken back, and
    // a stricter one does no harm if the visitor comes back.
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    document.head.append(meta);
    location.replace(href);
  }

  /** Back from the back/forward cache: show the page again, as it was (the base forgets the rest). */
  override handleEvent(event: PageTransitionEvent): void {
    super.handleEvent(event);
    if (event.type !== 'pageshow') return;
    this.renderRoot.querySelector('dialog')?.close();
    resetShortcut();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'quick-exit': QuickExit;
  }
  interface HTMLElementEventMap {
    'quick-exit-leave': CustomEvent<QuickExitLeaveDetail>;
  }
}
