import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../shared/domain/schemas';
import { computeSla, type SlaTicket } from '../../../shared/sla/clock';
import { defaultSlaPolicy, type SlaPolicy } from '../../../shared/sla/policy';
import { retargetTicketSla, retargetTickets } from '../../../shared/sla/retarget';

const minute = 60_000;
const hour = 60 * minute;
const created = Date.parse('2026-03-02T00:00:00.000Z');
const at = (offsetMs: number): string => new Date(created + offsetMs).toISOString();

/** The policy a lead sets: high first response 8 h instead of 4 h, deposits resolved within 2 h. */
const relaxedHigh: SlaPolicy = {
  priorities: {
    ...defaultSlaPolicy.priorities,
    high: { firstResponseMinutes: 8 * 60, resolutionMinutes: 24 * 60 },
  },
  categories: { deposit_withdrawal: { normal: { resolutionMinutes: 2 * 60 } } },
};

function ticketAt(clock: Partial<SlaTicket>, policy: SlaPolicy, nowOffsetMs: number): Ticket {
  const sla: SlaTicket = {
    category: null,
    priority: 'high',
    status: 'open',
    created_at: at(0),
    first_response_at: null,
    solved_at: null,
    paused_ms: 0,
    paused_since: null,
    ...clock,
  };
  return {
    id: 'ticket-1',
    number: 2996,
    subject: 'Withdrawal',
    body: '',
    status: sla.status,
    priority: sla.priority,
    category: sla.category,
    requester: { email: 'a@example.com', name: null, locale: null },
    customer_id: 'customer-1',
    assignee_id: null,
    language: 'en',
    tags: [],
    source: 'web',
    occurred_at: null,
    device: null,
    suggested_category: null,
    possible_duplicates: [],
    related: [],
    checklist: { analyzed: true, items: [] },
    redactions: [],
    message_count: 1,
    created_at: sla.created_at,
    updated_at: sla.created_at,
    first_response_at: sla.first_response_at,
    solved_at: sla.solved_at,
    version: 1,
    sla: computeSla({ policy, ticket: sla, now: created + nowOffsetMs }),
  };
}

describe('moving cached SLA clocks onto a new policy', () => {
  // Each case: the clock inputs, and when the console computed the clocks it holds.
  const cases: Array<{ name: string; clock: Partial<SlaTicket>; now: number }> = [
    { name: 'a running first response', clock: {}, now: 3 * hour + 53 * minute },
    { name: 'a breached running clock', clock: {}, now: 30 * hour },
    { name: 'an answered ticket', clock: { first_response_at: at(5 * hour) }, now: 6 * hour },
    {
      name: 'a ticket awaiting the customer',
      clock: { status: 'awaiting_customer', first_response_at: at(hour), paused_since: at(2 * hour) },
      now: 10 * hour,
    },
    {
      name: 'a solved ticket',
      clock: {
        status: 'solved',
        first_response_at: at(hour),
        solved_at: at(20 * hour),
        paused_since: at(20 * hour),
      },
      now: 40 * hour,
    },
    {
      name: 'a deposit ticket with a category override',
      clock: { category: 'deposit_withdrawal', priority: 'normal', paused_ms: 30 * minute },
      now: 90 * minute,
    },
  ];

  for (const { name, clock, now } of cases) {
    it(`gives ${name} the clocks the service computes under the new policy, and back`, () => {
      const before = ticketAt(clock, defaultSlaPolicy, now);
      const after = retargetTicketSla(before, relaxedHigh);
      expect(after.sla).toEqual(ticketAt(clock, relaxedHigh, now).sla);
      expect(retargetTicketSla(after, defaultSlaPolicy).sla).toEqual(before.sla);
    });
  }

  it('turns a 4 h clock with 7 minutes left into one with 4 h 7 min left, and breached back to running', () => {
    const ticket = ticketAt({}, defaultSlaPolicy, 3 * hour + 53 * minute);
    expect(ticket.sla?.first_response.state).toBe('at_risk');
    const relaxed = retargetTicketSla(ticket, relaxedHigh);
    expect(relaxed.sla?.first_response.remaining_ms).toBe(4 * hour + 7 * minute);
    expect(relaxed.sla?.first_response.state).toBe('running');
    expect(relaxed.sla?.first_response.due_at).toBe(at(8 * hour));
  });

  it('leaves tickets whose targets did not change as they were (same object)', () => {
    const normal = ticketAt({ priority: 'normal' }, defaultSlaPolicy, hour);
    expect(retargetTicketSla(normal, relaxedHigh)).toBe(normal);
    const high = ticketAt({}, defaultSlaPolicy, hour);
    expect(retargetTickets([normal, high], relaxedHigh).map((ticket) => ticket.priority)).toEqual(['high']);
  });
});
