import { FORMS } from '../shared/forms.js';
import { activeLocale } from '../shared/locale.js';
import { toWebHref } from '../shared/links.js';
import { warnOnce } from '../shared/warn.js';
import { AUDIENCES, CHANNEL_TYPES, toLink, type ChannelType, type LoadFailure, type Org, type OrgChannel, type Text } from './org.js';

/*
 * The one place where organisation data becomes something <help-orgs> shows. Partner data is
 * written by many hands: every record is checked here, field by field. A record that cannot be
 * shown is skipped with one warning naming its index, id and field; a link that is not https:,
 * tel: or mailto: is left out; text stays text (Lit escapes it); unknown fields are ignored,
 * and only own properties are read, so `__proto__` and friends do nothing.
 *
 * <help-orgs> loads this module only when a page has partner data, so the CDN module stays small.
 */

const ID = /^[\w-]{1,100}$/;
const CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const MAX_TEXT = 500;

/** Raised for a field that makes a record unusable. */
class FieldError extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property only: never one from the prototype chain. */
const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_TEXT && value.trim() !== '';

function text(value: unknown, field: string): string {
  if (!isText(value)) throw new FieldError(field);
  return value.trim();
}

function localized(value: unknown, field: string): Text {
  if (typeof value === 'function') return value as Text;
  if (typeof value === 'string') {
    const dutch = text(value, field);
    return () => dutch;
  }
  if (!isObject(value)) throw new FieldError(field);
  const texts = new Map<string, string>();
  for (const key of Object.keys(value)) {
    // Keys that are no language tag (`__proto__`, `constructor`, typos) are ignored.
    if (!LANGUAGE.test(key)) continue;
    const translation = value[key];
    if (!isText(translation)) throw new FieldError(`${field}.${key}`);
    texts.set(key.toLowerCase(), translation.trim());
  }
  const fallback = texts.get('nl') ?? texts.values().next().value;
  if (fallback === undefined) throw new FieldError(field);
  return () => texts.get(activeLocale()) ?? fallback;
}

function tokens<T extends string>(value: unknown, allowed: readonly T[], field: string): T[] {
  if (!Array.isArray(value) || value.length === 0) throw new FieldError(field);
  return value.map((token, i) => {
    if (!(allowed as readonly unknown[]).includes(token)) throw new FieldError(`${field}[${i}]`);
    return token as T;
  });
}

function regions(value: unknown): string[] {
  if (value === undefined || value === 'national') return [];
  const codes = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(codes) || !codes.every((code) => typeof code === 'string' && CODE.test(code))) {
    throw new FieldError('region');
  }
  return codes as string[];
}

/** One channel, or undefined when its link is not one to show. Field names in errors are relative. */
function channel(record: unknown): OrgChannel | undefined {
  if (!isObject(record)) throw new FieldError('');
  const type = own(record, 'type') as ChannelType;
  if (!CHANNEL_TYPES.includes(type)) throw new FieldError('.type');
  const link = toLink(type, own(record, 'value'));
  if (!link) return undefined;
  const hours = own(record, 'hours');
  return {
    type,
    href: link.href,
    display: link.display,
    hours: hours === undefined ? undefined : localized(hours, '.hours'),
    always: flag(own(record, 'always'), '.always'),
    anonymous: flag(own(record, 'anonymous'), '.anonymous'),
  };
}

/** Where a record is, for warnings. */
const where = (label: string, index: number, id: unknown) =>
  `${label}: organisation ${index}${typeof id === 'string' ? ` (id ${JSON.stringify(id)})` : ''}`;

/**
 * Checks records and returns the ones that can be shown. `label` names the data in warnings;
 * `partner` marks the records as the partner's own. A partner may have a thousand records:
 * strings for warnings are built only when there is something to warn about.
 */
export function parseOrgs(records: readonly unknown[], label: string, partner: boolean): Org[] {
  const orgs: Org[] = [];
  const ids = new Set<string>();
  records.forEach((record, index) => {
    const id = isObject(record) ? own(record, 'id') : undefined;
    let dropped: string[] | undefined;
    try {
      if (!isObject(record)) throw new FieldError('record');
      if (typeof id !== 'string' || !ID.test(id) || ids.has(id)) throw new FieldError('id');
      const name = text(own(record, 'name'), 'name');
      const description = localized(own(record, 'description'), 'description');
      const forms = tokens(own(record, 'forms'), FORMS, 'forms');
      const audiences = tokens(own(record, 'audiences'), AUDIENCES, 'audiences');
      const regionCodes = regions(own(record, 'region'));
      const website = toWebHref(own(record, 'website'));
      if (own(record, 'website') !== undefined && !website) (dropped ??= []).push('website');
      const rawChannels = own(record, 'channels') ?? [];
      if (!Array.isArray(rawChannels)) throw new FieldError('channels');
      const channels: OrgChannel[] = [];
      rawChannels.forEach((raw: unknown, i) => {
        try {
          const checked = channel(raw);
          if (checked) channels.push(checked);
          else (dropped ??= []).push(`channels[${i}].value`);
        } catch (error) {
          throw error instanceof FieldError ? new FieldError(`channels[${i}]${error.message}`) : error;
        }
      });
      if (!website && channels.length === 0) throw new FieldError('website');
      const languages = own(record, 'languages') ?? [];
      if (!Array.isArray(languages) || !languages.every((tag) => typeof tag === 'string' && LANGUAGE.test(tag))) {
        throw new FieldError('languages');
      }
      const verified = own(record, 'verified');
      if (verified !== undefined && !(typeof verified === 'string' && /^\d{4}-\d\d-\d\d$/.test(verified))) {
        throw new FieldError('verified');
      }
      const source = own(record, 'source');
      const sourceHref = toWebHref(source);
      if (source !== undefined && !sourceHref) (dropped ??= []).push('source');
      orgs.push({
        id,
        name,
        description,
        forms,
        audiences,
        regions: regionCodes,
        website,
        channels,
        languages: languages as string[],
        source: sourceHref,
        verified: verified as string | undefined,
        partner,
      });
      ids.add(id);
      if (dropped) {
        warnOnce(
          `${where(label, index, id)}: left out ${dropped.map((field) => `"${field}"`).join(', ')}: only https:, tel: and mailto: links are shown.`,
        );
      }
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      warnOnce(`${where(label, index, id)} skipped: field "${error.message}" is missing or not valid.`);
    }
  });
  return orgs;
}

function flag(value: unknown, field: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new FieldError(field);
  return value;
}

export class LoadError extends Error {
  constructor(readonly reason: LoadFailure) {
    super(reason);
  }
}

/** The `orgs` array of a partner document `{"orgs": [ … ]}`. */
export function partnerRecords(data: unknown): unknown[] {
  const orgs = isObject(data) ? own(data, 'orgs') : undefined;
  if (!Array.isArray(orgs)) throw new LoadError('invalid-shape');
  return orgs;
}

/**
 * Fetches partner data from the partner's own `src`: no cookies, no referrer, nothing stored.
 * Gives up after `timeoutMs`, or when `signal` aborts (the element left the page).
 */
export async function fetchPartnerRecords(src: string, signal: AbortSignal, timeoutMs: number): Promise<unknown[]> {
  const url = new URL(src, document.baseURI);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new LoadError('network');
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.any([signal, timeout]),
    });
    body = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LoadError(timeout.aborted ? 'timeout' : 'network');
  }
  if (!response.ok) throw new LoadError('http');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new LoadError('invalid-json');
  }
  return partnerRecords(data);
}
