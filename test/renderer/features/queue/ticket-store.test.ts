import { describe, expect, it, vi } from 'vitest';
import { createTicketStore } from '../../../../renderer/features/queue/ticket-store';
import { makeTicket } from '../../fixtures';

describe('ticket store', () => {
  it('adds, replaces newer versions, and ignores older ones', () => {
    const store = createTicketStore();
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.upsert([makeTicket({ number: 1 }), makeTicket({ number: 2 })])).toEqual([
      'ticket-1',
      'ticket-2',
    ]);
    const before = store.getSnapshot();
    expect(store.upsert([makeTicket({ number: 1, subject: 'changed', version: 2 })])).toEqual([]);
    const after = store.getSnapshot();
    expect(after.tickets).not.toBe(before.tickets);
    expect(after.tickets[1]).toBe(before.tickets[1]);
    expect(store.get('ticket-1')?.subject).toBe('changed');
    store.upsert([makeTicket({ number: 1, subject: 'stale', version: 1 })]);
    expect(store.get('ticket-1')?.subject).toBe('changed');
    expect(store.getSnapshot()).toBe(after);
    expect(store.findByNumber(2)?.id).toBe('ticket-2');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('marks the first full load', () => {
    const store = createTicketStore();
    expect(store.getSnapshot().isLoaded).toBe(false);
    store.markLoaded();
    expect(store.getSnapshot().isLoaded).toBe(true);
  });
});
