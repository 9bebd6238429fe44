import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { asText, parseChoice, parseHeadingLevel, parseTokenList, type HeadingLevel } from '../shared/attributes.js';
import { baseStyles } from '../shared/base.styles.js';
import { channelOf, EMERGENCY } from '../shared/contacts.js';
import { FORMS, formLabel, type Form } from '../shared/forms.js';
import { callLink } from '../shared/call-link.js';
import { heading } from '../shared/heading.js';
import { displayHost, toPhoneLink } from '../shared/links.js';
import { warnOnce } from '../shared/warn.js';
import { OpenNowController, type Hours } from '../shared/hours.js';
import { renderReachable } from '../shared/open-now.js';
import { WidgetElement } from '../shared/widget-element.js';
import { ChecklistFollower, checklistAudiences, checklistForms, chooseOrgs, combineOrgs, type OrgMode } from './filter.js';
import { helpOrgsStyles } from './help-orgs.styles.js';
import { ownName } from './language-names.js';
import { AUDIENCES, LoadError, type Audience, type ChannelType, type LoadFailure, type Org, type OrgChannel } from './org.js';
import type { OrgData } from './org-data.js';
import { BUILT_IN as builtIn } from './orgs.js';

export const HELP_ORGS_LAYOUTS = ['list', 'grid'] as const;
export type HelpOrgsLayout = (typeof HELP_ORGS_LAYOUTS)[number];
export const MODES: readonly OrgMode[] = ['merge', 'replace'];

/** How a visitor reached an organisation. */
export type HelpOrgsVia = 'phone' | 'web' | 'email';

/** `detail` of the `help-orgs-select` event. */
export interface HelpOrgsSelectDetail {
  /** The organisation's id. */
  org: string;
  /** The channel's type, or `website` for the organisation's website. */
  channel: ChannelType | 'website';
  via: HelpOrgsVia;
}

/** `detail` of the `help-orgs-error` event. `src` is null for inline data. */
export interface HelpOrgsErrorDetail {
  reason: LoadFailure;
  src: string | null;
}

const TAG = 'help-orgs';
/** Shown when a choice leaves nothing: help never disappears. */
const ALWAYS = ['politie', 'comensha'];
/**
 * Cards shown at first and added by "more": a partner's list of a thousand organisations then
 * costs the page twenty cards, and a visitor a list they can take in.
 */
