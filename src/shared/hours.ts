import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/*
 * Opening hours as data, and whether a line is open now. Hours are Dutch time (Europe/Amsterdam)
 * whatever zone the visitor's device is in. Dutch time follows the EU's summer-time rule
 * (dutchOffset), and times are written here, not by Intl: a page's first date format costs
 * 30–120 ms (Chromium), the largest part of a widget's first render. Dutch public holidays are
 * computed (Easter by the Gregorian computus), so they never run out: on one, a line whose source
 * gives no holiday hours is not called open.
 */

export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** From `opens` up to (not including) `closes`, Dutch time, both `HH:MM`. */
export interface TimeRange {
  opens: string;
  closes: string;
}

/** Hours on the given days, Dutch time. */
export interface OpeningPeriod extends TimeRange {
  days: readonly Weekday[];
}

/**
 * A line's hours as data. The fields besides `openingHours` are optional, so a channel record
 * (built-in or partner) is one as it is.
 */
export interface Hours {
  openingHours: readonly OpeningPeriod[];
  /**
   * On Dutch public holidays: `usual` (the hours of that weekday), `closed`, or hours of their
   * own. Without it nothing is known of those days, and the line is not called open on them.
   */
  holidayHours?: 'usual' | 'closed' | readonly TimeRange[];
  /** Dutch dates (`YYYY-MM-DD`) on which the line is closed all day. */
  closedDates?: readonly string[];
  /** The source says the line is usually reachable in these hours, not always: never "Nu open". */
  usually?: boolean;
}

/**
 * Whether a Dutch calendar date (midnight UTC of that date) is a public holiday: the days of the Algemene termijnenwet (art.
 * 3: New Year's Day, Easter Monday, King's Day, 5 May, Ascension Day, Whit Monday, Christmas and
 * Boxing Day, and Good Friday) and Easter and Whit Sunday (docs/sources.md, "Hours and public
 * holidays"). King's Day is 27 April, or the 26th when the 27th is a Sunday. Good Friday and
 * 5 May are not a day off for everyone, but a line may well be closed on them. Easter is worked
 * out for the year (the anonymous Gregorian algorithm), so the list never runs out.
 */
export function isDutchHoliday(date: Date): boolean {
  const year = date.getUTCFullYear();
  const time = date.getTime();
  // Integer division as `| 0`: every number here is positive.
  const a = year % 19;
  const b = (year / 100) | 0;
  const c = year % 100;
  const h = (19 * a + b - ((b / 4) | 0) - (((b - (((b + 8) / 25) | 0) + 1) / 3) | 0) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * ((c / 4) | 0) - h - (c % 4)) % 7;
  const m = ((a + 11 * h + 22 * l) / 451) | 0;
  // Easter Sunday: month (h + l - 7m + 114) / 31, day its remainder + 1; that is, counted in March:
  const easter = Date.UTC(year, 2, h + l - 7 * m + 22);
  return (
    ['01-01', '05-05', '12-25', '12-26'].includes(date.toISOString().slice(5, 10)) ||
    time === Date.UTC(year, 3, new Date(Date.UTC(year, 3, 27)).getUTCDay() ? 27 : 26) ||
    [-2, 0, 1, 39, 49, 50].includes((time - easter) / 86_400_000)
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

const HOUR = 3_600_000;

/**
 * How far (ms) Dutch time is ahead of UTC at `instant`, by the EU's summer-time rule (since 1996):
 * UTC+2 from the last Sunday of March to the last Sunday of October, each at 01:00 UTC; else
 * UTC+1. A test holds it to each engine's time-zone data.
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

/** The date and time a clock in the Netherlands shows at `instant`. */
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

/** How far (ms) the device's clock is ahead of UTC at `instant`: the time the visitor's own clock shows. */
export const deviceOffset = (instant: number): number => -new Date(instant).getTimezoneOffset() * 60_000;

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/** Whether a line with these hours is open, and when that changes. */
export interface OpenState {
  open: boolean;
  /** Open, but its source says "usually": never shown as surely open. */
  usually: boolean;
  /**
   * Within its usual hours on a Dutch public holiday for which it states no hours: it may be
   * closed, so it is not open (`open` is false).
   */
  holiday: boolean;
  /**
   * When it opens next, if it is closed now (within two weeks; holidays it may be closed on are
   * passed over, so this is an opening its hours are sure of).
   */
  opens?: Date;
  /** The next moment the text shown can change: an opening, a closing or midnight (Dutch time). */
  boundary: Date;
}

/** Whether a line with `hours` is open at `now`, in Dutch time. */
export function openState(hours: Hours, now: Date): OpenState {
  const at = now.getTime();
  const today = dutchClock(at);
  const todayOffset = dutchOffset(at);
  /** The instant of a Dutch time `ahead` days from today; today's offset is the first guess. */
  const instant = (ahead: number, minutes: number) => {
    const asUtc = Date.UTC(today.year, today.month - 1, today.day + ahead, 0, minutes);
    return asUtc - dutchOffset(asUtc - todayOffset);
  };
  /**
   * The hours of the Dutch day `ahead` days from today, and whether they are unsure: a public
   * holiday the hours say nothing of (then the usual hours, in which the line may be closed).
   */
  const hoursOn = (ahead: number): [readonly TimeRange[], boolean] => {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + ahead));
    const usual = hours.openingHours.filter(({ days }) => days.includes(WEEKDAYS[(today.weekday + ahead) % 7]));
    const { holidayHours } = hours;
    if (hours.closedDates?.includes(date.toISOString().slice(0, 10))) return [[], false];
    if (!isDutchHoliday(date)) return [usual, false];
    return [holidayHours === 'closed' ? [] : holidayHours === 'usual' || !holidayHours ? usual : holidayHours, !holidayHours];
  };
  let open = false;
  let holiday = false;
  let opens: number | undefined;
  let boundary = instant(1, 0);
  const [ranges, unsure] = hoursOn(0);
  for (const range of ranges) {
    const start = instant(0, minutesOf(range.opens));
    const end = instant(0, minutesOf(range.closes));
    if (start <= at && at < end) {
      if (unsure) holiday = true;
      else open = true;
    }
    if (!unsure && start > at && (opens === undefined || start < opens)) opens = start;
    for (const change of [start, end]) if (change > at && change < boundary) boundary = change;
  }
  // Closed and not opening again today: the first day, up to two weeks ahead, that it surely opens.
  for (let ahead = 1; !open && opens === undefined && ahead <= 14; ahead++) {
    const [later, notSure] = hoursOn(ahead);
    const starts = notSure ? [] : later.map((range) => instant(ahead, minutesOf(range.opens)));
    if (starts.length > 0) opens = Math.min(...starts);
  }
  return {
    open,
    usually: open && !!hours.usually,
    holiday,
    opens: open || opens === undefined ? undefined : new Date(opens),
    boundary: new Date(boundary),
  };
}

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/**
 * "Nu open", or "Nu gesloten · opent maandag om 09:00". The time is Dutch time on a 24-hour
 * clock in Latin digits, like the numbers to call, in every language; "(Nederlandse tijd)"
 * follows when the device's clock (`offsetAt`, the device's own by default) shows another time
 * then. The day is the translations' own, in the form it takes inside the sentence.
 */
