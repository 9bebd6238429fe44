import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { parseChoice, parseHeadingLevel, parseTokenList, type HeadingLevel } from '../shared/attributes.js';
import { baseStyles } from '../shared/base.styles.js';
import { callLink } from '../shared/call-link.js';
import { heading } from '../shared/heading.js';
import { OpenNowController, type Hours } from '../shared/hours.js';
import { renderReachable, surelyOpen } from '../shared/open-now.js';
import { renderReportSteps, reportStepsStyles } from './steps-disclosure.js';
import { channelOf } from '../shared/contacts.js';
import { displayHost, toMailHref, toPhoneLink, toWebHref } from '../shared/links.js';
import { WidgetElement } from '../shared/widget-element.js';
import { CHANNELS, CHANNEL_IDS, DEFAULT_CHANNELS, type ChannelId, type ReportChannel } from './channels.js';
import { reportCtaStyles } from './report-cta.styles.js';

export const REPORT_CTA_LAYOUTS = ['card', 'banner', 'compact'] as const;
export type ReportCtaLayout = (typeof REPORT_CTA_LAYOUTS)[number];

/** How a visitor reached a channel. */
export type ReportCtaVia = 'phone' | 'web' | 'email';

/** `detail` of the `report-cta-select` event. */
export interface ReportCtaSelectDetail {
  channel: ChannelId;
  via: ReportCtaVia;
}

const TAG = 'report-cta';

