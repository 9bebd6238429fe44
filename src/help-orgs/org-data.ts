import { FORMS } from '../shared/forms.js';
import { WEEKDAYS, type Hours, type OpeningPeriod, type TimeRange } from '../shared/hours.js';
import { activeLocale } from '../shared/locale.js';
import { toWebHref } from '../shared/links.js';
import { warnOnce } from '../shared/warn.js';
import { AUDIENCES, CHANNEL_TYPES, LoadError, toLink, type ChannelType, type Org, type OrgChannel, type Text } from './org.js';

/*
 * The one place where organisation data becomes something <help-orgs> shows. Partner data is
 * written by many hands: every record is checked here, field by field. A record that cannot be
 * shown is skipped with one warning naming its index, id and field; a link that is not https:,
 * tel: or mailto: is left out; text stays text (Lit escapes it); unknown fields are ignored,
 * and only own properties are read, so `__proto__` and friends do nothing. Loaded only on pages
 * with partner data; the built-in organisations go through the same checks in the tests, so a
 * bad built-in record fails a test rather than costing every page these checks.
 */

const ID = /^[\w-]{1,100}$/;
const CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const MAX_TEXT = 500;


/** Raised for a field that makes a record unusable. */
class FieldError extends Error {
  constructor(
    field: string,
    readonly reason: OrgProblemReason = field === 'website' ? 'unreachable' : 'invalid',
  ) {
    super(field);
  }
}

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

/** A time of day, `HH:MM`, or `24:00` for midnight at the end of a day. */
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Whether `range` is a time range: `HH:MM` times, closing after opening. */
export const isTimeRange = (range: Partial<Record<keyof TimeRange, unknown>> | null): boolean =>
  typeof range === 'object' &&
  range !== null &&
  typeof range.opens === 'string' &&
  typeof range.closes === 'string' &&
  TIME.test(range.opens) &&
  TIME.test(range.closes) &&
  range.opens < range.closes;

/** Whether `periods` is well-formed opening hours: days known, times `HH:MM`, each closing after opening. */
export function isOpeningHours(periods: unknown): periods is readonly OpeningPeriod[] {
  return (
    Array.isArray(periods) &&
    periods.length > 0 &&
    periods.every(
      (period: Partial<Record<keyof OpeningPeriod, unknown>> | null) =>
        isTimeRange(period) &&
        Array.isArray(period!.days) &&
        period!.days.length > 0 &&
        period!.days.every((day) => (WEEKDAYS as readonly unknown[]).includes(day)),
    )
  );
}

/** Whether `value` is well-formed holiday hours: `usual`, `closed`, or time ranges. */
function isHolidayHours(value: unknown): value is NonNullable<Hours['holidayHours']> {
  return value === 'usual' || value === 'closed' || (Array.isArray(value) && value.length > 0 && value.every(isTimeRange));
}

/** A date as partner data writes it, `YYYY-MM-DD` (help-orgs.schema.json has the same pattern). */
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether `value` is a list of dates, `YYYY-MM-DD`. */
function isDateList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.length > 0 && value.every((date) => typeof date === 'string' && DATE.test(date));
}

/** One channel, or undefined when its link is not one to show. Field names in errors are relative. */
function channel(record: unknown): OrgChannel | undefined {
  if (!isObject(record)) throw new FieldError('');
  const type = own(record, 'type') as ChannelType;
  if (!CHANNEL_TYPES.includes(type)) throw new FieldError('.type');
  const link = toLink(type, own(record, 'value'));
  if (!link) return undefined;
  const hours = own(record, 'hours');
  const openingHours = own(record, 'openingHours');
  if (openingHours !== undefined && !isOpeningHours(openingHours)) throw new FieldError('.openingHours');
  // Holiday hours, closed dates and "usually" qualify opening hours: without them they mean nothing.
  const holidayHours = own(record, 'holidayHours');
  if (holidayHours !== undefined && (!openingHours || !isHolidayHours(holidayHours))) throw new FieldError('.holidayHours');
  const closedDates = own(record, 'closedDates');
  if (closedDates !== undefined && (!openingHours || !isDateList(closedDates))) throw new FieldError('.closedDates');
  const usually = own(record, 'usually');
  if (usually !== undefined && (!openingHours || typeof usually !== 'boolean')) throw new FieldError('.usually');
  return {
    type,
    href: link.href,
    display: link.display,
    hours: hours === undefined ? undefined : localized(hours, '.hours'),
    ...(openingHours && { openingHours }),
    ...(holidayHours !== undefined && { holidayHours }),
    ...(closedDates !== undefined && { closedDates }),
    ...(usually && { usually: true as const }),
    always: flag(own(record, 'always'), '.always'),
    anonymous: flag(own(record, 'anonymous'), '.anonymous'),
  };
}

