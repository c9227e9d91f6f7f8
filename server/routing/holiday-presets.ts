import Holidays from 'date-holidays';
import type { HolidayPreset, HolidayPresetQuery } from '../../shared/domain/calendar-schemas';
import { chinaOfficialDays } from '../../shared/sla/china-official-schedule';

/**
 * Public-holiday presets for a team's business calendar (docs/agent-day.md "Business time"), from the
 * `date-holidays` rules: South Korea (substitute holidays included) and mainland China. Only days of type
 * `public` that apply to everyone: China's half-day or group observances (Women's Day, Youth Day,
 * Children's Day, Army Day carry a note naming who is off) do not close a support desk. The State
 * Council's yearly schedule (bridge days, make-up working weekends) is not in the rules: for the years it is
 * known (`shared/sla/china-official-schedule.ts`: 2026) China's preset adds its bridge days to the holidays
 * and lists its make-up working days in `working_days`; for other years a lead edits the lists.
 */

/** The public holidays of `query.country` from `query.from` to `query.to`, named in `query.language`. */
export function holidayPreset(query: HolidayPresetQuery): HolidayPreset {
  const calendar = new Holidays(query.country, { types: ['public'] });
  const byDate = new Map<string, string>();
  for (let year = query.from; year <= query.to; year += 1) {
    for (const holiday of calendar.getHolidays(year, query.language)) {
      // `note` (who is off) is in the rules' output but not in the package's types.
      if (holiday.type !== 'public' || 'note' in holiday) {
        continue;
      }
      for (const date of holidayDates(holiday)) {
        const names = byDate.get(date);
        // Two holidays on one day (Children's Day and Buddha's Birthday) keep both names.
        byDate.set(
          date,
          names === undefined || names.includes(holiday.name)
            ? (names ?? holiday.name)
            : `${names} · ${holiday.name}`,
        );
      }
    }
  }
  const official =
    query.country === 'CN'
      ? chinaOfficialDays(query.from, query.to, query.language)
      : { daysOff: [], workingDays: [] };
  for (const day of official.daysOff) {
    // The rules' own name stays on the statutory days; the bridge days take the period's name.
    if (!byDate.has(day.date)) {
      byDate.set(day.date, day.name);
    }
  }
  return {
    country: query.country,
    from: query.from,
    to: query.to,
    holidays: [...byDate.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, name]) => ({ date, name: name.slice(0, 100) })),
    working_days: official.workingDays,
  };
}

const dayMs = 86_400_000;

/**
 * Every local date a holiday of the rules closes. Most last one day; Korea's Seollal and Chuseok last three
 * (`P3D` rules: one entry, `date` its first day, `end` after its last). The rules anchor Seollal's three
 * days at the new year's day itself, one day late (their own note, date-holidays issue 640): the real days
 * are the day before, the day and the day after, so its span is moved one day earlier.
 */
function holidayDates(holiday: { date: string; start: Date; end: Date; rule?: string }): string[] {
  // `date` is the local date and time the holiday starts ("2027-02-07 00:00:00").
  const first = Date.parse(`${holiday.date.slice(0, 10)}T00:00:00Z`);
  const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / dayMs));
  const shift = holiday.rule?.startsWith('korean 01-0-01 P3D') === true ? -1 : 0;
  return Array.from({ length: days }, (_, index) =>
    new Date(first + (index + shift) * dayMs).toISOString().slice(0, 10),
  );
}
