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
      // `date` is the local date and time the holiday starts ("2027-02-07 00:00:00").
      const date = holiday.date.slice(0, 10);
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
