import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { asText, parseChoice, parseHeadingLevel, parseTokenList, type HeadingLevel } from '../shared/attributes.js';
import { baseStyles } from '../shared/base.styles.js';
import { channelOf, EMERGENCY } from '../shared/contacts.js';
import { FORMS, type Form } from '../shared/forms.js';
import { callLink } from '../shared/call-link.js';
import { heading } from '../shared/heading.js';
import { toPhoneLink } from '../shared/links.js';
import { warnOnce } from '../shared/warn.js';
import { OpenNowController } from '../shared/hours.js';
import { WidgetElement } from '../shared/widget-element.js';
import { renderCards, type Select } from './cards.js';
import { ChecklistFollower, checklistAudiences, checklistForms, chooseOrgs, combineOrgs, type OrgMode } from './filter.js';
import { helpOrgsStyles } from './help-orgs.styles.js';
import type { HelpOrgsErrorDetail, HelpOrgsSelectDetail } from './events.js';
import { AUDIENCES, type Audience, type LoadError, type Org } from './org.js';
import { BUILT_IN as builtIn } from './orgs.js';
import { PartnerOrgs } from './partner-orgs.js';
import { renderVisitorFilters, type VisitorChoice } from './visitor-filters.js';

export const HELP_ORGS_LAYOUTS = ['list', 'grid'] as const;
export type HelpOrgsLayout = (typeof HELP_ORGS_LAYOUTS)[number];
export const MODES: readonly OrgMode[] = ['merge', 'replace'];

export type { HelpOrgsErrorDetail, HelpOrgsSelectDetail, HelpOrgsVia } from './events.js';

const TAG = 'help-orgs';
/** Shown when a choice leaves nothing: help never disappears. */
const ALWAYS = ['politie', 'comensha'];
/**
 * Cards shown at first and added by "more": a partner's list of a thousand organisations then
 * costs the page twenty cards, and a visitor a list they can take in.
 */
const PAGE_SIZE = 20;
/** What decides which organisations are shown; when one changes, the list starts again at its top. */
const CHOICE = ['forms', 'audience', 'region', 'orgs', 'mode', 'visitor'] as const;
const NO_CHOICE: VisitorChoice = { audience: '', form: '' };

const words = (value: unknown) => asText(value).toLowerCase().split(/\s+/).filter(Boolean);

