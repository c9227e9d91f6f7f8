import { describe, expect, it } from 'vitest';
import {
  addBusinessMs,
  alwaysOpenCalendar,
  businessMsBetween,
  type BusinessCalendar,
  type OpeningInterval,
} from '../../../shared/sla/business-calendar';
import { instantOfWallTime, isKnownTimeZone, zoneOffsetMs } from '../../../shared/sla/time-zones';

const minute = 60_000;
const hour = 60 * minute;
const at = (iso: string): number => Date.parse(iso);
const iso = (instant: number): string => new Date(instant).toISOString();

const hours = (from: number, to: number): OpeningInterval => ({ startMinute: from * 60, endMinute: to * 60 });

/** Monday to Friday, `open` each day; Saturday and Sunday closed. */
function weekdaysOnly(timeZone: string, open: OpeningInterval[], holidays: string[] = []): BusinessCalendar {
  return {
    timeZone,
    weeklyHours: { sun: [], mon: open, tue: open, wed: open, thu: open, fri: open, sat: [] },
    holidays,
  };
}

// 2027-03-05 is a Friday; Seoul is UTC+9 all year.
const seoul = weekdaysOnly('Asia/Seoul', [hours(9, 18)]);

describe('time zones', () => {
  it('reads the offset of a zone, daylight saving included', () => {
    expect(zoneOffsetMs('Asia/Seoul', at('2027-07-01T00:00:00Z'))).toBe(9 * hour);
    expect(zoneOffsetMs('America/New_York', at('2027-01-15T12:00:00Z'))).toBe(-5 * hour);
    expect(zoneOffsetMs('America/New_York', at('2027-07-15T12:00:00Z'))).toBe(-4 * hour);
  });

  it('maps a wall-clock time to its instant, across both daylight-saving changes', () => {
    // 2027-03-14: New York jumps from 02:00 to 03:00; 2027-11-07: 02:00 falls back to 01:00.
    expect(iso(instantOfWallTime('America/New_York', at('2027-03-14T01:30:00Z')))).toBe(
      '2027-03-14T06:30:00.000Z',
    );
    expect(iso(instantOfWallTime('America/New_York', at('2027-03-14T03:30:00Z')))).toBe(
      '2027-03-14T07:30:00.000Z',
    );
    // 02:30 never happens that night: moved forward by the hour skipped.
    expect(iso(instantOfWallTime('America/New_York', at('2027-03-14T02:30:00Z')))).toBe(
      '2027-03-14T07:30:00.000Z',
    );
    // 01:30 happens twice on 2027-11-07: the first time, still on daylight time.
    expect(iso(instantOfWallTime('America/New_York', at('2027-11-07T01:30:00Z')))).toBe(
      '2027-11-07T05:30:00.000Z',
    );
  });

  it('tells known zones from unknown ones', () => {
    expect(isKnownTimeZone('Asia/Shanghai')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('business time in Seoul, 09:00-18:00 on weekdays', () => {
  it('counts only open hours across a weekend', () => {
    // Friday 17:00 KST to Monday 10:00 KST: one hour on Friday, one on Monday.
    expect(businessMsBetween(seoul, at('2027-03-05T08:00:00Z'), at('2027-03-08T01:00:00Z'))).toBe(2 * hour);
    expect(businessMsBetween(seoul, at('2027-03-06T00:00:00Z'), at('2027-03-07T14:00:00Z'))).toBe(0);
    expect(businessMsBetween(seoul, at('2027-03-08T01:00:00Z'), at('2027-03-05T08:00:00Z'))).toBe(0);
  });

  it('adds business time over the weekend, and takes it back', () => {
    const fridayFive = at('2027-03-05T08:00:00Z');
    expect(iso(addBusinessMs(seoul, fridayFive, 2 * hour))).toBe('2027-03-08T01:00:00.000Z');
    expect(iso(addBusinessMs(seoul, at('2027-03-08T01:00:00Z'), -2 * hour))).toBe(iso(fridayFive));
    // A day off counts from the next opening: Saturday noon + 30 min is Monday 09:30.
    expect(iso(addBusinessMs(seoul, at('2027-03-06T03:00:00Z'), 30 * minute))).toBe(
      '2027-03-08T00:30:00.000Z',
    );
  });

  it('skips a holiday like a weekend day', () => {
    const withHoliday = weekdaysOnly('Asia/Seoul', [hours(9, 18)], ['2027-03-08']);
    expect(iso(addBusinessMs(withHoliday, at('2027-03-05T08:00:00Z'), 2 * hour))).toBe(
      '2027-03-09T01:00:00.000Z',
    );
    expect(businessMsBetween(withHoliday, at('2027-03-05T00:00:00Z'), at('2027-03-10T00:00:00Z'))).toBe(
      2 * 9 * hour,
    );
  });

  it('stops exactly at the boundaries of an interval', () => {
    const fridayClose = at('2027-03-05T09:00:00Z');
    const mondayOpen = at('2027-03-08T00:00:00Z');
    // Adding nothing stays put, even after closing time.
    expect(addBusinessMs(seoul, fridayClose, 0)).toBe(fridayClose);
    // The last open minute ends at closing time, not at the next opening.
    expect(iso(addBusinessMs(seoul, fridayClose - minute, minute))).toBe(iso(fridayClose));
    expect(iso(addBusinessMs(seoul, fridayClose, minute))).toBe('2027-03-08T00:01:00.000Z');
    expect(iso(addBusinessMs(seoul, mondayOpen, -minute))).toBe('2027-03-05T08:59:00.000Z');
    expect(businessMsBetween(seoul, fridayClose, mondayOpen)).toBe(0);
    // Counting back a whole Monday morning from Monday 10:00 lands on Friday's closing, as counting forward does.
    expect(iso(addBusinessMs(seoul, at('2027-03-08T01:00:00Z'), -hour))).toBe(iso(fridayClose));
    expect(iso(addBusinessMs(seoul, fridayClose - hour, hour))).toBe(iso(fridayClose));
  });

  it('honours a lunch break between two intervals', () => {
    const withLunch = weekdaysOnly('Asia/Seoul', [hours(9, 12), hours(13, 18)]);
    // Monday 11:00 KST + 2 h: 11-12, then 13-14.
    expect(iso(addBusinessMs(withLunch, at('2027-03-08T02:00:00Z'), 2 * hour))).toBe(
      '2027-03-08T05:00:00.000Z',
    );
    expect(businessMsBetween(withLunch, at('2027-03-08T00:00:00Z'), at('2027-03-08T09:00:00Z'))).toBe(
      8 * hour,
    );
  });

  it('leaves out the pauses, in both directions', () => {
    const monday = at('2027-03-08T00:00:00Z');
    // Paused Monday 10:00-11:00 KST.
    const pauses = [{ start: at('2027-03-08T01:00:00Z'), end: at('2027-03-08T02:00:00Z') }];
    expect(businessMsBetween(seoul, monday, at('2027-03-08T09:00:00Z'), pauses)).toBe(8 * hour);
    expect(iso(addBusinessMs(seoul, monday, 2 * hour, pauses))).toBe('2027-03-08T03:00:00.000Z');
    // Back from Monday 12:00 KST: 11-12 and 09-10; Monday's opening is the same business instant as Friday's closing.
    expect(iso(addBusinessMs(seoul, at('2027-03-08T03:00:00Z'), -2 * hour, pauses))).toBe(
      '2027-03-05T09:00:00.000Z',
    );
    expect(iso(addBusinessMs(seoul, at('2027-03-08T03:00:00Z'), -90 * minute, pauses))).toBe(
      '2027-03-08T00:30:00.000Z',
    );
    // A pause over the weekend takes no business time away.
    const weekendPause = [{ start: at('2027-03-05T09:00:00Z'), end: at('2027-03-08T00:00:00Z') }];
    expect(
      businessMsBetween(seoul, at('2027-03-05T08:00:00Z'), at('2027-03-08T01:00:00Z'), weekendPause),
    ).toBe(2 * hour);
  });
});

describe('business time in New York (daylight saving)', () => {
  const newYork = weekdaysOnly('America/New_York', [hours(9, 17)]);

  it('opens at 09:00 local before and after the clocks move forward', () => {
    // Friday 2027-03-12 16:00 EST + 2 h: one hour on Friday, one on Monday 09:00-10:00 EDT.
    expect(iso(addBusinessMs(newYork, at('2027-03-12T21:00:00Z'), 2 * hour))).toBe(
      '2027-03-15T14:00:00.000Z',
    );
    expect(businessMsBetween(newYork, at('2027-03-12T21:00:00Z'), at('2027-03-15T14:00:00Z'))).toBe(2 * hour);
  });

  it('counts a 23-hour and a 25-hour day whole when always open', () => {
    const always = alwaysOpenCalendar('America/New_York');
    expect(businessMsBetween(always, at('2027-03-14T05:00:00Z'), at('2027-03-15T04:00:00Z'))).toBe(23 * hour);
    expect(businessMsBetween(always, at('2027-11-07T04:00:00Z'), at('2027-11-08T05:00:00Z'))).toBe(25 * hour);
    const from = at('2027-03-13T18:17:00Z');
    expect(addBusinessMs(always, from, 50 * hour)).toBe(from + 50 * hour);
    expect(addBusinessMs(always, from, -50 * hour)).toBe(from - 50 * hour);
  });
});

describe('an overnight desk', () => {
  // Sunday to Thursday evenings 22:00-24:00 and the following mornings 00:00-06:00, in Shanghai (UTC+8).
  const evening = [hours(22, 24)];
  const morning = [hours(0, 6)];
  const night: BusinessCalendar = {
    timeZone: 'Asia/Shanghai',
    weeklyHours: {
      sun: evening,
      mon: [...morning, ...evening],
      tue: [...morning, ...evening],
      wed: [...morning, ...evening],
      thu: [...morning, ...evening],
      fri: morning,
      sat: [],
    },
    holidays: [],
  };

  it('counts across midnight as one shift', () => {
    // Monday 2027-03-08 21:00 CST + 3 h: 22:00-24:00 Monday, then 00:00-01:00 Tuesday.
    expect(iso(addBusinessMs(night, at('2027-03-08T13:00:00Z'), 3 * hour))).toBe('2027-03-08T17:00:00.000Z');
    expect(businessMsBetween(night, at('2027-03-08T12:00:00Z'), at('2027-03-09T12:00:00Z'))).toBe(8 * hour);
  });

  it('waits from Friday morning until Sunday evening', () => {
    // Friday 2027-03-12 05:00 CST + 2 h: one hour on Friday morning, one on Sunday evening.
    expect(iso(addBusinessMs(night, at('2027-03-11T21:00:00Z'), 2 * hour))).toBe('2027-03-14T15:00:00.000Z');
  });
});

describe('a calendar with no open time', () => {
  it('refuses to search forever', () => {
    const closed = weekdaysOnly('UTC', []);
    expect(() => addBusinessMs(closed, at('2027-03-08T00:00:00Z'), hour)).toThrow(/no open time/);
    expect(businessMsBetween(closed, at('2027-03-08T00:00:00Z'), at('2027-03-20T00:00:00Z'))).toBe(0);
  });
});
