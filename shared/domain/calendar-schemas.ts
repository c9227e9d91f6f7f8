import { z } from 'zod';
import { minutesPerDay, weekdays, type BusinessCalendar } from '../sla/business-calendar';
import { isKnownTimeZone } from '../sla/time-zones';

/**
 * Wire schemas of a team's business calendar (docs/agent-day.md "Business time"): its time zone, opening
 * hours per weekday and holidays, as leads edit them on a routing team, and the public-holiday presets the
 * service offers. `businessCalendarFromWire` turns the wire form into what the SLA arithmetic uses.
 */

/** Most opening intervals in one day, and most holidays in one calendar. */
export const calendarLimits = { intervalsPerDay: 8, holidays: 1000, holidayName: 100 } as const;

const clockTimeSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time of day as HH:MM, 00:00 to 24:00');

/** Minutes since midnight of an `HH:MM` time (24:00 is 1440). */
export function minutesOfClockTime(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/** `HH:MM` of minutes since midnight (1440 is 24:00). */
export function clockTimeOfMinutes(minutes: number): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** One opening interval, `start` before `end` (`end` may be 24:00; an overnight shift is two intervals). */
export const openingIntervalWireSchema = z
  .object({ start: clockTimeSchema, end: clockTimeSchema })
  .strict()
  .refine((interval) => minutesOfClockTime(interval.start) < minutesOfClockTime(interval.end), {
    message: 'start must be before end (split an overnight shift at midnight)',
    path: ['end'],
  });
export type OpeningIntervalWire = z.infer<typeof openingIntervalWireSchema>;

const dayHoursSchema = z.array(openingIntervalWireSchema).max(calendarLimits.intervalsPerDay).default([]);

/** A local date, `YYYY-MM-DD`, that exists in the calendar. */
const dateSchema = z.iso.date();

/** A day the desk is closed all day, with the name shown to the lead. */
export const holidayWireSchema = z
  .object({ date: dateSchema, name: z.string().trim().max(calendarLimits.holidayName).default('') })
  .strict();
export type HolidayWire = z.infer<typeof holidayWireSchema>;

/**
 * A team's business calendar: an IANA time zone, the opening intervals of each weekday (a day left out is
 * closed) and holidays. At least one interval in the week: a calendar never open would stop every clock.
 */
export const businessCalendarWireSchema = z
  .object({
    time_zone: z.string().min(1).max(64).refine(isKnownTimeZone, 'an IANA time zone such as Asia/Seoul'),
    weekly_hours: z
      .object({
        sun: dayHoursSchema,
        mon: dayHoursSchema,
        tue: dayHoursSchema,
        wed: dayHoursSchema,
        thu: dayHoursSchema,
        fri: dayHoursSchema,
        sat: dayHoursSchema,
      })
      .strict()
      .refine((week) => weekdays.some((day) => week[day].length > 0), 'open at least one interval a week'),
    holidays: z.array(holidayWireSchema).max(calendarLimits.holidays).default([]),
    /**
     * Make-up working days (China's 调休): weekend dates the desk works with its usual weekday hours
     * (`BusinessCalendar.workingDays`). Absent: none.
     */
    working_days: z.array(holidayWireSchema).max(calendarLimits.holidays).optional(),
  })
  .strict();
export type BusinessCalendarWire = z.infer<typeof businessCalendarWireSchema>;

/** The calendar the SLA arithmetic uses, from its wire form (holidays by date only). */
export function businessCalendarFromWire(wire: BusinessCalendarWire): BusinessCalendar {
  const day = (intervals: readonly OpeningIntervalWire[]) =>
    intervals.map((interval) => ({
      startMinute: minutesOfClockTime(interval.start),
      endMinute: Math.min(minutesPerDay, minutesOfClockTime(interval.end)),
    }));
  return {
    timeZone: wire.time_zone,
    weeklyHours: {
      sun: day(wire.weekly_hours.sun),
      mon: day(wire.weekly_hours.mon),
      tue: day(wire.weekly_hours.tue),
      wed: day(wire.weekly_hours.wed),
      thu: day(wire.weekly_hours.thu),
      fri: day(wire.weekly_hours.fri),
      sat: day(wire.weekly_hours.sat),
    },
    holidays: wire.holidays.map((holiday) => holiday.date),
    workingDays: (wire.working_days ?? []).map((day) => day.date),
  };
}

/**
 * The calendar as stored: holidays sorted by date, one per date (the first name given wins), so a preset
 * applied twice or an edited list never holds the same day twice.
 */
export function normalizeBusinessCalendar(wire: BusinessCalendarWire): BusinessCalendarWire {
  const normalized = { ...wire, holidays: uniqueDays(wire.holidays) };
  return wire.working_days === undefined
    ? normalized
    : { ...normalized, working_days: uniqueDays(wire.working_days) };
}

/** `days` sorted by date, one per date (the first name given wins). */
function uniqueDays(days: readonly HolidayWire[]): HolidayWire[] {
  const byDate = new Map<string, HolidayWire>();
  for (const day of days) {
    if (!byDate.has(day.date)) {
      byDate.set(day.date, day);
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** Countries whose public holidays the service offers as presets. */
export const holidayPresetCountries = ['KR', 'CN'] as const;
export type HolidayPresetCountry = (typeof holidayPresetCountries)[number];

/** Query of `GET /api/routing/holiday-presets`: a country and a range of years (at most 10). */
export const holidayPresetQuerySchema = z
  .object({
    country: z.enum(holidayPresetCountries),
    from: z.coerce.number().int().min(2000).max(2100),
    to: z.coerce.number().int().min(2000).max(2100),
    language: z.enum(['en', 'ko', 'zh']).default('en'),
  })
  .strict()
  .refine((query) => query.from <= query.to && query.to - query.from < 10, {
    message: 'from must not be after to, and the range at most 10 years',
    path: ['to'],
  });
export type HolidayPresetQuery = z.infer<typeof holidayPresetQuerySchema>;

/** Answer of `GET /api/routing/holiday-presets`: the public holidays of the range, by date. */
export const holidayPresetSchema = z.object({
  country: z.enum(holidayPresetCountries),
  from: z.number().int(),
  to: z.number().int(),
  holidays: z.array(holidayWireSchema),
  /** The official make-up working days of the range (China's 调休), where the service knows them. */
  working_days: z.array(holidayWireSchema).default([]),
});
export type HolidayPreset = z.infer<typeof holidayPresetSchema>;