/**
 * Help organisations against human trafficking: national ones, regional ones and the
 * partner's own, each with one-tap links to call, chat or write. 112 is always on top.
 *
 * Without JavaScript, visitors see whatever is written inside the tag, so put a few numbers
 * there as plain text. Partner data goes in a `<script type="application/json">` child or in a
 * file named by `src`, in the format of help-orgs.schema.json.
 *
 * @tagname help-orgs
 * @summary A directory of help organisations, extendable with the partner's own.
 *
 * @attr {string} forms - Only organisations for these forms of exploitation: space-separated tokens out of `sexual labour criminal organ`. Default: all.
 * @attr {string} audience - Only organisations for these people: space-separated tokens out of `victim bystander professional`. Default: all.
 * @attr {string} region - Space-separated region codes (built in: `twente amsterdam noord-holland rotterdam flevoland`) whose organisations are shown besides the national ones. Without it, regional built-in organisations are hidden; the partner's own always show.
 * @attr {string} orgs - Organisation ids: show exactly these, in this order (overrides `forms`, `audience` and `region`).
 * @attr {"list" | "grid"} layout - `list` (default) or `grid` (cards side by side where there is room).
 * @attr {string} heading-level - Level of the widget's heading, 1–6 (default 2); organisation names are one level below.
 * @attr {boolean} filterable - Adds filters for visitors ("who are you", "what is it about") with an announced count.
 * @attr {string} src - URL of the partner's data file `{"orgs": [ … ]}`, fetched without cookies or referrer. On failure the built-in organisations stay, with a notice.
 * @attr {"merge" | "replace"} mode - `merge` (default): the partner's organisations first, then the built-in ones; `replace`: the partner's only (the built-in ones come back if none is valid).
 * @attr {string} for - Id of a `<signal-checklist>` in the same document or shadow root to follow: while it has ticks, only organisations for the forms ticked, the fastest to reach first; once its perspective is known, those for victims (`self`) or for bystanders (`other`), unless the visitor chose in "Wie ben je?".
 * @attr {string} lang - The widget's language; without it, its nearest ancestor's `lang`, as in HTML (see docs/partners.md, "Language").
 *
 * @fires {CustomEvent<HelpOrgsSelectDetail>} help-orgs-select - A visitor activated a link. `detail = { org, channel, via }`. Bubbles and is composed; never blocks the link. The widget itself counts nothing.
 * @fires {CustomEvent<HelpOrgsErrorDetail>} help-orgs-error - Partner data could not be used. `detail = { reason, src }`, `reason` one of `network`, `http`, `invalid-json`, `invalid-shape`, `timeout`. The built-in organisations stay.
 *
 * @slot - Fallback content, shown before the script runs or without JavaScript. A `<script type="application/json">` child holds inline partner data.
 *
 * @csspart base - The widget's box.
 * @csspart heading - The heading.
 * @csspart emergency - The 112 line on top.
 * @csspart notice - The notice shown when partner data failed.
 * @csspart filters - The visitor's filters.
 * @csspart count - The announced number of organisations.
 * @csspart orgs - The list of organisations.
 * @csspart org - One organisation.
 * @csspart more - The button under a long list that shows the next 20 organisations.
 * @csspart name - An organisation's name.
 * @csspart channel - A link to call, chat, mail or visit.
 * @csspart badge - Day and night, anonymous, languages.
 * @csspart open-now - Whether a channel with opening hours is open now ("Nu open", "Nu meestal open" where its source says "usually", "Nu gesloten · opent …" in Dutch time, or "Feestdag: misschien gesloten" on a public holiday it states no hours for). The page re-renders it when that changes.
 * @csspart reachable - Under a channel on a public holiday it may be closed on: the lines answered day and night, as call links (112, and Veilig Thuis for domestic violence).
 *
 * @cssprop --mh-color-text - Text colour (default #1b1b1b).
 * @cssprop --mh-color-muted-text - Secondary text such as opening hours (default #4a4a4a).
 * @cssprop --mh-color-background - Background of the widget (default #ffffff).
 * @cssprop --mh-color-surface - Background of badges and the notice (default #f3f5f8).
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
export class HelpOrgs extends WidgetElement {
  static override styles = [baseStyles, helpOrgsStyles];

  /** How long to wait for `src` (ms). Not public: tests shorten it. @internal */
  static requestTimeout = 10_000;

  static override properties = {
    forms: { type: String },
    audience: { type: String },
    region: { type: String },
    orgs: { type: String },
    layout: { type: String },
    headingLevel: { type: String, attribute: 'heading-level' },
    filterable: { type: Boolean },
    src: { type: String },
    mode: { type: String },
    htmlFor: { type: String, attribute: 'for' },
    visitor: { state: true, attribute: false },
    shownCount: { state: true, attribute: false },
  };

  /** Forms of exploitation (the `forms` attribute). */
  declare forms: string | null;
  /** Audiences (the `audience` attribute). */
  declare audience: string | null;
  /** Region codes (the `region` attribute). */
  declare region: string | null;
  /** Organisation ids to show, in order (the `orgs` attribute). */
  declare orgs: string | null;
  /** `list` or `grid` (the `layout` attribute). */
  declare layout: string | null;
  /** Heading level 1–6 (the `heading-level` attribute). */
  declare headingLevel: string | null;
  /** Filters for visitors (the `filterable` attribute). */
  declare filterable: boolean;
  /** URL of the partner's data (the `src` attribute). */
  declare src: string | null;
  /** `merge` or `replace` (the `mode` attribute). */
  declare mode: string | null;
  /** Id of the `<signal-checklist>` to follow (the `for` attribute). */
  declare htmlFor: string | null;

  /** What the visitor chose in the filters. */
  declare private visitor: VisitorChoice;
  /** How many of the chosen organisations have a card. */
  declare private shownCount: number;

  // The attributes as parsed for this update (willUpdate): render reads these.
  declare private shownForms: Form[];
  declare private shownAudiences: Audience[];
  declare private shownLayout: HelpOrgsLayout;
  declare private shownMode: OrgMode;
  declare private shownHeadingLevel: HeadingLevel;
  declare private shownRegions: string[];
  declare private shownIds: string[];
  /** The partner data the ids in `orgs` were last checked against, so an unknown id is said once. */
  private idsCheckedAgainst: unknown;
  private resumeUpdate?: () => void;

  private readonly openNow = new OpenNowController(this);

  private readonly checklist = new ChecklistFollower(this, () => asText(this.htmlFor), () => {
    this.shownCount = PAGE_SIZE;
    this.requestUpdate();
  });

  /** The partner's organisations; data that cannot be used leaves the built-in ones and a notice. */
  private readonly partner = new PartnerOrgs(this, () => asText(this.src).trim() || null, () => HelpOrgs.requestTimeout,
    () => (this.shownCount = PAGE_SIZE), (error) => this.fail(error));

  private readonly select: Select = (org, channel, via) =>
    this.emit<HelpOrgsSelectDetail>('help-orgs-select', { org, channel, via });

  constructor() {
    super();
    this.forms = null;
    this.audience = null;
    this.region = null;
    this.orgs = null;
    this.layout = null;
    this.headingLevel = null;
    this.filterable = false;
    this.src = null;
    this.mode = null;
    this.htmlFor = null;
    this.visitor = NO_CHOICE;
    this.shownCount = PAGE_SIZE;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resumeUpdate?.();
    this.resumeUpdate = undefined;
  }

  /**
   * An element created and removed at once (a framework's re-render, a CMS preview) builds
   * no cards: its update waits until it is on the page again.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.isConnected) return super.scheduleUpdate();
    return new Promise<void>((resolve) => (this.resumeUpdate = resolve)).then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('forms')) this.shownForms = parseTokenList(TAG, 'forms', this.forms, FORMS, []);
    if (changed.has('audience')) this.shownAudiences = parseTokenList(TAG, 'audience', this.audience, AUDIENCES, []);
    if (changed.has('layout')) this.shownLayout = parseChoice(TAG, 'layout', this.layout, HELP_ORGS_LAYOUTS);
    if (changed.has('mode')) this.shownMode = parseChoice(TAG, 'mode', this.mode, MODES);
    if (changed.has('headingLevel')) this.shownHeadingLevel = parseHeadingLevel(TAG, this.headingLevel);
    if (changed.has('region')) this.shownRegions = words(this.region);
    if (changed.has('orgs') || changed.has('mode')) {
      this.shownIds = words(this.orgs);
      this.idsCheckedAgainst = undefined;
    }
    if (changed.has('htmlFor')) this.checklist.follow();
    if (CHOICE.some((key) => changed.has(key))) this.shownCount = PAGE_SIZE;
  }

  protected override forget(): void {
    this.visitor = NO_CHOICE;
    this.shownCount = PAGE_SIZE;
  }

  private fail({ reason, src }: LoadError): void {
    warnOnce(`<${TAG}> could not use the partner data${src ? ` at ${src}` : ''} (${reason}); showing the built-in organisations.`);
    this.emit<HelpOrgsErrorDetail>('help-orgs-error', { reason, src });
  }

  /**
   * With inline partner data, the list is built once, after its checks have loaded: until then
   * the partner's fallback stays, rather than the built-in list that the partner's would push down.
   */
  protected override render(): TemplateResult {
    return this.partner.inline !== null && !this.partner.settled ? html`<slot></slot>` : super.render();
  }

  /** The organisations on offer before any choice. */
  private available(): Org[] {
    const partner = this.partner.orgs;
    return combineOrgs(partner, builtIn, partner.length > 0 ? this.shownMode : 'merge');
  }

  private chosenIds(available: readonly Org[]): string[] {
    const known = (id: string) => available.some((org) => org.id === id);
    const ids = this.shownIds;
    // Checked once the partner data is there (or failed), and again only when it or `orgs` changes.
    const against = this.partner.orgs;
    if (!this.partner.pending && against !== this.idsCheckedAgainst) {
      this.idsCheckedAgainst = against;
      const unknown = ids.filter((id) => !known(id));
      if (unknown.length > 0) {
        warnOnce(`<${TAG}> orgs: no organisation with id ${unknown.map((id) => JSON.stringify(id)).join(', ')}; left out.`);
      }
    }
    return ids.filter(known);
  }

  protected renderContent(): TemplateResult {
    const available = this.available();
    const summary = this.checklist.summary;
    const ticked = checklistForms(summary);
    const attributeForms = ticked?.length ? ticked : this.shownForms;
    const shown = chooseOrgs(available, {
      forms: this.visitor.form ? [this.visitor.form] : attributeForms,
      audiences: this.visitor.audience ? [this.visitor.audience] : (checklistAudiences(summary) ?? this.shownAudiences),
      regions: this.shownRegions,
      ids: this.chosenIds(available),
      urgentFirst: ticked !== null,
    });
    const level = this.shownHeadingLevel;
    const cards = (orgs: readonly Org[]) => renderCards(orgs, Math.min(level + 1, 6) as HeadingLevel, this.openNow, this.select);
    const acute = (summary as { level?: unknown } | undefined)?.level === 'acute';
    const emergency = toPhoneLink(channelOf(EMERGENCY, 'phone')!.value)!;
    // The notice's status region is there from the first render: a region added together with
    // its text is often not read out.
    return html`
      <section class=${this.shownLayout} aria-labelledby="heading">
        ${heading(level, 'heading', msg('Hulp bij mensenhandel', { id: 'orgs.heading' }))}
        <p class="emergency ${acute ? 'acute' : ''}" part="emergency">
          ${msg('Is er nu gevaar? Bel meteen 112.', { id: 'orgs.danger' })}
          ${callLink(emergency, undefined, () => this.select('emergency', 'phone', 'phone'))}
        </p>
        <div role="status">
          ${this.partner.error
            ? html`<p class="notice" part="notice">
                ${msg('De organisaties van deze website konden niet worden geladen. Hieronder staan de landelijke organisaties.', {
                  id: 'orgs.loadFailed',
                  desc: "Shown when a partner's own list of organisations could not be loaded.",
                })}
              </p>`
            : nothing}
        </div>
        ${ticked ? html`<p class="following">${msg('Passend bij de signalen die je hebt aangevinkt.', { id: 'orgs.matching' })}</p>` : nothing}
        ${this.filterable
          ? renderVisitorFilters(this.shownAudiences, attributeForms, shown.length, this.visitor, (choice) => (this.visitor = { ...this.visitor, ...choice }))
          : nothing}
        ${shown.length > 0
          ? html`${cards(shown.slice(0, this.shownCount))} ${this.renderMore(shown.length - this.shownCount)}`
          : html`<p class="empty">${msg('Geen organisatie past precies bij deze keuze. Hier kun je altijd terecht:', { id: 'orgs.none' })}</p>
              ${cards(chooseOrgs(builtIn, { forms: [], audiences: [], regions: [], ids: ALWAYS }))}`}
      </section>
    `;
  }

  /** "Show more" under a long list; the first new card's name gets focus, so a reader goes on there. */
  private renderMore(hidden: number): TemplateResult | typeof nothing {
    if (hidden <= 0) return nothing;
    const showMore = async () => {
      const first = this.shownCount;
      this.shownCount += PAGE_SIZE;
      await this.updateComplete;
      const name = this.renderRoot.querySelectorAll('[data-org]')[first]?.querySelector<HTMLElement>('[part~="name"]');
      if (name) {
        name.tabIndex = -1;
        name.focus();
      }
    };
    return html`<button class="target secondary more" part="more" type="button" @click=${showMore}>
      ${msg(str`Meer organisaties tonen (nog ${hidden})`, { id: 'orgs.more', desc: 'A button; the placeholder is the number of organisations not yet shown.' })}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'help-orgs': HelpOrgs;
  }
  interface HTMLElementEventMap {
    'help-orgs-select': CustomEvent<HelpOrgsSelectDetail>;
    'help-orgs-error': CustomEvent<HelpOrgsErrorDetail>;
  }
}
