import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FORMS, type Form } from '../shared/forms.js';
import type { SignalChecklistSummary } from '../signal-checklist/level.js';
import type { Audience, Org } from './org.js';

/** What a page (attributes), a visitor (filters) or a checklist asks to see. */
export interface OrgChoice {
  /** Forms of exploitation; empty: all. */
  forms: readonly Form[];
  /** Audiences; empty: all. */
  audiences: readonly Audience[];
  /** Region codes whose organisations are shown besides the national ones. */
  regions: readonly string[];
  /** Exactly these organisations, in this order; empty: choose by the fields above. */
  ids: readonly string[];
  /** Put the organisations someone can reach fastest first. */
  urgentFirst?: boolean;
}

/** `merge`: the partner's organisations first, then the built-in ones; `replace`: the partner's only. */
export type OrgMode = 'merge' | 'replace';

/** The list to choose from. The first record with an id wins, so a partner can override a built-in one. */
export function combineOrgs(partner: readonly Org[], builtIn: readonly Org[], mode: OrgMode): Org[] {
  const seen = new Set<string>();
  return [...partner, ...(mode === 'merge' ? builtIn : [])].filter((org) => !seen.has(org.id) && seen.add(org.id));
}

const overlaps = <T>(wanted: readonly T[], offered: readonly T[]) =>
  wanted.length === 0 || wanted.some((token) => offered.includes(token));

/**
 * A national organisation is always in its region. A regional one is when the page names one
 * of its regions, or, for the partner's own organisations, when the page names no region.
 */
function inRegion(org: Org, regions: readonly string[]): boolean {
  if (org.regions.length === 0) return true;
  return regions.length === 0 ? org.partner : overlaps(regions, org.regions);
}

/** How fast someone answers: a phone answered day and night, a phone, a chat, the rest. */
function urgency(org: Org): number {
  const types = org.channels.map((channel) => (channel.type === 'phone' && channel.always ? 'always' : channel.type));
  const rank = ['always', 'phone', 'chat'].findIndex((type) => types.includes(type as never));
  return rank < 0 ? 3 : rank;
}

/** The organisations to show, in order. */
export function chooseOrgs(orgs: readonly Org[], choice: OrgChoice): Org[] {
  if (choice.ids.length > 0) {
    return choice.ids.map((id) => orgs.find((org) => org.id === id)).filter((org): org is Org => !!org);
  }
  const chosen = orgs.filter(
    (org) =>
      overlaps(choice.forms, org.forms) && overlaps(choice.audiences, org.audiences) && inRegion(org, choice.regions),
  );
  // Array.prototype.sort is stable: the data's own order holds within a rank.
  return choice.urgentFirst ? chosen.sort((a, b) => urgency(a) - urgency(b)) : chosen;
}

/**
 * The forms a `<signal-checklist>` summary asks for, or null while it has no ticks. General
 * signals only give an empty list: they keep every form. Anything malformed counts as no ticks.
 */
export function checklistForms(summary: unknown): Form[] | null {
  const { signals, forms } = (summary ?? {}) as Partial<SignalChecklistSummary>;
  if (!Array.isArray(signals) || signals.length === 0) return null;
  return FORMS.filter((form) => Array.isArray(forms) && forms.includes(form));
}

/**
 * The audience a `<signal-checklist>` summary speaks for, as the "Wie ben je?" filter would
 * choose it: `self` the organisations for victims, `other` those for bystanders; null before the
 * visitor has answered, or for anything malformed.
 */
export function checklistAudiences(summary: unknown): Audience[] | null {
  const { perspective } = (summary ?? {}) as Partial<SignalChecklistSummary>;
  if (perspective === 'self') return ['victim'];
  return perspective === 'other' ? ['bystander'] : null;
}

/**
 * Follows the `<signal-checklist>` named by the host's `for`, looked up in the host's own root:
 * the page, or the shadow root of the app both sit in. It reads the checklist's summary, hears
 * each change, and notices the checklist arriving later, leaving, or either element moving to
 * another root. The checklist notices each change in its own shadow root, with nothing in the
 * notice (it may be about the visitor): this listens there and reads the summary again.
 */
export class ChecklistFollower implements ReactiveController {
  /** The checklist's summary (`SignalChecklistSummary`); undefined without a checklist. */
  summary: unknown;
  private root?: Document | ShadowRoot;
  private target: Element | null = null;
  /** The checklist's shadow root, where it tells each change. */
  private inside?: ShadowRoot;
  private readonly watcher = new MutationObserver(() => this.find());

  /** `changed` runs whenever the summary may have changed. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly id: () => string,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Starts again: call when the id changes. */
  follow(): void {
    this.stop();
    if (this.id() && this.host.isConnected) {
      this.root = this.host.getRootNode() as Document | ShadowRoot;
      this.watcher.observe(this.root, { childList: true, subtree: true, attributeFilter: ['id'] });
    }
    this.find();
  }

  private stop(): void {
    this.root = undefined;
    this.watcher.disconnect();
    this.listen(null);
  }

  /** Follows `target` (or nothing): hears its changes and reads its summary. */
  private listen(target: Element | null): void {
    this.inside?.removeEventListener('signal-checklist-change', this.onChange);
    this.target = target;
    this.inside = target?.shadowRoot ?? undefined;
    this.inside?.addEventListener('signal-checklist-change', this.onChange);
    this.onChange();
  }

  /** Follows the checklist the id names now, when it is another one than before. */
  private find(): void {
    const target = this.root?.getElementById(this.id()) ?? null;
    if (target === this.target) return;
    this.listen(target);
    // A checklist not yet defined: follow it again once it is, whichever script loads first.
    if (target?.localName === 'signal-checklist' && !customElements.get('signal-checklist')) {
      customElements.whenDefined('signal-checklist').then(() => target === this.target && this.listen(target));
    }
  }

  private readonly onChange = () => {
    this.summary = (this.target as { summary?: unknown } | null)?.summary;
    this.changed();
  };
}
