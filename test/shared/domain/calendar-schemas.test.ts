import { describe, expect, it } from 'vitest';
import {
  businessCalendarFromWire,
  businessCalendarWireSchema,
  normalizeBusinessCalendar,
} from '../../../shared/domain/calendar-schemas';

const workday = [{ start: '09:00', end: '18:00' }];

describe('business calendar wire form', () => {
  it('reads opening hours as minutes, a day left out as closed, 24:00 as midnight', () => {
    const wire = businessCalendarWireSchema.parse({
      time_zone: 'Asia/Seoul',
      weekly_hours: { mon: workday, fri: [{ start: '22:00', end: '24:00' }] },
      holidays: [{ date: '2027-02-08', name: 'Seollal' }],
    });
    const calendar = businessCalendarFromWire(wire);
    expect(calendar.weeklyHours.mon).toEqual([{ startMinute: 540, endMinute: 1080 }]);
    expect(calendar.weeklyHours.fri).toEqual([{ startMinute: 1320, endMinute: 1440 }]);
    expect(calendar.weeklyHours.sat).toEqual([]);
    expect(calendar.holidays).toEqual(['2027-02-08']);
  });

  it('refuses an unknown zone, a reversed interval, a bad time, a calendar never open and an impossible date', () => {
    const refused = [
      { time_zone: 'Asia/Atlantis', weekly_hours: { mon: workday } },
      { time_zone: 'UTC', weekly_hours: { mon: [{ start: '18:00', end: '09:00' }] } },
      { time_zone: 'UTC', weekly_hours: { mon: [{ start: '9:00', end: '18:00' }] } },
      { time_zone: 'UTC', weekly_hours: { mon: [{ start: '09:00', end: '24:30' }] } },
      { time_zone: 'UTC', weekly_hours: {} },
      { time_zone: 'UTC', weekly_hours: { mon: workday }, holidays: [{ date: '2027-02-30' }] },
      { time_zone: 'UTC', weekly_hours: { monday: workday } },
    ];
    for (const body of refused) {
      expect(businessCalendarWireSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });

  it('stores each holiday date once, in date order', () => {
    const wire = businessCalendarWireSchema.parse({
      time_zone: 'Asia/Shanghai',
      weekly_hours: { mon: workday },
      holidays: [
        { date: '2027-10-01', name: '国庆节' },
        { date: '2027-01-01', name: '元旦' },
        { date: '2027-10-01', name: 'National Day' },
      ],
    });
    expect(normalizeBusinessCalendar(wire).holidays).toEqual([
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-10-01', name: '国庆节' },
    ]);
  });
});
