import type { ChannelType, LoadFailure } from './org.js';

/*
 * What <help-orgs> tells the page: the `detail` of its events (exported from help-orgs.ts and
 * the package's entry).
 */

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