/**
 * How to report human trafficking, one tap away: 112 in danger, the police, Meld Misdaad
 * Anoniem, the Arbeidsinspectie for labour exploitation and CoMensha for advice.
 *
 * Without JavaScript, visitors see whatever is written inside the tag, so put the numbers
 * there as plain text: `<report-cta><p>In gevaar? Bel 112. …</p></report-cta>`.
 *
 * @tagname report-cta
 * @summary How to report, with one-tap `tel:` links to 112 and the national numbers.
 *
 * @attr {string} channels - Which channels to show, in this order: space-separated tokens out of `emergency police anonymous labour advice`. Default `emergency police anonymous advice`. Unknown tokens are dropped with a warning; when none is valid, the default.
 * @attr {"card" | "banner" | "compact"} layout - `card` (default), `banner` (full width, channels side by side) or `compact` (names and numbers only, for a sidebar).
 * @attr {string} heading-level - Level of the widget's heading, 1–6 (default 2), to fit the page's outline.
 * @attr {boolean} steps - Adds, under the channels, a disclosure "Wat gebeurt er als ik meld?" with the five steps that follow a report (closed by default, always printed).
 * @attr {string} lang - The widget's language; without it, its nearest ancestor's `lang`, as in HTML (see docs/partners.md, "Language").
 *
 * @fires {CustomEvent<ReportCtaSelectDetail>} report-cta-select - A visitor activated a channel. `detail = { channel, via }`, `via` one of `phone`, `web`, `email`. Bubbles and is composed; it never blocks the link. The widget itself counts nothing.
 *
 * @slot local - The partner's own reporting point, shown first.
 * @slot - Fallback content, shown before the script runs or without JavaScript.
 *
 * @csspart base - The widget's box.
 * @csspart heading - The heading.
 * @csspart channels - The list of channels.
 * @csspart channel - One channel.
 * @csspart channel-emergency - The 112 channel.
 * @csspart call - A channel's phone link.
 * @csspart details - Opening hours and notes.
 * @csspart open-now - Whether a line with opening hours is open now ("Nu open", "Nu gesloten · opent …" in Dutch time, or on a public holiday "Feestdag: misschien gesloten"). The page re-renders it when that changes.
 * @csspart reachable - Under a line that is not surely open (closed, a public holiday, or only "usually" open): what can be reached now, day and night, as call links: 112, and Veilig Thuis for domestic violence.
 * @csspart link - A channel's website or e-mail link.
 * @csspart steps - The "what happens after you report" disclosure.
 * @csspart steps-toggle - Its button.
 * @csspart steps-list - Its ordered list of steps.
 *
 * @cssprop --mh-color-text - Text colour (default #1b1b1b).
 * @cssprop --mh-color-muted-text - Secondary text such as opening hours (default #4a4a4a).
 * @cssprop --mh-color-background - Background of the widget (default #ffffff).
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
export class ReportCta extends WidgetElement {
  static override styles = [baseStyles, reportCtaStyles, reportStepsStyles];

  static override properties = {
    channels: { type: String },
    layout: { type: String },
    headingLevel: { type: String, attribute: 'heading-level' },
    steps: { type: Boolean },
    stepsOpen: { state: true, attribute: false },
  };

  /** Channels to show, in order (the `channels` attribute). */
  declare channels: string | null;
  /** `card`, `banner` or `compact` (the `layout` attribute). */
  declare layout: string | null;
  /** Heading level 1–6 (the `heading-level` attribute). */
  declare headingLevel: string | null;
  /** Shows what happens after you report (the `steps` attribute). */
  declare steps: boolean;
  /** @internal */
  declare private stepsOpen: boolean;

  // The attributes as parsed for this update (willUpdate): render reads these.
  declare private shownChannels: ChannelId[];
  declare private shownLayout: ReportCtaLayout;
  declare private shownHeadingLevel: HeadingLevel;
  private readonly openNow = new OpenNowController(this);

  constructor() {
    super();
    this.channels = null;
    this.layout = null;
    this.headingLevel = null;
    this.steps = false;
    this.stepsOpen = false;
  }

  protected override forget(): void {
    this.stepsOpen = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('channels')) {
      this.shownChannels = parseTokenList(TAG, 'channels', this.channels, CHANNEL_IDS, DEFAULT_CHANNELS);
    }
    if (changed.has('layout')) {
      this.shownLayout = parseChoice(TAG, 'layout', this.layout, REPORT_CTA_LAYOUTS);
    }
    if (changed.has('headingLevel')) {
      this.shownHeadingLevel = parseHeadingLevel(TAG, this.headingLevel);
    }
  }

  protected renderContent(): TemplateResult {
    return html`
      <section class=${this.shownLayout} aria-labelledby="heading">
        ${heading(this.shownHeadingLevel, 'heading', msg('Mensenhandel melden', { id: 'cta.heading' }))}
        <slot name="local"></slot>
        <ul class="channels" part="channels">
          ${this.shownChannels.map((id) => this.renderChannel(CHANNELS[id]))}
        </ul>
        ${this.steps ? renderReportSteps(this, this.stepsOpen, () => (this.stepsOpen = !this.stepsOpen)) : nothing}
      </section>
    `;
  }

  private renderChannel(channel: ReportChannel): TemplateResult {
    const compact = this.shownLayout === 'compact';
    const { contact } = channel;
    const call = channelOf(contact, 'phone')!;
    // Built-in numbers are checked by the tests; a number that fails here is a data error.
    const phone = toPhoneLink(call.value)!;
    const website = compact ? undefined : toWebHref(contact.website);
    const email = compact ? undefined : toMailHref(channelOf(contact, 'email')?.value);
    const details = compact ? [] : [call.hours?.(), call.note?.()].filter(Boolean);
    const state = call.openingHours && this.openNow.state(call as Hours);
    return html`
      <li
        class="channel ${channel.id}"
        part=${channel.id === 'emergency' ? 'channel channel-emergency' : 'channel'}
        data-channel=${channel.id}
      >
        <p class="name">${channel.name()}</p>
        ${compact ? nothing : html`<p class="purpose">${channel.purpose()}</p>`}
        ${callLink(phone, 'call', () => this.select(channel.id, 'phone'))}
        ${details.map((text) => html`<p class="details" part="details">${text}</p>`)}
        ${state
          ? html`<p class="open-now ${surelyOpen(state) ? 'open' : 'closed'}" part="open-now">
              ${this.openNow.text(state)}
            </p>`
          : nothing}
        ${state && !surelyOpen(state) ? renderReachable() : nothing}
        ${website
          ? html`<a class="more" part="link" href=${website} @click=${() => this.select(channel.id, 'web')}
              >${displayHost(website)}</a
            >`
          : nothing}
        ${email
          ? html` <a class="more" part="link" href=${email} @click=${() => this.select(channel.id, 'email')}
              >${email.slice('mailto:'.length)}</a
            >`
          : nothing}
      </li>
    `;
  }

  private select(channel: ChannelId, via: ReportCtaVia): void {
    this.emit<ReportCtaSelectDetail>('report-cta-select', { channel, via });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'report-cta': ReportCta;
  }
  interface HTMLElementEventMap {
    'report-cta-select': CustomEvent<ReportCtaSelectDetail>;
  }
}
