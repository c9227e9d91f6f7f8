import type { BusinessCalendarWire, HolidayWire } from '../../shared/domain/calendar-schemas';
import type { HolidayPresetCountry } from '../../shared/domain/calendar-schemas';

/**
 * The demo's business calendars (docs/agent-day.md "Business time"): which routing team keeps office hours,
 * so a new user sees SLA clocks in business time next to 24x7 ones. Funds, Trading and Account security
 * stay 24x7, as an exchange's money, markets and hacked accounts do not wait for Monday; General questions
 * (maintenance, events, statements, app bugs) are answered by the Seoul office on weekdays, as a lead would
 * set it on the Routing page: Korean public holidays from the Korean preset.
 */
export interface DemoTeamCalendar {
  /** The routing team (migration 0011 names them). */
  team: string;
  timeZone: string;
  /** Opening hours, the same every working weekday (Monday to Friday). */
  opens: string;
  closes: string;
  /** Whose public holidays close the desk (the Routing page's preset). */
  holidays: HolidayPresetCountry;
  /** The language the preset's holiday names are written in (the office's). */
  holidayLanguage: 'en' | 'ko' | 'zh';
}

/** The teams the demo gives a calendar; the others count every minute. */
export const demoTeamCalendars: readonly DemoTeamCalendar[] = [
  {
    team: 'General',
    timeZone: 'Asia/Seoul',
    opens: '09:00',
    closes: '18:00',
    holidays: 'KR',
    holidayLanguage: 'ko',
  },
];

/**
 * The years whose public holidays a demo loaded at `now` needs: the 30 days of tickets before it and a year
 * of deadlines after it.
 */
export function demoHolidayYears(now: Date): { from: number; to: number } {
  const monthBefore = new Date(now.getTime() - 31 * 86_400_000);
  return { from: monthBefore.getUTCFullYear(), to: now.getUTCFullYear() + 1 };
}

/** `calendar` in the wire form a lead saves, with the preset's `holidays` and make-up `workingDays`. */
export function demoCalendarWire(
  calendar: DemoTeamCalendar,
  holidays: readonly HolidayWire[],
  workingDays: readonly HolidayWire[],
): BusinessCalendarWire {
  const weekday = [{ start: calendar.opens, end: calendar.closes }];
  return {
    time_zone: calendar.timeZone,
    weekly_hours: { sun: [], mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [] },
    holidays: [...holidays],
    ...(workingDays.length > 0 ? { working_days: [...workingDays] } : {}),
  };
}