export function openStateText(state: OpenState, now: Date, offsetAt: (instant: number) => number = deviceOffset): string {
  if (state.holiday) return msg('Feestdag: misschien gesloten', { id: 'hours.holiday', desc: 'A help line on a Dutch public holiday: no source says whether it is open that day.' });
  if (state.open) return state.usually
      ? msg('Nu meestal open', { id: 'hours.usuallyOpen', desc: 'A help line that its source says is usually, not always, answered at this time.' })
      : msg('Nu open', { id: 'hours.open', desc: 'Whether a help line is open at this moment.' });
  if (!state.opens) return msg('Nu gesloten', { id: 'hours.closed', desc: 'A help line closed now, with no opening time known.' });
  const at = state.opens.getTime();
  const opens = dutchClock(at);
  const clock = `${twoDigits((opens.minutes / 60) | 0)}:${twoDigits(opens.minutes % 60)}`;
  const time = offsetAt(at) !== dutchOffset(at) ? msg(str`${clock} (Nederlandse tijd)`, { id: 'hours.dutchTime', desc: 'The placeholder is a time of day; added when the visitor\'s device is in another time zone.' }) : clock;
  // Within two weeks, the same day of the month is the same day.
  if (opens.day === dutchClock(now.getTime()).day) {
    return msg(str`Nu gesloten · opent om ${time}`, { id: 'hours.opensToday', desc: 'The placeholder is a time of day (24-hour clock), possibly followed by "(Dutch time)".' });
  }
  const day = msg('maandag,dinsdag,woensdag,donderdag,vrijdag,zaterdag,zondag', {
    id: 'hours.days',
    desc: 'The seven weekdays, Monday first, separated by commas without spaces, each as inside a sentence ("opens Tuesday at 09:00").',
  }).split(',')[opens.weekday];
  return msg(str`Nu gesloten · opent ${day} om ${time}`, { id: 'hours.opensDay', desc: 'The placeholders: a weekday name (from hours.days), then a time of day (24-hour clock).' });
}

/*
 * A state holds until its boundary, so widgets re-rendering share the last one worked out for
 * the same hours.
 */
const states = new WeakMap<Hours, { from: number; state: OpenState }>();

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

  /** The state of a line with `hours` (a channel record) now, noting its boundary for the page's timer. */
  state(hours: Hours): OpenState {
    const now = Date.now();
    let known = states.get(hours);
    if (!known || now < known.from || now >= known.state.boundary.getTime()) {
      known = { from: now, state: openState(hours, new Date(now)) };
      states.set(hours, known);
    }
    this.boundary = Math.min(this.boundary, known.state.boundary.getTime());
    return known.state;
  }

  /** "Nu open" or "Nu gesloten · opent …" for a state from state(), in the language rendering now. */
  text(state: OpenState): string {
    return openStateText(state, new Date());
  }

  /** @internal The page's timer reached a boundary. */
  wake(): void {
    this.host.requestUpdate();
  }
}
