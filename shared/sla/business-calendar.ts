import { instantOfWallTime, zoneOffsetMs } from './time-zones';

/**
 * Business time: a team's opening hours in its own time zone, minus its holidays. The SLA clocks of a team
 * with a calendar count only the time its desk is open (see `business-clock.ts`). Pure: instants are
 * milliseconds since the epoch, zones are IANA names read through `Intl.DateTimeFormat`.
 *
 * A calendar open 00:00–24:00 every day without holidays counts exactly wall-clock time, whatever the
 * zone's daylight-saving changes (each local day's opening ends where the next one's begins).
 */

/** Days of the week, Sunday first (the order of `Date.prototype.getUTCDay`). */
export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdays)[number];

/** Minutes in a day: the end of an interval that runs until midnight. */
export const minutesPerDay = 24 * 60;

/** One opening interval of a day, in minutes from local midnight: `startMinute` < `endMinute` ≤ 1440. */
export interface OpeningInterval {
  startMinute: number;
  endMinute: number;
}

/**
 * A team's business calendar: its IANA time zone, the opening intervals of each weekday (none: closed;
 * an overnight shift is the evening of one day and the morning of the next), and holiday dates
 * (`YYYY-MM-DD`, local) on which the desk is closed all day. `workingDays` are make-up working days (China's
 * 调休: a weekend day worked in exchange for a bridge holiday): on such a date the desk opens with the hours of
 * the calendar's first working weekday (Monday, else the first of Tuesday to Friday with hours), whatever
 * weekday it is. A date listed in both is a holiday.
 */
export interface BusinessCalendar {
  timeZone: string;
  weeklyHours: Readonly<Record<Weekday, readonly OpeningInterval[]>>;
  holidays: readonly string[];
  workingDays?: readonly string[];
}

/** A span of wall-clock time, `[start, end)`, in milliseconds since the epoch. */
export interface TimeSpan {
  start: number;
  end: number;
}

const dayMs = 86_400_000;
const minuteMs = 60_000;
/** How far a walk looks for open time before giving up (a calendar open nowhere in ten years). */
const maxDaysWalked = 3660;

/** The calendar open every minute of every day, with no holidays (business time = wall-clock time). */
export function alwaysOpenCalendar(timeZone = 'UTC'): BusinessCalendar {
  const allDay = [{ startMinute: 0, endMinute: minutesPerDay }];
  return {
    timeZone,
    weeklyHours: {
      sun: allDay,
      mon: allDay,
      tue: allDay,
      wed: allDay,
      thu: allDay,
      fri: allDay,
      sat: allDay,
    },
    holidays: [],
  };
}

/** The local date (`YYYY-MM-DD`) of local day number `day` (days since 1970-01-01). */
function dateOfDay(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** Per calendar: the open spans of each local day, computed once (a read measures many tickets). */
interface CalendarSpans {
  calendar: BusinessCalendar;
  holidays: ReadonlySet<string>;
  workingDays: ReadonlySet<string>;
  days: Map<number, readonly TimeSpan[]>;
}

const spansByCalendar = new WeakMap<BusinessCalendar, CalendarSpans>();

function spansOf(calendar: BusinessCalendar): CalendarSpans {
  let spans = spansByCalendar.get(calendar);
  if (spans === undefined) {
    spans = {
      calendar,
      holidays: new Set(calendar.holidays),
      workingDays: new Set(calendar.workingDays ?? []),
      days: new Map(),
    };
    spansByCalendar.set(calendar, spans);
  }
  return spans;
}

/** The open spans of local day `day` (days since 1970-01-01 in the calendar's zone), in time order. */
function openSpansOfDay(spans: CalendarSpans, day: number): readonly TimeSpan[] {
  const cached = spans.days.get(day);
  if (cached !== undefined) {
    return cached;
  }
  const { calendar } = spans;
  // 1970-01-01 was a Thursday.
  const weekday = weekdays[(((day + 4) % 7) + 7) % 7] ?? 'sun';
  const date = dateOfDay(day);
  const open: TimeSpan[] = [];
  if (!spans.holidays.has(date)) {
    const hours = spans.workingDays.has(date) ? workdayHours(calendar) : calendar.weeklyHours[weekday];
    const intervals = [...hours].sort((a, b) => a.startMinute - b.startMinute);
    for (const interval of intervals) {
      const start = instantOfWallTime(calendar.timeZone, day * dayMs + interval.startMinute * minuteMs);
      const end = instantOfWallTime(calendar.timeZone, day * dayMs + interval.endMinute * minuteMs);
      const last = open[open.length - 1];
      if (last !== undefined && start <= last.end) {
        // Overlapping or touching intervals count once.
        last.end = Math.max(last.end, end);
      } else if (end > start) {
        open.push({ start, end });
      }
    }
  }
  spans.days.set(day, open);
  return open;
}

/** The hours a make-up working day opens with: Monday's, else the first of Tuesday to Friday with hours. */
function workdayHours(calendar: BusinessCalendar): readonly OpeningInterval[] {
  const workday = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).find(
    (weekday) => calendar.weeklyHours[weekday].length > 0,
  );
  return workday === undefined ? [] : calendar.weeklyHours[workday];
}

