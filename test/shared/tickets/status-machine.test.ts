import { describe, expect, it } from 'vitest';
import { ticketStatuses, type TicketStatus } from '../../../shared/domain/vocabulary';
import {
  allowedNextStatuses,
  canTransition,
  nextStatusOnAgentReply,
  nextStatusOnCustomerMessage,
} from '../../../shared/tickets/status-machine';

describe('canTransition', () => {
  it('allows staying in any status (a replayed change is a no-op)', () => {
    for (const status of ticketStatuses) {
      expect(canTransition(status, status)).toBe(true);
    }
  });

  it('lets the working statuses move among each other and to solved, never back to new', () => {
    const working: TicketStatus[] = ['open', 'awaiting_customer', 'on_hold'];
    for (const from of ['new', ...working] as TicketStatus[]) {
      for (const to of working) {
        expect(canTransition(from, to), `${from} → ${to}`).toBe(true);
      }
      expect(canTransition(from, 'solved')).toBe(true);
      expect(canTransition(from, 'closed'), `${from} → closed`).toBe(false);
    }
    for (const from of ticketStatuses.filter((status) => status !== 'new')) {
      expect(canTransition(from, 'new'), `${from} → new`).toBe(false);
    }
  });

  it('lets a solved ticket be reopened or closed, and keeps closed final', () => {
    expect(canTransition('solved', 'open')).toBe(true);
    expect(canTransition('solved', 'closed')).toBe(true);
    expect(canTransition('solved', 'awaiting_customer')).toBe(false);
    expect(canTransition('solved', 'on_hold')).toBe(false);
    for (const to of ticketStatuses.filter((status) => status !== 'closed')) {
      expect(canTransition('closed', to), `closed → ${to}`).toBe(false);
    }
  });

  it('agrees with allowedNextStatuses, which lists the current status first', () => {
    for (const from of ticketStatuses) {
      const allowed = allowedNextStatuses(from);
      expect(allowed[0]).toBe(from);
      for (const to of ticketStatuses) {
        expect(allowed.includes(to)).toBe(canTransition(from, to));
      }
    }
    expect(allowedNextStatuses('closed')).toEqual(['closed']);
  });
});

describe('status after a message', () => {
  it('reopens a solved or awaiting ticket when the customer writes, and keeps the others', () => {
    expect(nextStatusOnCustomerMessage('awaiting_customer')).toBe('open');
    expect(nextStatusOnCustomerMessage('solved')).toBe('open');
    expect(nextStatusOnCustomerMessage('new')).toBe('new');
    expect(nextStatusOnCustomerMessage('open')).toBe('open');
    expect(nextStatusOnCustomerMessage('on_hold')).toBe('on_hold');
    expect(nextStatusOnCustomerMessage('closed')).toBe('closed');
  });

  it('opens a new ticket on an agent reply and keeps every other status', () => {
    expect(nextStatusOnAgentReply('new')).toBe('open');
    for (const status of ticketStatuses.filter((each) => each !== 'new')) {
      expect(nextStatusOnAgentReply(status)).toBe(status);
    }
  });

  it('only ever produces transitions the machine allows', () => {
    for (const status of ticketStatuses) {
      expect(canTransition(status, nextStatusOnCustomerMessage(status))).toBe(true);
      expect(canTransition(status, nextStatusOnAgentReply(status))).toBe(true);
    }
  });
});