const PAGE_SIZE = 20;
/** What decides which organisations are shown; when one changes, the list starts again at its top. */
const CHOICE = ['forms', 'audience', 'region', 'orgs', 'mode', 'visitorAudience', 'visitorForm'] as const;

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
    visitorAudience: { state: true },
    visitorForm: { state: true },
    shownCount: { state: true },
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

  declare private visitorAudience: Audience | '';
  declare private visitorForm: Form | '';
  /** How many of the chosen organisations have a card. */
  declare private shownCount: number;

  private shownForms: Form[] = [];
  private shownAudiences: Audience[] = [];
  private shownLayout: HelpOrgsLayout = 'list';
  private shownMode: OrgMode = 'merge';
  private shownHeadingLevel: HeadingLevel = 2;
  private shownRegions: string[] = [];
  private shownIds: string[] = [];
  /** The partner data the ids in `orgs` were last checked against, so an unknown id is said once. */
  private idsCheckedAgainst: unknown;
  private resumeUpdate?: () => void;
  /** The text of the inline `<script type="application/json">`, read when the element is connected. */
  private inlineData: string | null = null;
  /** Partner data has been checked (or failed) once: until then, a widget with inline data shows its fallback. */
  private settled = false;
  /** A request stopped because the element left the page: asked again when it comes back. */
  private stoppedLoad = false;

  private readonly openNow = new OpenNowController(this);

  private readonly checklist = new ChecklistFollower(
    this,
    () => asText(this.htmlFor),
    () => {
      this.shownCount = PAGE_SIZE;
      this.requestUpdate();
    },
  );

  /**
   * The partner's organisations: inline data first, then the file at `src`. A new `src` stops
   * the request before it; data that cannot be used leaves the built-in organisations and a notice.
   */
  private readonly partnerData = new Task(this, {
    args: () => [asText(this.src).trim() || null, this.inlineData] as const,
    task: async ([src, json], { signal }) => {
      if (src === null && json === null) return [];
      // The checks load only where there is partner data; if they cannot, neither can the data.
      const { fetchOrgData, parseOrgData, warnProblems } = await import('./org-data.js').catch(() => {
        throw new LoadError('network', src);
      });
      const usable = ({ orgs, problems }: OrgData, label: string) => {
        warnProblems(`<${TAG}> ${label}`, problems);
        return orgs;
      };
      const orgs = json === null ? [] : usable(parseOrgData(json), 'inline data');
      if (src) orgs.push(...usable(await fetchOrgData(src, signal, HelpOrgs.requestTimeout), `src=${JSON.stringify(src)}`));
      return orgs;
    },
    // No partner data, nothing to do: the first render needs no second one.
    initialValue: [],
    onComplete: () => {
      this.settled = true;
      this.shownCount = PAGE_SIZE;
    },
    onError: (error) => {
      this.settled = true;
      if (error instanceof LoadError) this.fail(error);
    },
  });

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
    this.visitorAudience = '';
    this.visitorForm = '';
    this.shownCount = PAGE_SIZE;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.inlineData = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
    if (this.stoppedLoad) this.partnerData.run();
    this.stoppedLoad = false;
    this.resumeUpdate?.();
    this.resumeUpdate = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leaving the page mid-request: stop it, and ask again if the element comes back.
    this.stoppedLoad = this.partnerData.status === TaskStatus.PENDING;
    this.partnerData.abort();
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
    if (changed.has('layout')) this.shownLayout = parseChoice(TAG, 'layout', this.layout, HELP_ORGS_LAYOUTS, 'list');
    if (changed.has('mode')) this.shownMode = parseChoice(TAG, 'mode', this.mode, MODES, 'merge');
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
    this.visitorAudience = '';
    this.visitorForm = '';
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
    return this.inlineData !== null && !this.settled ? html`<slot></slot>` : super.render();
  }

  /** The organisations on offer before any choice. */
  private available(): Org[] {
    const partner = this.partnerData.status === TaskStatus.COMPLETE ? this.partnerData.value! : [];
    return combineOrgs(partner, builtIn, partner.length > 0 ? this.shownMode : 'merge');
  }

  private chosenIds(available: readonly Org[]): string[] {
    const known = (id: string) => available.some((org) => org.id === id);
    const ids = this.shownIds;
    const { status, value } = this.partnerData;
    // Checked once the partner data is there (or failed), and again only when it or `orgs` changes.
    const against = status === TaskStatus.COMPLETE ? value : status;
    if (status !== TaskStatus.PENDING && against !== this.idsCheckedAgainst) {
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
      forms: this.visitorForm ? [this.visitorForm] : attributeForms,
      audiences: this.visitorAudience ? [this.visitorAudience] : (checklistAudiences(summary) ?? this.shownAudiences),
      regions: this.shownRegions,
      ids: this.chosenIds(available),
      urgentFirst: ticked !== null,
    });
    const level = this.shownHeadingLevel;
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
          ${this.partnerData.error instanceof LoadError
            ? html`<p class="notice" part="notice">
                ${msg('De organisaties van deze website konden niet worden geladen. Hieronder staan de landelijke organisaties.', {
                  id: 'orgs.loadFailed',
                  desc: "Shown when a partner's own list of organisations could not be loaded.",
                })}
              </p>`
            : nothing}
        </div>
        ${ticked ? html`<p class="following">${msg('Passend bij de signalen die je hebt aangevinkt.', { id: 'orgs.matching' })}</p>` : nothing}
        ${this.filterable ? this.renderFilters(attributeForms, shown.length) : nothing}
        ${shown.length > 0
          ? html`${this.renderList(shown.slice(0, this.shownCount))} ${this.renderMore(shown.length - this.shownCount)}`
          : html`<p class="empty">${msg('Geen organisatie past precies bij deze keuze. Hier kun je altijd terecht:', { id: 'orgs.none' })}</p>
              ${this.renderList(chooseOrgs(builtIn, { forms: [], audiences: [], regions: [], ids: ALWAYS }))}`}
      </section>
    `;
  }

  private renderFilters(forms: readonly Form[], count: number): TemplateResult {
    const audiences = this.shownAudiences.length ? this.shownAudiences : AUDIENCES;
    const audienceLabels: Record<Audience, string> = {
      victim: msg('Het gaat om mij', { id: 'who.self', desc: 'A choice: the visitor fears it is happening to themselves.' }),
      bystander: msg('Ik maak me zorgen om een ander', { id: 'who.other', desc: 'A choice: the visitor is worried about someone else.' }),
      professional: msg('Ik help vanuit mijn werk', { id: 'who.professional', desc: 'A filter option: the visitor asks as a professional.' }),
    };
    const option = (value: string, label: string, selected: string) =>
      html`<option value=${value} .selected=${value === selected}>${label}</option>`;
    return html`
      <div class="filters" part="filters">
        <label class="filter">
          <span>${msg('Wie ben je?', { id: 'orgs.who', desc: 'Label of a filter: who is asking.' })}</span>
          <select @change=${(e: Event) => (this.visitorAudience = (e.target as HTMLSelectElement).value as Audience)}>
            ${option('', msg('Maakt niet uit', { id: 'orgs.who.any', desc: 'Filter option: show organisations for everyone.' }), this.visitorAudience)}
            ${audiences.map((audience) => option(audience, audienceLabels[audience], this.visitorAudience))}
          </select>
        </label>
        <label class="filter">
          <span>${msg('Waar gaat het om?', { id: 'orgs.form', desc: 'Label of a filter: which form of human trafficking.' })}</span>
          <select @change=${(e: Event) => (this.visitorForm = (e.target as HTMLSelectElement).value as Form)}>
            ${option('', msg('Alle vormen', { id: 'orgs.form.any', desc: 'Filter option: every form of human trafficking.' }), this.visitorForm)}
            ${(forms.length ? forms : FORMS).map((form) => option(form, formLabel(form), this.visitorForm))}
          </select>
        </label>
      </div>
      <p class="count" part="count" role="status">
        ${count === 1 ? msg('1 organisatie', { id: 'orgs.count.one', desc: 'How many organisations the list shows.' }) : msg(str`${count} organisaties`, { id: 'orgs.count', desc: 'The placeholder is a number of organisations (2 or more).' })}
      </p>
    `;
  }

  private renderList(orgs: readonly Org[]): TemplateResult {
    const level = Math.min(this.shownHeadingLevel + 1, 6) as HeadingLevel;
    return html`<ul class="orgs" part="orgs">
      ${orgs.map((org) => {
        const website = org.channels.some((channel) => channel.href === org.website) ? undefined : org.website;
        return html`<li class="org" part="org" data-org=${org.id}>
          ${heading(level, `org-${org.id}`, org.name, 'name')}
          <p class="description">${org.description()}</p>
          <ul class="channels">
            ${org.channels.map((channel) => this.renderChannel(org, channel))}
            ${website
              ? html`<li>
                  <a class="link" part="channel" href=${website} @click=${() => this.select(org.id, 'website', 'web')}
                    >${displayHost(website)}</a
                  >
                </li>`
              : nothing}
          </ul>
          ${org.languages.length ? this.renderLanguages(org.languages) : nothing}
        </li>`;
      })}
    </ul>`;
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

  /** Each language by its own name, marked with its language so a screen reader says it right. */
  private renderLanguages(codes: readonly string[]): TemplateResult {
    return html`<p class="badge" part="badge">
      ${msg('Talen:', { id: 'orgs.languages', desc: 'Followed by the languages an organisation speaks, each by its own name.' })}
      ${codes.map((code, i) => html`${i > 0 ? ', ' : ''}<span lang=${code}>${ownName(code)}</span>`)}
    </p>`;
  }

  private renderChannel(org: Org, channel: OrgChannel): TemplateResult {
    const via: HelpOrgsVia = channel.type === 'phone' || channel.type === 'email' ? channel.type : 'web';
    const select = () => this.select(org.id, channel.type, via);
    const label = {
      chat: () => msg(str`Chat via ${channel.display}`, { id: 'orgs.chat', desc: 'The placeholder is the name of a chat website.' }),
      web: () => msg(str`Online melden via ${channel.display}`, { id: 'orgs.web', desc: 'The placeholder is the name of a website with a form to report online.' }),
      email: () => channel.display,
    };
    return html`<li>
      ${channel.type === 'phone'
        ? callLink(channel, 'channel', select)
        : html`<a class="link" part="channel" href=${channel.href} @click=${select}>${label[channel.type]()}</a>`}
      ${channel.always ? html`<span class="badge" part="badge">${msg('Dag en nacht', { id: 'orgs.badge.always', desc: 'A label beside a phone number: it can be called at any hour.' })}</span>` : nothing}
      ${channel.anonymous ? html`<span class="badge" part="badge">${msg('Anoniem', { id: 'orgs.badge.anonymous', desc: 'A label beside a phone number or form: it can be used anonymously.' })}</span>` : nothing}
      ${channel.hours ? html`<span class="hours">${channel.hours()}</span>` : nothing}
      ${channel.openingHours ? this.renderOpenNow(channel as Hours) : nothing}
    </li>`;
  }

  /** Whether the channel is open now; on a public holiday it may be closed on, the lines answered day and night too. */
  private renderOpenNow(hours: Hours): TemplateResult {
    const state = this.openNow.state(hours);
    return html`<span class="open-now" part="open-now">${this.openNow.text(state)}</span>
      ${state.holiday ? renderReachable() : nothing}`;
  }

  private select(org: string, channel: HelpOrgsSelectDetail['channel'], via: HelpOrgsVia): void {
    this.emit<HelpOrgsSelectDetail>('help-orgs-select', { org, channel, via });
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