/** The local day number (days since 1970-01-01 in `timeZone`) that `instant` falls on. */
function localDayOf(timeZone: string, instant: number): number {
  return Math.floor((instant + zoneOffsetMs(timeZone, instant)) / dayMs);
}

/** `spans` minus every pause in `pauses`. */
function withoutPauses(spans: readonly TimeSpan[], pauses: readonly TimeSpan[]): TimeSpan[] {
  let remaining: TimeSpan[] = [...spans];
  for (const pause of pauses) {
    if (pause.end <= pause.start) {
      continue;
    }
    const next: TimeSpan[] = [];
    for (const span of remaining) {
      if (pause.end <= span.start || pause.start >= span.end) {
        next.push(span);
        continue;
      }
      if (pause.start > span.start) {
        next.push({ start: span.start, end: pause.start });
      }
      if (pause.end < span.end) {
        next.push({ start: pause.end, end: span.end });
      }
    }
    remaining = next;
  }
  return remaining;
}

/**
 * Milliseconds of business time in `[from, to)`: open hours of `calendar`, outside holidays and outside
 * every pause in `pauses` (the spans during which the clock did not count). 0 when `to` ≤ `from`.
 */
export function businessMsBetween(
  calendar: BusinessCalendar,
  from: number,
  to: number,
  pauses: readonly TimeSpan[] = [],
): number {
  if (to <= from) {
    return 0;
  }
  const spans = spansOf(calendar);
  const lastDay = localDayOf(calendar.timeZone, to);
  let total = 0;
  for (let day = localDayOf(calendar.timeZone, from); day <= lastDay; day += 1) {
    for (const span of withoutPauses(openSpansOfDay(spans, day), pauses)) {
      total += Math.max(0, Math.min(span.end, to) - Math.max(span.start, from));
    }
  }
  return total;
}

/**
 * The instant at which `ms` milliseconds of business time have passed since `from` (skipping closed
 * hours, holidays and `pauses`); with a negative `ms`, the instant `-ms` of business time before `from`.
 * Adding to a closing time moves on to the next opening only when something is left to count (adding 0
 * returns `from`); either direction answers the earliest instant with that much business time behind it,
 * so a deadline reached exactly at Friday's closing is Friday's closing, not Monday's opening. Throws when the calendar has no open time for ten years.
 */
export function addBusinessMs(
  calendar: BusinessCalendar,
  from: number,
  ms: number,
  pauses: readonly TimeSpan[] = [],
): number {
  if (ms === 0) {
    return from;
  }
  const spans = spansOf(calendar);
  const direction = ms > 0 ? 1 : -1;
  let left = Math.abs(ms);
  const firstDay = localDayOf(calendar.timeZone, from);
  for (let step = 0; step <= maxDaysWalked; step += 1) {
    const day = firstDay + step * direction;
    const open = withoutPauses(openSpansOfDay(spans, day), pauses);
    const ordered = direction === 1 ? open : [...open].reverse();
    for (const span of ordered) {
      if (direction === 1) {
        const start = Math.max(span.start, from);
        if (span.end <= start) {
          continue;
        }
        if (span.end - start >= left) {
          return start + left;
        }
        left -= span.end - start;
      } else {
        const end = Math.min(span.end, from);
        if (end <= span.start) {
          continue;
        }
        // Strictly more: time running out exactly at an opening lands on the previous closing instead,
        // the earliest moment with that much business time behind it (what the forward walk answers).
        if (end - span.start > left) {
          return end - left;
        }
        left -= end - span.start;
      }
    }
  }
  throw new Error(`business calendar in ${calendar.timeZone} has no open time for ten years`);
}
