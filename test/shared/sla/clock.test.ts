import { describe, expect, it } from 'vitest';
import { ticketSlaSchema } from '../../../shared/domain/schemas';
import {
  computeSla,
  headlineSlaClock,
  projectSlaClock,
  slaPauseChange,
  type SlaTicket,
} from '../../../shared/sla/clock';
import { defaultSlaPolicy, slaTargetsFor, type SlaPolicy } from '../../../shared/sla/policy';

const minute = 60_000;
const hour = 60 * minute;
const created = Date.parse('2026-03-02T00:00:00.000Z');
const at = (offsetMs: number): string => new Date(created + offsetMs).toISOString();

function ticket(overrides: Partial<SlaTicket> = {}): SlaTicket {
  return {
    category: null,
    priority: 'normal',
    status: 'new',
    created_at: at(0),
    first_response_at: null,
    solved_at: null,
    paused_ms: 0,
    paused_since: null,
    ...overrides,
  };
}

function sla(input: SlaTicket, nowOffsetMs: number, policy: SlaPolicy = defaultSlaPolicy) {
  return computeSla({ policy, ticket: input, now: created + nowOffsetMs });
}

describe('SLA policy', () => {
  it('promises a first response within 24 h by default, sooner for high and urgent', () => {
    expect(slaTargetsFor(defaultSlaPolicy, null, 'normal').firstResponseMinutes).toBe(24 * 60);
    expect(slaTargetsFor(defaultSlaPolicy, 'kyc', 'low').firstResponseMinutes).toBe(24 * 60);
    expect(slaTargetsFor(defaultSlaPolicy, null, 'high').firstResponseMinutes).toBe(4 * 60);
    expect(slaTargetsFor(defaultSlaPolicy, null, 'urgent').firstResponseMinutes).toBe(60);
    expect(slaTargetsFor(defaultSlaPolicy, null, 'normal').resolutionMinutes).toBe(72 * 60);
  });

  it('lets a category override one target of one priority', () => {
    const policy: SlaPolicy = {
      ...defaultSlaPolicy,
      categories: { account_security: { normal: { firstResponseMinutes: 120 } } },
    };
    expect(slaTargetsFor(policy, 'account_security', 'normal')).toEqual({
      firstResponseMinutes: 120,
      resolutionMinutes: 72 * 60,
    });
    expect(slaTargetsFor(policy, 'account_security', 'high').firstResponseMinutes).toBe(4 * 60);
    expect(slaTargetsFor(policy, 'general', 'normal').firstResponseMinutes).toBe(24 * 60);
    expect(sla(ticket({ category: 'account_security' }), 0, policy).first_response.target_ms).toBe(2 * hour);
  });
});

describe('first-response clock', () => {
  it('counts down from creation and is due 24 h later', () => {
    const clock = sla(ticket(), 3 * hour).first_response;
    expect(clock).toEqual({
      target_ms: 24 * hour,
      due_at: at(24 * hour),
      remaining_ms: 21 * hour,
      state: 'running',
      is_running: true,
    });
    expect(ticketSlaSchema.parse(sla(ticket(), 3 * hour))).toBeTruthy();
  });

  it('is at risk under 20% left, still at risk at exactly 0, breached 1 ms past due', () => {
    const target = 24 * hour;
    const share = target * 0.2;
    expect(sla(ticket(), target - share).first_response.state).toBe('running');
    expect(sla(ticket(), target - share + 1).first_response.state).toBe('at_risk');
    expect(sla(ticket(), target).first_response).toMatchObject({ state: 'at_risk', remaining_ms: 0 });
    expect(sla(ticket(), target + 1).first_response).toMatchObject({ state: 'breached', remaining_ms: -1 });
  });

  it('stops at the first reply: met on time (even at the last millisecond), breached when late', () => {
    const onTime = sla(ticket({ first_response_at: at(24 * hour), status: 'open' }), 100 * hour);
    expect(onTime.first_response).toMatchObject({ state: 'met', remaining_ms: 0, is_running: false });
    const late = sla(ticket({ first_response_at: at(25 * hour), status: 'open' }), 100 * hour);
    expect(late.first_response).toMatchObject({ state: 'breached', remaining_ms: -hour, is_running: false });
    expect(late.first_response.due_at).toBe(at(24 * hour));
  });

  it('does not pause while awaiting the customer', () => {
    const clock = sla(
      ticket({ status: 'awaiting_customer', paused_since: at(hour) }),
      5 * hour,
    ).first_response;
    expect(clock).toMatchObject({ state: 'running', remaining_ms: 19 * hour, is_running: true });
  });

  it('stops when the ticket is solved without a reply', () => {
    const solved = ticket({ status: 'solved', solved_at: at(2 * hour), paused_since: at(2 * hour) });
    expect(sla(solved, 50 * hour).first_response).toMatchObject({ state: 'met', remaining_ms: 22 * hour });
  });
});

