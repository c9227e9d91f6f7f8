import { describe, expect, it } from 'vitest';
import type { Message, SlaClock, TicketDetail } from '../../../shared/domain/schemas';
import {
  countTicketsNeedingReply,
  detectAssignment,
  detectCustomerReply,
  findSlaAtRisk,
} from '../../../shared/desktop/attention';
import { makeTicket } from '../../renderer/fixtures';

const me = 'agent-kim';
const now = Date.parse('2025-03-05T10:00:00.000Z');

function clock(dueAt: string, overrides: Partial<SlaClock> = {}): SlaClock {
  const targetMs = 4 * 60 * 60 * 1000;
  return {
    target_ms: targetMs,
    due_at: dueAt,
    remaining_ms: 0,
    state: 'running',
    is_running: true,
    ...overrides,
  };
}

function detail(overrides: Partial<TicketDetail> & { number: number }): TicketDetail {
  return { ...makeTicket(overrides), messages: [], attachments: [], ...overrides };
}

describe('countTicketsNeedingReply (the badge)', () => {
  it('counts my new and open tickets, not those waiting on the customer, solved, or someone else’s', () => {
    const tickets = [
      makeTicket({ number: 1, assignee_id: me, status: 'new' }),
      makeTicket({ number: 2, assignee_id: me, status: 'open' }),
      makeTicket({ number: 3, assignee_id: me, status: 'awaiting_customer' }),
      makeTicket({ number: 4, assignee_id: me, status: 'solved' }),
      makeTicket({ number: 5, assignee_id: me, status: 'on_hold' }),
      makeTicket({ number: 6, assignee_id: 'agent-lee', status: 'open' }),
      makeTicket({ number: 7, assignee_id: null, status: 'new' }),
    ];
    expect(countTicketsNeedingReply(tickets, me)).toBe(2);
    expect(countTicketsNeedingReply([], me)).toBe(0);
  });
});

describe('detectAssignment', () => {
  it('announces a ticket that became mine, once per version', () => {
    const previous = makeTicket({ number: 8, assignee_id: null, version: 3 });
    const current = makeTicket({ number: 8, assignee_id: me, version: 4, subject: 'Withdrawal stuck' });
    expect(detectAssignment({ previous, current, agentId: me })).toEqual({
      kind: 'assignment',
      ticketId: 'ticket-8',
      ticketNumber: 8,
      subject: 'Withdrawal stuck',
      key: 'assignment:ticket-8:4',
    });
  });

  it('stays quiet for tickets already mine, given to someone else, seen for the first time, or solved', () => {
    const mine = makeTicket({ number: 9, assignee_id: me });
    expect(detectAssignment({ previous: mine, current: { ...mine, version: 2 }, agentId: me })).toBeNull();
    expect(
      detectAssignment({ previous: mine, current: { ...mine, assignee_id: 'agent-lee' }, agentId: me }),
    ).toBeNull();
    expect(detectAssignment({ previous: undefined, current: mine, agentId: me })).toBeNull();
    expect(
      detectAssignment({
        previous: { ...mine, assignee_id: null },
        current: { ...mine, status: 'solved' },
        agentId: me,
      }),
    ).toBeNull();
  });
});

describe('detectCustomerReply', () => {
  const since = Date.parse('2025-03-05T09:00:00.000Z');
  const customerMessage: Message = {
    id: 'message-2',
    ticket_id: 'ticket-10',
    kind: 'customer',
    author_agent_id: null,
    author_name: 'Customer',
    body: 'Any news?',
    created_at: '2025-03-05T09:30:00.000Z',
  };

  it('announces the customer’s newest message on my ticket', () => {
    const ticket = detail({
      number: 10,
      assignee_id: me,
      status: 'open',
      messages: [customerMessage],
    });
    expect(detectCustomerReply({ detail: ticket, agentId: me, since })?.key).toBe('customerReply:message-2');
  });

  it('ignores my own reply, older messages, and tickets that are not mine', () => {
    const reply: Message = { ...customerMessage, id: 'message-3', kind: 'reply' };
    const old = { ...customerMessage, created_at: '2025-03-05T08:00:00.000Z' };
    const base = { number: 11, assignee_id: me, status: 'open' as const };
    expect(
      detectCustomerReply({
        detail: detail({ ...base, messages: [customerMessage, reply] }),
        agentId: me,
        since,
      }),
    ).toBeNull();
    expect(
      detectCustomerReply({ detail: detail({ ...base, messages: [old] }), agentId: me, since }),
    ).toBeNull();
    expect(
      detectCustomerReply({
        detail: detail({ ...base, assignee_id: 'agent-lee', messages: [customerMessage] }),
        agentId: me,
        since,
      }),
    ).toBeNull();
  });
});

describe('findSlaAtRisk', () => {
  it('finds my open tickets whose headline clock is at risk at this moment, keyed by the deadline', () => {
    // 30 minutes left of 4 hours: under the at-risk share, even though the stored state still says running.
    const atRisk = makeTicket({
      number: 12,
      assignee_id: me,
      status: 'open',
      sla: {
        first_response: clock('2025-03-05T10:30:00.000Z'),
        resolution: clock('2025-03-06T10:00:00.000Z'),
      },
    });
    const comfortable = makeTicket({
      number: 13,
      assignee_id: me,
      status: 'open',
      sla: {
        first_response: clock('2025-03-05T13:00:00.000Z'),
        resolution: clock('2025-03-06T10:00:00.000Z'),
      },
    });
    const notMine = { ...atRisk, id: 'ticket-14', number: 14, assignee_id: 'agent-lee' };
    const noSla = makeTicket({ number: 15, assignee_id: me, status: 'open' });
    const events = findSlaAtRisk([atRisk, comfortable, notMine, noSla], me, now);
    expect(events).toEqual([
      {
        kind: 'slaAtRisk',
        ticketId: 'ticket-12',
        ticketNumber: 12,
        subject: 'Subject 12',
        key: 'slaAtRisk:ticket-12:first_response:2025-03-05T10:30:00.000Z',
      },
    ]);
  });
});
