/**
 * Mainland China's official holiday schedule (the State Council's yearly notice, 国务院办公厅关于…部分节假日
 * 安排的通知): the days off, bridge days included, and the make-up working days (调休: weekend days worked
 * in exchange). Rules-based holiday data (the `date-holidays` package behind the presets) has neither the
 * bridge days nor the make-up days, so the business-calendar preset adds them from here. Only years whose
 * notice is known for certain are listed: 2026. 2027's notice is not in this table (add it when published).
 */

/** A holiday period's name in the presets' languages. */
export interface ScheduleName {
  en: string;
  ko: string;
  zh: string;
}

/** One holiday period of the notice: its days off (inclusive range) and the weekend days worked for it. */
export interface ChinaSchedulePeriod {
  name: ScheduleName;
  /** First and last day off, `YYYY-MM-DD`, inclusive. */
  daysOff: readonly [string, string];
  /** Make-up working days (weekend dates), `YYYY-MM-DD`. */
  workingDays: readonly string[];
}

const newYear: ScheduleName = { en: "New Year's Day", ko: '신정', zh: '元旦' };
const springFestival: ScheduleName = { en: 'Spring Festival', ko: '춘절', zh: '春节' };
const qingming: ScheduleName = { en: 'Qingming Festival', ko: '청명절', zh: '清明节' };
const labourDay: ScheduleName = { en: 'Labour Day', ko: '노동절', zh: '劳动节' };
const dragonBoat: ScheduleName = { en: 'Dragon Boat Festival', ko: '단오절', zh: '端午节' };
const midAutumn: ScheduleName = { en: 'Mid-Autumn Festival', ko: '중추절', zh: '中秋节' };
const nationalDay: ScheduleName = { en: 'National Day', ko: '국경절', zh: '国庆节' };

/** The official schedules by year (国办发明电〔2025〕7号 for 2026). */
export const chinaOfficialSchedules: Readonly<Record<number, readonly ChinaSchedulePeriod[]>> = {
  2026: [
    { name: newYear, daysOff: ['2026-01-01', '2026-01-03'], workingDays: ['2026-01-04'] },
    {
      name: springFestival,
      daysOff: ['2026-02-15', '2026-02-23'],
      workingDays: ['2026-02-14', '2026-02-28'],
    },
    { name: qingming, daysOff: ['2026-04-04', '2026-04-06'], workingDays: [] },
    { name: labourDay, daysOff: ['2026-05-01', '2026-05-05'], workingDays: ['2026-05-09'] },
    { name: dragonBoat, daysOff: ['2026-06-19', '2026-06-21'], workingDays: [] },
    { name: midAutumn, daysOff: ['2026-09-25', '2026-09-27'], workingDays: [] },
    { name: nationalDay, daysOff: ['2026-10-01', '2026-10-07'], workingDays: ['2026-09-20', '2026-10-10'] },
  ],
};

/** A dated day of the schedule with its name in one language. */
export interface ScheduleDay {
  date: string;
  name: string;
}

/** How the presets say "make-up working day for …" in each language. */
const workingDayNames: Record<keyof ScheduleName, (holiday: string) => string> = {
  en: (holiday) => `Working day (${holiday} make-up)`,
  ko: (holiday) => `${holiday} 대체 근무일`,
  zh: (holiday) => `${holiday}调休上班`,
};

/** The dates from `first` to `last` inclusive (`YYYY-MM-DD`, read as UTC calendar dates). */
function datesBetween(first: string, last: string): string[] {
  const dates: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let day = Date.parse(`${first}T00:00:00Z`); day <= end; day += 86_400_000) {
    dates.push(new Date(day).toISOString().slice(0, 10));
  }
  return dates;
}

/**
 * The official days off and make-up working days of the years `from` to `to` that the table knows, named in
 * `language`; `knownYears` lists which of the range it knew (the rest have neither).
 */
export function chinaOfficialDays(
  from: number,
  to: number,
  language: keyof ScheduleName,
): { daysOff: ScheduleDay[]; workingDays: ScheduleDay[]; knownYears: number[] } {
  const daysOff: ScheduleDay[] = [];
  const workingDays: ScheduleDay[] = [];
  const knownYears: number[] = [];
  for (let year = from; year <= to; year += 1) {
    const periods = chinaOfficialSchedules[year];
    if (periods === undefined) {
      continue;
    }
    knownYears.push(year);
    for (const period of periods) {
      const name = period.name[language];
      daysOff.push(...datesBetween(period.daysOff[0], period.daysOff[1]).map((date) => ({ date, name })));
      workingDays.push(
        ...period.workingDays.map((date) => ({ date, name: workingDayNames[language](name) })),
      );
    }
  }
  return { daysOff, workingDays, knownYears };
}
