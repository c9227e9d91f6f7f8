import { describe, expect, it } from 'vitest';
import {
  businessDurationMs,
  businessResponseTimes,
  continuousPercentile,
  type MeasuredTicket,
} from '../../../shared/metrics/business-durations';
import type { BusinessCalendar } from '../../../shared/sla/business-calendar';

const hour = 3_600_000;
const weekday = [{ startMinute: 9 * 60, endMinute: 18 * 60 }];
/** Seoul office hours, weekdays 09:00–18:00 (UTC+9, no daylight saving), closed on Christmas. */
const seoul: BusinessCalendar = {
  timeZone: 'Asia/Seoul',
  weeklyHours: { sun: [], mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [] },
  holidays: ['2026-12-25'],
};

function measured(overrides: Partial<MeasuredTicket>): MeasuredTicket {
  return {
    measure: 'first_response',
    category: 'general',
    assignee_id: 'ana',
    created_ms: Date.parse('2026-12-07T09:00:00+09:00'),
    ended_ms: Date.parse('2026-12-07T10:00:00+09:00'),
    paused_ms: 0,
    paused_spans: [],
    calendar: seoul,
    ...overrides,
  };
}

describe('business-time metrics', () => {
  it('counts a first response over a weekend and a holiday in open hours only', () => {
    // Thursday 24 December 17:00 → Monday 28 December 10:00 KST: 1 h Thursday, Christmas and the weekend
    // closed, 1 h Monday (calendar time: 89 h).
    const ticket = measured({
      created_ms: Date.parse('2026-12-24T17:00:00+09:00'),
      ended_ms: Date.parse('2026-12-28T10:00:00+09:00'),
    });
    expect(businessDurationMs({ ...ticket, calendar: seoul })).toBe(2 * hour);
  });

  it('leaves recorded pauses out of a resolution and counts unrecorded paused time whole', () => {
    const created = Date.parse('2026-12-07T09:00:00+09:00');
    const solved = Date.parse('2026-12-08T18:00:00+09:00');
    const recorded = measured({
      measure: 'resolution',
      created_ms: created,
      ended_ms: solved,
      paused_ms: 24 * hour,
      paused_spans: [
        { start: Date.parse('2026-12-07T12:00:00+09:00'), end: Date.parse('2026-12-08T12:00:00+09:00') },
      ],
    });
    // 18 open hours, minus the pause's 6 h Monday and 3 h Tuesday.
    expect(businessDurationMs({ ...recorded, calendar: seoul })).toBe(9 * hour);
    const unrecorded = { ...recorded, paused_spans: [], paused_ms: 2 * hour };
    expect(businessDurationMs({ ...unrecorded, calendar: seoul })).toBe(16 * hour);
    // More unrecorded pause than open time: never negative.
    expect(businessDurationMs({ ...unrecorded, paused_ms: 40 * hour, calendar: seoul })).toBe(0);
  });

  it('interpolates percentiles as percentile_cont does', () => {
    expect(continuousPercentile([], 0.5)).toBeNull();
    expect(continuousPercentile([5], 0.9)).toBe(5);
    expect(continuousPercentile([3, 1, 2], 0.5)).toBe(2);
    expect(continuousPercentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(continuousPercentile([1, 2, 3], 0.9)).toBeCloseTo(2.8);
  });

  it('groups by category and agent, and gives 24x7 tickets no business figure', () => {
    const grouped = businessResponseTimes([
      measured({}),
      measured({ assignee_id: 'ben', ended_ms: Date.parse('2026-12-07T12:00:00+09:00') }),
      measured({ category: 'deposit_withdrawal', assignee_id: 'cho', calendar: null }),
    ]);
    expect(grouped.byCategory.get('general')).toEqual({
      first_response: { count: 2, median_ms: 2 * hour, p90_ms: 2.8 * hour },
      resolution: { count: 0, median_ms: null, p90_ms: null },
    });
    expect(grouped.byCategory.has('deposit_withdrawal')).toBe(false);
    expect(grouped.byAgent.get('ben')?.first_response.median_ms).toBe(3 * hour);
    expect(grouped.byAgent.has('cho')).toBe(false);
  });
});
