import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/*
 * Opening hours as data, and whether a line is open now. Hours are Dutch time (Europe/Amsterdam)
 * whatever zone the visitor's device is in; Intl does the zone arithmetic, so daylight-saving
 * changes need no table. Public holidays are not modelled: no source gives them.
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

/** The zone the visitor's device is set to. */
export const deviceTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Whether `periods` is well-formed opening hours: days known, times `HH:MM`, each closing after opening. */
export function isOpeningHours(periods: unknown): periods is readonly OpeningPeriod[] {
  return (
    Array.isArray(periods) &&
    periods.length > 0 &&
    periods.every(
      (period: Partial<Record<keyof OpeningPeriod, unknown>> | null) =>
        typeof period === 'object' &&
        period !== null &&
        Array.isArray(period.days) &&
        period.days.length > 0 &&
        period.days.every((day) => (WEEKDAYS as readonly unknown[]).includes(day)) &&
        typeof period.opens === 'string' &&
        typeof period.closes === 'string' &&
        TIME.test(period.opens) &&
        TIME.test(period.closes) &&
        period.opens < period.closes,
    )
  );
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  /** 0 = Monday. */
  weekday: number;
  minutes: number;
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** The date and time a clock in `zone` shows at `instant`. */
function wallClock(instant: number, zone: string): WallClock {
  let format = wallFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    wallFormats.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map(({ type, value }) => [type, value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** How far (ms) a clock in `zone` is ahead of UTC at `instant`. */
function offset(instant: number, zone: string): number {
  const { year, month, day, minutes } = wallClock(instant, zone);
  const flat = Math.floor(instant / 60_000) * 60_000;
  return Date.UTC(year, month - 1, day, 0, minutes) - flat;
}

/** The instant a clock in `zone` shows `minutes` past midnight on a date (days may run over). */
function instantOf(year: number, month: number, day: number, minutes: number, zone: string): number {
  const asUtc = Date.UTC(year, month - 1, day, 0, minutes);
  const guess = asUtc - offset(asUtc, zone);
  return asUtc - offset(guess, zone);
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
  const today = wallClock(at, DUTCH_TIME_ZONE);
  let open = false;
  let opens: number | undefined;
  let boundary = instantOf(today.year, today.month, today.day + 1, 0, DUTCH_TIME_ZONE);
  // Eight days: today's hours up to the same weekday next week.
  for (let ahead = 0; ahead <= 7; ahead++) {
    const weekday = WEEKDAYS[(today.weekday + ahead) % 7];
    for (const period of periods) {
      if (!period.days.includes(weekday)) continue;
      const start = instantOf(today.year, today.month, today.day + ahead, minutesOf(period.opens), DUTCH_TIME_ZONE);
      const end = instantOf(today.year, today.month, today.day + ahead, minutesOf(period.closes), DUTCH_TIME_ZONE);
      if (start <= at && at < end) open = true;
      if (start > at && (opens === undefined || start < opens)) opens = start;
      for (const change of [start, end]) if (change > at && change < boundary) boundary = change;
    }
  }
  return { open, ...(!open && opens !== undefined && { opens: new Date(opens) }), boundary: new Date(boundary) };
}

/** Whether a clock in `zone` shows a different time than a Dutch one at `instant`. */
export function differsFromDutchTime(instant: Date, zone: string): boolean {
  return offset(instant.getTime(), zone) !== offset(instant.getTime(), DUTCH_TIME_ZONE);
}

/**
 * "Nu open", or "Nu gesloten · opent maandag om 9.00" in the visitor's language and time format;
 * the time is followed by "(Nederlandse tijd)" when the device's clock shows another time.
 */
export function openStateText(state: OpenState, now: Date, locale: string, zone: string): string {
  if (state.open) return msg('Nu open');
  if (!state.opens) return msg('Nu gesloten');
  const dutch = { timeZone: DUTCH_TIME_ZONE } as const;
  const clock = new Intl.DateTimeFormat(locale, { ...dutch, hour: 'numeric', minute: '2-digit' }).format(state.opens);
  const time = differsFromDutchTime(state.opens, zone) ? msg(str`${clock} (Nederlandse tijd)`) : clock;
  const sameDay = (date: Date) => new Intl.DateTimeFormat('en-CA', dutch).format(date);
  if (sameDay(state.opens) === sameDay(now)) return msg(str`Nu gesloten · opent om ${time}`);
  const day = new Intl.DateTimeFormat(locale, { ...dutch, weekday: 'long' }).format(state.opens);
  return msg(str`Nu gesloten · opent ${day} om ${time}`);
}

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
    const state = openState(periods, new Date());
    this.boundary = Math.min(this.boundary, state.boundary.getTime());
    return state;
  }

  /** "Nu open" or "Nu gesloten · opent …" for a state from state(), in `locale`. */
  text(state: OpenState, locale: string): string {
    return openStateText(state, new Date(), locale, deviceTimeZone());
  }

  /** @internal The page's timer reached a boundary. */
  wake(): void {
    this.host.requestUpdate();
  }
}
