import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/*
 * Opening hours as data, and whether a line is open now. Hours are Dutch time (Europe/Amsterdam)
 * whatever zone the visitor's device is in. Dutch time follows the EU's summer-time rule
 * (dutchOffset); Intl does the arithmetic for the device's zone and writes the times, which only a
 * closed line shows. Public holidays are not modelled: no source gives them.
 */

export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Hours on the given days, Dutch time: from `opens` up to (not including) `closes`, both `HH:MM`. */
export interface OpeningPeriod {
  days: readonly Weekday[];
  opens: string;
  closes: string;
}

export const DUTCH_TIME_ZONE = 'Europe/Amsterdam';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date format, made once: widgets re-render often and making one is slow. */
function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** The zone the visitor's device is set to. */
export const deviceTimeZone = (): string => dateFormat(undefined, {}).resolvedOptions().timeZone;

interface WallClock {
  year: number;
  month: number;
  day: number;
  /** 0 = Monday. */
  weekday: number;
  minutes: number;
}

const HOUR = 3_600_000;

/**
 * How far (ms) Dutch time is ahead of UTC at `instant`, by the EU's summer-time rule (since 1996):
 * UTC+2 from the last Sunday of March to the last Sunday of October, each at 01:00 UTC; else
 * UTC+1. Worked out rather than asked of Intl: a page's first date format costs 30–100 ms
 * (Chromium), the largest part of a widget's first render. A test holds it to each engine's
 * time-zone data.
 */
export function dutchOffset(instant: number): number {
  const year = new Date(instant).getUTCFullYear();
  /** The last Sunday of `month` (0-based), 01:00 UTC. */
  const lastSunday = (month: number) => {
    const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
    return lastDay.getTime() - lastDay.getUTCDay() * 24 * HOUR;
  };
  return instant >= lastSunday(2) && instant < lastSunday(9) ? 2 * HOUR : HOUR;
}

/** The date and time a Dutch clock shows at `instant`. */
function dutchClock(instant: number): WallClock {
  const dutch = new Date(instant + dutchOffset(instant));
  return {
    year: dutch.getUTCFullYear(),
    month: dutch.getUTCMonth() + 1,
    day: dutch.getUTCDate(),
    weekday: (dutch.getUTCDay() + 6) % 7,
    minutes: dutch.getUTCHours() * 60 + dutch.getUTCMinutes(),
  };
}

/** How far (ms) a clock in `zone` is ahead of UTC at `instant`; asked of Intl only for a closed line. */
function zoneOffset(instant: number, zone: string): number {
  const name = dateFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  // "GMT+05:30", or "GMT" for UTC itself.
  const [, sign, hours, minutes] = /([+-])(\d\d):(\d\d)/.exec(name ?? '') ?? [];
  return sign ? Number(`${sign}1`) * (Number(hours) * HOUR + Number(minutes) * 60_000) : 0;
}

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/** Whether a line with these hours is open, and when that changes. */
export interface OpenState {
  open: boolean;
  /** When it opens next, if it is closed now (within a week; always set for hours that open at all). */
  opens?: Date;
  /** The next moment the text shown can change: an opening, a closing or midnight (Dutch time). */
  boundary: Date;
}

/** Whether `periods` are open at `now`, in Dutch time. */
export function openState(periods: readonly OpeningPeriod[], now: Date): OpenState {
  const at = now.getTime();
  const today = dutchClock(at);
  const todayOffset = dutchOffset(at);
  /** The instant of a Dutch time `ahead` days from today; today's offset is the first guess. */
  const instant = (ahead: number, minutes: number) => {
    const asUtc = Date.UTC(today.year, today.month - 1, today.day + ahead, 0, minutes);
    return asUtc - dutchOffset(asUtc - todayOffset);
  };
  const periodsOn = (ahead: number) => periods.filter(({ days }) => days.includes(WEEKDAYS[(today.weekday + ahead) % 7]));
  let open = false;
  let opens: number | undefined;
  let boundary = instant(1, 0);
  for (const period of periodsOn(0)) {
    const start = instant(0, minutesOf(period.opens));
    const end = instant(0, minutesOf(period.closes));
    if (start <= at && at < end) open = true;
    if (start > at && (opens === undefined || start < opens)) opens = start;
    for (const change of [start, end]) if (change > at && change < boundary) boundary = change;
  }
  // Closed and not opening again today: the first day, up to a week ahead, that it opens.
  for (let ahead = 1; !open && opens === undefined && ahead <= 7; ahead++) {
    const starts = periodsOn(ahead).map((period) => instant(ahead, minutesOf(period.opens)));
    if (starts.length > 0) opens = Math.min(...starts);
  }
  return { open, ...(!open && opens !== undefined && { opens: new Date(opens) }), boundary: new Date(boundary) };
}