/** Something in partner data that is not shown, and why. */
export interface OrgProblem {
  /** The record's position in the data, from 0. */
  index: number;
  /** The record's id; undefined when it has none that is text. */
  id: string | undefined;
  /** The field, as `channels[1].value`; `record` when the record itself is no object. */
  field: string;
  /** True when the whole record is left out; false when only this field is. */
  skipped: boolean;
  /** Why (the workbench's partner-data check says it in plain Dutch). */
  reason: OrgProblemReason;
}

/**
 * `invalid`: the field is missing or not as the format asks; `duplicate-id`: an earlier record
 * has this id; `unreachable`: no https website and no channel to show; `unsafe-link`: a link that
 * is not https:, tel: or mailto: (only this field is left out).
 */
export type OrgProblemReason = 'invalid' | 'duplicate-id' | 'unreachable' | 'unsafe-link';

/** What {@link parseOrgData} made of partner data: what is shown, and what is not. */
export interface OrgData {
  orgs: Org[];
  problems: OrgProblem[];
}

/**
 * Checks records and returns the ones that can be shown, with what was left out and why.
 * `partner` marks the records as the partner's own. A partner may have a thousand records:
 * problems are built only when there is something wrong.
 */
export function checkOrgs(records: readonly unknown[], partner = true): OrgData {
  const orgs: Org[] = [];
  const problems: OrgProblem[] = [];
  const ids = new Set<string>();
  records.forEach((record, index) => {
    const id = isObject(record) ? own(record, 'id') : undefined;
    const problem = (field: string, reason: OrgProblemReason) =>
      problems.push({ index, id: typeof id === 'string' ? id : undefined, field, skipped: reason !== 'unsafe-link', reason });
    let dropped: string[] | undefined;
    try {
      if (!isObject(record)) throw new FieldError('record');
      if (typeof id !== 'string' || !ID.test(id)) throw new FieldError('id');
      if (ids.has(id)) throw new FieldError('id', 'duplicate-id');
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
      dropped?.forEach((field) => problem(field, 'unsafe-link'));
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      problem(error.message, error.reason);
    }
  });
  return { orgs, problems };
}

/**
 * Partner data as <help-orgs> reads it: the document `{"orgs": [ … ]}`, or its JSON text.
 * Returns the organisations it shows and, record by record, what it leaves out and why.
 * Throws a {@link LoadError} (`invalid-json`, `invalid-shape`, naming `src`) when the document
 * itself is unusable.
 */
export function parseOrgData(data: unknown, src: string | null = null): OrgData {
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      throw new LoadError('invalid-json', src);
    }
  }
  const orgs = isObject(data) ? own(data, 'orgs') : undefined;
  if (!Array.isArray(orgs)) throw new LoadError('invalid-shape', src);
  return checkOrgs(orgs);
}

/** Where a record is, for warnings. */
const where = (label: string, { index, id }: OrgProblem) =>
  `${label}: organisation ${index}${id === undefined ? '' : ` (id ${JSON.stringify(id)})`}`;

/** Says in the console, once per page, what `label`'s data leaves out: one line per record. */
export function warnProblems(label: string, problems: readonly OrgProblem[]): void {
  let leftOut: string[] = [];
  problems.forEach((problem, i) => {
    if (problem.skipped) return warnOnce(`${where(label, problem)} skipped: field "${problem.field}" is missing or not valid.`);
    leftOut.push(`"${problem.field}"`);
    // A record's fields left out come one after another; the record's last one says them all.
    if (problems[i + 1]?.index === problem.index) return;
    warnOnce(`${where(label, problem)}: left out ${leftOut.join(', ')}: only https:, tel: and mailto: links are shown.`);
    leftOut = [];
  });
}

/** The records that can be shown; what cannot is said in the console, naming `label`. */
export function parseOrgs(records: readonly unknown[], label: string, partner: boolean): Org[] {
  const { orgs, problems } = checkOrgs(records, partner);
  warnProblems(label, problems);
  return orgs;
}

function flag(value: unknown, field: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new FieldError(field);
  return value;
}