describe('resolution clock', () => {
  it('pauses while awaiting the customer and counts only the time before the pause', () => {
    const waiting = ticket({
      status: 'awaiting_customer',
      first_response_at: at(hour),
      paused_since: at(10 * hour),
    });
    const early = sla(waiting, 11 * hour).resolution;
    const muchLater = sla(waiting, 200 * hour).resolution;
    expect(early).toMatchObject({ state: 'paused', remaining_ms: 62 * hour, is_running: false });
    expect(muchLater).toMatchObject({ state: 'paused', remaining_ms: 62 * hour });
    // The deadline moves with the pause: "if it resumed now".
    expect(muchLater.due_at).toBe(at(262 * hour));
  });

  it('subtracts finished pauses once the clock runs again', () => {
    const reopened = ticket({ status: 'open', first_response_at: at(hour), paused_ms: 30 * hour });
    const clock = sla(reopened, 90 * hour).resolution;
    expect(clock).toMatchObject({ state: 'at_risk', remaining_ms: 12 * hour, is_running: true });
    expect(clock.due_at).toBe(at(102 * hour));
  });

  it('keeps running while on hold (the customer is still waiting)', () => {
    expect(sla(ticket({ status: 'on_hold' }), 10 * hour).resolution.state).toBe('running');
  });

  it('stays breached while paused once past due', () => {
    const waiting = ticket({ status: 'awaiting_customer', paused_since: at(80 * hour) });
    expect(sla(waiting, 90 * hour).resolution).toMatchObject({ state: 'breached', remaining_ms: -8 * hour });
  });

  it('stops when solved: met within the target, breached after it, pauses excluded', () => {
    const solvedInTime = ticket({
      status: 'solved',
      first_response_at: at(hour),
      solved_at: at(80 * hour),
      paused_since: at(80 * hour),
      paused_ms: 20 * hour,
    });
    expect(sla(solvedInTime, 500 * hour).resolution).toMatchObject({
      state: 'met',
      remaining_ms: 12 * hour,
      is_running: false,
    });
    const solvedLate = ticket({ status: 'closed', solved_at: at(80 * hour), paused_since: at(80 * hour) });
    expect(sla(solvedLate, 500 * hour).resolution).toMatchObject({
      state: 'breached',
      remaining_ms: -8 * hour,
    });
  });

  it('counts a solve during a wait as ending when the wait began', () => {
    // awaiting since 10 h, solved at 40 h: the accumulators keep the pause start, solved_at is later.
    const solved = ticket({ status: 'solved', solved_at: at(40 * hour), paused_since: at(10 * hour) });
    expect(sla(solved, 100 * hour).resolution.remaining_ms).toBe(62 * hour);
  });

  it('falls back to solved_at for solved tickets without a pause start (imported history)', () => {
    const imported = ticket({ status: 'solved', solved_at: at(10 * hour), first_response_at: at(hour) });
    expect(sla(imported, 1000 * hour).resolution).toMatchObject({ state: 'met', remaining_ms: 62 * hour });
  });

  it('never counts negative time when the clock of the caller is behind creation', () => {
    expect(sla(ticket(), -hour).resolution.remaining_ms).toBe(72 * hour);
  });
});

describe('projection and pauses', () => {
  it('ticks a running clock down to its fixed deadline and leaves the others alone', () => {
    const computed = sla(ticket(), 0);
    const later = projectSlaClock(computed.first_response, created + 20 * hour);
    expect(later).toMatchObject({ remaining_ms: 4 * hour, state: 'at_risk' });
    expect(projectSlaClock(computed.first_response, created + 25 * hour).state).toBe('breached');
    const paused = sla(ticket({ status: 'awaiting_customer', paused_since: at(hour) }), 2 * hour).resolution;
    expect(projectSlaClock(paused, created + 500 * hour)).toBe(paused);
  });

  it('shows the first-response clock until the first reply, then the resolution clock', () => {
    const fresh = sla(ticket(), hour);
    expect(headlineSlaClock(fresh)).toBe(fresh.first_response);
    const answered = sla(ticket({ status: 'open', first_response_at: at(hour) }), 2 * hour);
    expect(headlineSlaClock(answered)).toBe(answered.resolution);
  });

  it('pauses on entering awaiting customer or solved, resumes on leaving them', () => {
    expect(slaPauseChange('open', 'awaiting_customer')).toBe('pause');
    expect(slaPauseChange('on_hold', 'solved')).toBe('pause');
    expect(slaPauseChange('awaiting_customer', 'open')).toBe('resume');
    expect(slaPauseChange('solved', 'open')).toBe('resume');
    expect(slaPauseChange('awaiting_customer', 'solved')).toBe('none');
    expect(slaPauseChange('solved', 'closed')).toBe('none');
    expect(slaPauseChange('new', 'on_hold')).toBe('none');
  });
});
