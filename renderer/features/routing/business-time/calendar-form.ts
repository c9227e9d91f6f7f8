import {
  businessCalendarWireSchema,
  normalizeBusinessCalendar,
  type BusinessCalendarWire,
  type HolidayWire,
  type OpeningIntervalWire,
} from '../../../../shared/domain/calendar-schemas';
import type { Weekday } from '../../../../shared/sla/business-calendar';

/**
 * The calendar editor's state changes, pure: what a new calendar starts with, adding and removing opening
 * intervals and holidays, and whether the form can be saved.
 */

/** Weekdays in the order a working week is read (Monday first). */
export const editorWeekdays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const workday: OpeningIntervalWire[] = [{ start: '09:00', end: '18:00' }];

/** The calendar a lead starts from: Monday to Friday 09:00–18:00 in `timeZone`, no holidays. */
export function startingCalendar(timeZone: string): BusinessCalendarWire {
  return {
    time_zone: timeZone,
    weekly_hours: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday, sat: [], sun: [] },
    holidays: [],
  };
}

/** `calendar` with `day`'s intervals replaced. */
export function withDayHours(
  calendar: BusinessCalendarWire,
  day: Weekday,
  intervals: OpeningIntervalWire[],
): BusinessCalendarWire {
  return { ...calendar, weekly_hours: { ...calendar.weekly_hours, [day]: intervals } };
}

/** A new interval after the day's last one: the afternoon after a morning, else the whole workday. */
export function nextInterval(intervals: readonly OpeningIntervalWire[]): OpeningIntervalWire {
  const last = intervals[intervals.length - 1];
  if (last === undefined || last.end >= '23:00') {
    return workday[0] ?? { start: '09:00', end: '18:00' };
  }
  const hour = Number(last.end.slice(0, 2));
  return { start: last.end, end: `${String(Math.min(24, hour + 4)).padStart(2, '0')}:${last.end.slice(3)}` };
}

/** `calendar` with `holidays` added, each date once (a date already listed keeps its name); how many were new. */
export function withHolidays(
  calendar: BusinessCalendarWire,
  holidays: readonly HolidayWire[],
): { calendar: BusinessCalendarWire; added: number } {
  const known = new Set(calendar.holidays.map((holiday) => holiday.date));
  const added = holidays.filter((holiday, index) => {
    const isNew =
      !known.has(holiday.date) && holidays.findIndex((other) => other.date === holiday.date) === index;
    return isNew;
  });
  return {
    calendar: normalizeBusinessCalendar({ ...calendar, holidays: [...calendar.holidays, ...added] }),
    added: added.length,
  };
}

/**
 * `calendar` with make-up working days added (China's 调休), each date once (a date already listed keeps its
 * name); how many were new.
 */
export function withWorkingDays(
  calendar: BusinessCalendarWire,
  days: readonly HolidayWire[],
): { calendar: BusinessCalendarWire; added: number } {
  const current = calendar.working_days ?? [];
  const known = new Set(current.map((day) => day.date));
  const added = days.filter(
    (day, index) => !known.has(day.date) && days.findIndex((other) => other.date === day.date) === index,
  );
  return {
    calendar: normalizeBusinessCalendar({ ...calendar, working_days: [...current, ...added] }),
    added: added.length,
  };
}

/** `calendar` without the make-up working day on `date`. */
export function withoutWorkingDay(calendar: BusinessCalendarWire, date: string): BusinessCalendarWire {
  return { ...calendar, working_days: (calendar.working_days ?? []).filter((day) => day.date !== date) };
}

/** `calendar` without the holiday on `date`. */
export function withoutHoliday(calendar: BusinessCalendarWire, date: string): BusinessCalendarWire {
  return { ...calendar, holidays: calendar.holidays.filter((holiday) => holiday.date !== date) };
}

/** True when the service will take `calendar` (intervals in order, open at least once a week, a known zone). */
export function isSavableCalendar(calendar: BusinessCalendarWire): boolean {
  return businessCalendarWireSchema.safeParse(calendar).success;
}

/** The zone this console runs in, a sensible start for a new calendar. */
export function consoleTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every IANA zone the runtime knows, with `current` kept even if the list lacks it (an alias). */
export function timeZoneChoices(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return zones.includes(current) ? zones : [current, ...zones];
}
