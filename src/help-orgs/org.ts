import type { Form } from '../shared/forms.js';
import type { Hours, OpeningPeriod } from '../shared/hours.js';
import { displayHost, toMailHref, toPhoneLink, toWebHref } from '../shared/links.js';

/*
 * What an organisation is, for <help-orgs>: the record format (built-in and partner data
 * alike) and the checked form it is shown in. Checking partner data is org-data.ts's job; it
 * is loaded only on pages that have partner data.
 */

export const AUDIENCES = ['victim', 'bystander', 'professional'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const CHANNEL_TYPES = ['phone', 'chat', 'web', 'email'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

/** A text in the page's language. */
export type Text = () => string;
/** Dutch text, text per locale (`{ "nl": …, "en": … }`), or, in built-in data, a msg() function. */
export type TextInput = string | Readonly<Record<string, string>> | Text;

/** One record as written in data (built-in or partner), before checking. */
export interface OrgRecord {
  id: string;
  name: string;
  description: TextInput;
  forms: readonly Form[];
  audiences: readonly Audience[];
  /** `national` (the default) or one or more region codes. */
  region?: string | readonly string[];
  website?: string;
  channels?: readonly ChannelRecord[];
  languages?: readonly string[];
  source?: string;
  verified?: string;
}

export interface ChannelRecord {
  type: ChannelType;
  value: string;
  hours?: TextInput;
  /** The same hours as data (Dutch time), so the widget can say whether the channel is open now. */
  openingHours?: readonly OpeningPeriod[];
  /** On Dutch public holidays: `usual`, `closed` or hours of their own; without it the channel is not called open on them. */
  holidayHours?: Hours['holidayHours'];
  /** Dates (`YYYY-MM-DD`, Dutch) on which the channel is closed all day. */
  closedDates?: readonly string[];
  /** The hours are when the channel is usually answered, not always. */
  usually?: boolean;
  /** Answered day and night. */
  always?: boolean;
  anonymous?: boolean;
}

/** A checked channel: a safe href and the text a visitor reads. */
export interface OrgChannel {
  type: ChannelType;
  href: string;
  display: string;
  hours?: Text;
  openingHours?: readonly OpeningPeriod[];
  holidayHours?: Hours['holidayHours'];
  closedDates?: readonly string[];
  usually?: boolean;
  always: boolean;
  anonymous: boolean;
}

/** A checked organisation, ready to show. */
export interface Org {
  id: string;
  name: string;
  description: Text;
  forms: readonly Form[];
  audiences: readonly Audience[];
  /** Empty for a national organisation. */
  regions: readonly string[];
  website?: string;
  channels: readonly OrgChannel[];
  languages: readonly string[];
  source?: string;
  verified?: string;
  /** From the partner's data rather than the library's. */
  partner: boolean;
}

/** A channel's value as a safe link: only tel:, mailto: and https: come out. */
export function toLink(type: ChannelType, value: unknown): { href: string; display: string } | undefined {
  if (type === 'phone') {
    const phone = toPhoneLink(value);
    return phone && { href: phone.href, display: phone.display };
  }
  const href = type === 'email' ? toMailHref(value) : toWebHref(value);
  if (!href) return undefined;
  return { href, display: type === 'email' ? href.slice('mailto:'.length) : displayHost(href) };
}

/** Why partner data from `src` could not be used; `detail.reason` of `help-orgs-error`. */
export type LoadFailure = 'network' | 'http' | 'invalid-json' | 'invalid-shape' | 'timeout';

/**
 * Why partner data could not be used: `detail` of `help-orgs-error`. Here rather than beside the
 * checks (org-data.ts), so the element can say so when the checks themselves fail to load.
 */
export class LoadError extends Error {
  constructor(
    readonly reason: LoadFailure,
    /** The data's URL; null for inline data. */
    readonly src: string | null = null,
  ) {
    super(reason);
  }
}

