import { describe, expect, it } from 'vitest';
import {
  businessCalendarFromWire,
  businessCalendarWireSchema,
} from '../../../shared/domain/calendar-schemas';
import {
  addBusinessMs,
  businessMsBetween,
  type BusinessCalendar,
} from '../../../shared/sla/business-calendar';
import { chinaOfficialDays, chinaOfficialSchedules } from '../../../shared/sla/china-official-schedule';

const hour = 3_600_000;
const at = (iso: string): number => Date.parse(iso);

/** Shanghai (UTC+8), Monday to Friday 09:00–18:00, with `workingDays` and `holidays`. */
function shanghai(workingDays: string[], holidays: string[] = []): BusinessCalendar {
  const open = [{ startMinute: 9 * 60, endMinute: 18 * 60 }];
  return {
    timeZone: 'Asia/Shanghai',
    weeklyHours: { sun: [], mon: open, tue: open, wed: open, thu: open, fri: open, sat: [] },
    holidays,
    workingDays,
  };
}

describe('make-up working days (调休)', () => {
  it('count a listed weekend date as a working day with the weekday hours', () => {
    // Saturday 2026-02-14 is worked before the Spring Festival break; Saturday 2026-02-07 is not.
    const calendar = shanghai(['2026-02-14']);
    expect(businessMsBetween(calendar, at('2026-02-13T16:00:00Z'), at('2026-02-14T16:00:00Z'))).toBe(
      9 * hour,
    );
    expect(businessMsBetween(calendar, at('2026-02-06T16:00:00Z'), at('2026-02-07T16:00:00Z'))).toBe(0);
    expect(businessMsBetween(shanghai([]), at('2026-02-13T16:00:00Z'), at('2026-02-14T16:00:00Z'))).toBe(0);
    // Four business hours from Friday 17:00 local: one on Friday, three on the make-up Saturday (until 12:00).
    expect(new Date(addBusinessMs(calendar, at('2026-02-13T09:00:00Z'), 4 * hour)).toISOString()).toBe(
      '2026-02-14T04:00:00.000Z',
    );
    // And backwards across it.
    expect(new Date(addBusinessMs(calendar, at('2026-02-14T04:00:00Z'), -4 * hour)).toISOString()).toBe(
      '2026-02-13T09:00:00.000Z',
    );
  });

  it('leave a date that is also a holiday closed, and take the first weekday with hours', () => {
    expect(
      businessMsBetween(
        shanghai(['2026-02-14'], ['2026-02-14']),
        at('2026-02-13T16:00:00Z'),
        at('2026-02-14T16:00:00Z'),
      ),
    ).toBe(0);
    const tuesdayOnly: BusinessCalendar = {
      timeZone: 'UTC',
      weeklyHours: {
        sun: [],
        mon: [],
        tue: [{ startMinute: 600, endMinute: 660 }],
        wed: [],
        thu: [],
        fri: [],
        sat: [],
      },
      holidays: [],
      workingDays: ['2026-01-04'],
    };
    expect(businessMsBetween(tuesdayOnly, at('2026-01-04T00:00:00Z'), at('2026-01-05T00:00:00Z'))).toBe(hour);
  });

  it('come from the wire form, sorted one per date, and an old calendar without them still reads', () => {
    const wire = businessCalendarWireSchema.parse({
      time_zone: 'Asia/Shanghai',
      weekly_hours: { mon: [{ start: '09:00', end: '18:00' }] },
      working_days: [{ date: '2026-02-14', name: '春节调休上班' }],
    });
    expect(businessCalendarFromWire(wire).workingDays).toEqual(['2026-02-14']);
    const old = businessCalendarWireSchema.parse({
      time_zone: 'Asia/Shanghai',
      weekly_hours: { mon: [{ start: '09:00', end: '18:00' }] },
    });
    expect(businessCalendarFromWire(old).workingDays).toEqual([]);
    const refused = businessCalendarWireSchema.safeParse({ ...wire, working_days: [{ date: '2026-02-30' }] });
    expect(refused.success).toBe(false);
  });
});

describe("China's official schedule", () => {
  it('lists the 2026 make-up working days, all on weekends, and the bridge days off', () => {
    const days = chinaOfficialDays(2026, 2026, 'zh');
    expect(days.knownYears).toEqual([2026]);
    expect(days.workingDays.map((day) => day.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    for (const day of days.workingDays) {
      expect([0, 6], day.date).toContain(new Date(`${day.date}T00:00:00Z`).getUTCDay());
    }
    expect(days.workingDays[1]?.name).toBe('春节调休上班');
    // The Spring Festival break: nine days, 15 to 23 February.
    const spring = days.daysOff.filter((day) => day.name === '春节').map((day) => day.date);
    expect(spring).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
    expect(days.daysOff).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(chinaOfficialDays(2026, 2026, 'en').workingDays[0]?.name).toBe(
      "Working day (New Year's Day make-up)",
    );
    expect(chinaOfficialDays(2026, 2026, 'ko').workingDays[0]?.name).toBe('신정 대체 근무일');
  });

  it('knows no year it was not told (2027 is not listed until its notice is in the table)', () => {
    expect(Object.keys(chinaOfficialSchedules)).toEqual(['2026']);
    expect(chinaOfficialDays(2027, 2028, 'en')).toEqual({ daysOff: [], workingDays: [], knownYears: [] });
  });
});