/** Whether a clock in `zone` shows a different time than a Dutch one at `instant`. */
export function differsFromDutchTime(instant: Date, zone: string): boolean {
  return zoneOffset(instant.getTime(), zone) !== dutchOffset(instant.getTime());
}

/**
 * "Nu open", or "Nu gesloten · opent maandag om 9.00" in the visitor's language and time format;
 * the time is followed by "(Nederlandse tijd)" when the device's clock shows another time.
 */
export function openStateText(state: OpenState, now: Date, locale: string, zone: string): string {
  if (state.open) return msg('Nu open', { id: 'hours.open', desc: 'Whether a help line is open at this moment.' });
  if (!state.opens) return msg('Nu gesloten', { id: 'hours.closed', desc: 'A help line closed now, with no opening time known.' });
  const dutch = { timeZone: DUTCH_TIME_ZONE } as const;
  // Latin digits, like the numbers to call, in every engine: WebKit writes Arabic-Indic ones for ar.
  const clock = dateFormat(locale, { ...dutch, hour: 'numeric', minute: '2-digit', numberingSystem: 'latn' }).format(state.opens);
  const time = differsFromDutchTime(state.opens, zone) ? msg(str`${clock} (Nederlandse tijd)`, { id: 'hours.dutchTime', desc: 'The placeholder is a time of day; added when the visitor\'s device is in another time zone.' }) : clock;
  const sameDay = (date: Date) => dateFormat('en-CA', dutch).format(date);
  if (sameDay(state.opens) === sameDay(now)) return msg(str`Nu gesloten · opent om ${time}`, { id: 'hours.opensToday', desc: 'The placeholder is a time of day, possibly followed by "(Dutch time)".' });
  const day = dateFormat(locale, { ...dutch, weekday: 'long' }).format(state.opens);
  return msg(str`Nu gesloten · opent ${day} om ${time}`, { id: 'hours.opensDay', desc: 'The placeholders: a weekday name, then a time of day.' });
}

/*
 * A state holds until its boundary, so widgets re-rendering share the last one worked out for
 * the same hours, and its texts; Intl's zone arithmetic is too slow to repeat on every render.
 */
const states = new WeakMap<readonly OpeningPeriod[], { from: number; state: OpenState }>();
const texts = new WeakMap<OpenState, Map<string, string>>();

/*
 * One timer per page: every widget that shows an open-or-closed state registers here, and the
 * page wakes them all at the earliest boundary any of them showed. The timer is cleared when the
 * last of them leaves the page.
 */
const watchers = new Set<OpenNowController>();
let timer: ReturnType<typeof setTimeout> | undefined;

function schedule(): void {
  clearTimeout(timer);
  timer = undefined;
  const next = Math.min(...[...watchers].map((watcher) => watcher.boundary));
  if (!Number.isFinite(next)) return;
  timer = setTimeout(
    () => {
      timer = undefined;
      for (const watcher of watchers) watcher.wake();
    },
    Math.max(0, next - Date.now()),
  );
}

/**
 * Gives a widget the open-or-closed state of opening hours, and re-renders it when that state
 * (or its next opening) changes while the page stays open.
 */
export class OpenNowController implements ReactiveController {
  /** The earliest boundary of the states shown in the last render. */
  boundary = Infinity;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    watchers.add(this);
  }

  hostDisconnected(): void {
    watchers.delete(this);
    schedule();
  }

  hostUpdate(): void {
    this.boundary = Infinity;
  }

  hostUpdated(): void {
    if (watchers.has(this)) schedule();
  }

  /** The state of `periods` now, noting its boundary for the page's timer. */
  state(periods: readonly OpeningPeriod[]): OpenState {
    const now = Date.now();
    let known = states.get(periods);
    if (!known || now < known.from || now >= known.state.boundary.getTime()) {
      known = { from: now, state: openState(periods, new Date(now)) };
      states.set(periods, known);
    }
    this.boundary = Math.min(this.boundary, known.state.boundary.getTime());
    return known.state;
  }

  /** "Nu open" or "Nu gesloten · opent …" for a state from state(), in `locale`. */
  text(state: OpenState, locale: string): string {
    // "Nu open" needs no date format (see dutchOffset); the device's zone only matters when closed.
    if (state.open) return openStateText(state, new Date(), locale, DUTCH_TIME_ZONE);
    const zone = deviceTimeZone();
    let byLocale = texts.get(state);
    if (!byLocale) texts.set(state, (byLocale = new Map()));
    let text = byLocale.get(`${locale} ${zone}`);
    if (text === undefined) byLocale.set(`${locale} ${zone}`, (text = openStateText(state, new Date(), locale, zone)));
    return text;
  }

  /** @internal The page's timer reached a boundary. */
  wake(): void {
    this.host.requestUpdate();
  }
}
