import { describe, expect, it } from 'vitest';
import { computeSla } from '../../../../shared/sla/clock';
import { defaultSlaPolicy } from '../../../../shared/sla/policy';
import {
  durationParts,
  headlineSlaDisplay,
  slaDisplay,
  slaSortKey,
} from '../../../../renderer/features/sla/sla-display';

const hour = 3_600_000;
const created = Date.parse('2026-03-02T00:00:00.000Z');

function slaOf(
  status: 'new' | 'open' | 'awaiting_customer' | 'solved',
  extra: { firstResponse?: number } = {},
) {
  return computeSla({
    policy: defaultSlaPolicy,
    now: created + hour,
    ticket: {
      category: null,
      priority: 'normal',
      status,
      created_at: new Date(created).toISOString(),
      first_response_at:
        extra.firstResponse === undefined ? null : new Date(created + extra.firstResponse).toISOString(),
      solved_at: status === 'solved' ? new Date(created + hour).toISOString() : null,
      paused_ms: 0,
      paused_since:
        status === 'awaiting_customer' || status === 'solved' ? new Date(created + hour).toISOString() : null,
    },
  });
}

describe('SLA display', () => {
  it('splits durations into days, hours and minutes, rounding down', () => {
    expect(durationParts(3 * hour + 12 * 60_000 + 59_999)).toEqual({ days: 0, hours: 3, minutes: 12 });
    expect(durationParts(52 * hour)).toEqual({ days: 2, hours: 4, minutes: 0 });
    expect(durationParts(-5)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it('ticks a running clock: ok, then amber under 20%, then red and overdue', () => {
    const clock = slaOf('new').first_response;
    expect(slaDisplay(clock, created + 2 * hour)).toMatchObject({
      tone: 'ok',
      kind: 'remaining',
      durationMs: 22 * hour,
    });
    expect(slaDisplay(clock, created + 20 * hour)).toMatchObject({ tone: 'warning', kind: 'remaining' });
    expect(slaDisplay(clock, created + 26 * hour)).toMatchObject({
      tone: 'danger',
      kind: 'overdue',
      durationMs: 2 * hour,
    });
  });

  it('shows paused, met and breached clocks without ticking', () => {
    const waiting = slaOf('awaiting_customer', { firstResponse: hour / 2 });
    expect(headlineSlaDisplay(waiting, created + 500 * hour)).toMatchObject({
      tone: 'muted',
      kind: 'paused',
      durationMs: 71 * hour,
    });
    expect(slaDisplay(waiting.first_response, created + 500 * hour)).toMatchObject({
      tone: 'met',
      kind: 'met',
    });
    const late = slaOf('open', { firstResponse: 30 * hour }).first_response;
    expect(slaDisplay(late, created + 40 * hour)).toMatchObject({ tone: 'danger', kind: 'breached' });
    expect(headlineSlaDisplay(null, 0)).toBeNull();
  });

  it('sorts counting clocks by deadline and stopped ones last', () => {
    const fresh = slaOf('new');
    const waiting = slaOf('awaiting_customer', { firstResponse: hour / 2 });
    const solved = slaOf('solved', { firstResponse: hour / 2 });
    expect(slaSortKey(fresh)).toBe(created + 24 * hour);
    expect(slaSortKey(fresh)).toBeLessThan(slaSortKey(waiting));
    expect(slaSortKey(waiting)).toBeLessThan(slaSortKey(solved));
    expect(slaSortKey(solved)).toBeLessThan(slaSortKey(undefined));
  });
});
