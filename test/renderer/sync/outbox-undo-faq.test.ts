import { afterEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../../shared/domain/schemas';
import type { OutboxAction, OutboxEntry } from '../../../shared/sync/outbox';
import { mergeUndoEntriesOf } from '../../../renderer/features/duplicates/use-merge-undo-entries';
import { makeTicket } from '../fixtures';
import { disposeOutboxRunners, idempotentFetch, startOutboxRunner } from './outbox-test-runner';

/**
 * A service for merge undos, messages and one-ticket bulk changes that applies each idempotency key once. The
 * undo of `merge-1` restores ticket-2 (closed by the merge) to open; `needsLead` makes it answer 403
 * `undo_needs_lead`, as the service does when the merge needed a lead and the agent is not one.
 */
function fakeService(initial: readonly Ticket[]) {
  const tickets = new Map(initial.map((ticket) => [ticket.id, ticket]));
  const applied: string[] = [];
  let isUp = true;
  let needsLead = false;
  const bump = (id: string, change: Partial<Ticket>): Ticket => {
    const ticket = tickets.get(id);
    if (!ticket) {
      throw new Error(`no ${id}`);
    }
    const next = { ...ticket, ...change, version: ticket.version + 1 };
    tickets.set(id, next);
    return next;
  };
  const handle = (path: string, body: unknown): { status: number; body: unknown } => {
    if (path === '/api/merges/merge-1/undo') {
      if (needsLead) {
        const message = 'this merge needed a lead, so undoing it does too';
        return { status: 403, body: { error: { code: 'undo_needs_lead', message } } };
      }
      applied.push('undo merge-1');
      const restored = [bump('ticket-1', {}), bump('ticket-2', { status: 'open' })];
      return { status: 200, body: { merge: { id: 'merge-1' }, tickets: restored } };
    }
    const message = /^\/api\/tickets\/([^/]+)\/messages$/.exec(path);
    if (message?.[1]) {
      applied.push(`message ${message[1]}`);
      bump(message[1], { status: 'solved' });
      return { status: 201, body: { id: 'message-1' } };
    }
    if (path === '/api/tickets/bulk') {
      const { ticket_ids: ids, changes } = body as {
        ticket_ids: string[];
        changes: { priority?: Ticket['priority']; add_tags?: string[] };
      };
      applied.push(`bulk ${ids.join(',')}`);
      const updated = ids.map((id) =>
        bump(id, {
          ...(changes.priority ? { priority: changes.priority } : {}),
          tags: [...new Set([...(tickets.get(id)?.tags ?? []), ...(changes.add_tags ?? [])])],
        }),
      );
      return { status: 200, body: { updated, failed: [] } };
    }
    return { status: 404, body: { error: { code: 'not_found', message: path } } };
  };
  const { fetchImplementation, keysSent } = idempotentFetch(handle, () => isUp);
  return {
    fetchImplementation,
    applied,
    keysSent,
    ticket: (id: string) => tickets.get(id) ?? null,
    setUp: (up: boolean) => (isUp = up),
    requireLead: () => (needsLead = true),
  };
}

/**
 * A runner whose clock stands still until the test moves it (entries are kept in the same millisecond) and
 * whose keys sort in the opposite order of their making: the order of sending must still be the agent's.
 */
function setUp(initial: readonly Ticket[]) {
  const service = fakeService(initial);
  let countdown = 1000;
  const started = startOutboxRunner(
    initial,
    {
      fetchTicket: (id) => Promise.resolve(service.ticket(id)),
      fetchImplementation: service.fetchImplementation,
    },
    { newKey: () => `key-${(countdown -= 1)}` },
  );
  return { service, ...started };
}

const mergeUndo: OutboxAction = {
  kind: 'merge_undo',
  merge_id: 'merge-1',
  ticket_ids: ['ticket-1', 'ticket-2'],
};

afterEach(disposeOutboxRunners);

describe('merge undo through the outbox', () => {
  it('offline: waits in the outbox with the tickets as they were, then lands once on reconnect', async () => {
    const { service, database, store, runner, advance } = setUp([
      makeTicket({ number: 1, status: 'open' }),
      makeTicket({ number: 2, status: 'closed' }),
    ]);
    service.setUp(false);
    const submission = await runner.submit(mergeUndo);
    expect(submission.kind).toBe('queued');
    // Not shown as final: the merged source stays closed until the service restores it.
    expect(store.get('ticket-2')?.status).toBe('closed');
    const waiting = mergeUndoEntriesOf(await database.outbox.toArray());
    expect([...waiting.restoringTicketIds]).toEqual(['ticket-1', 'ticket-2']);
    expect(waiting.byMerge.get('merge-1')?.state).toBe('pending');

    service.setUp(true);
    advance(60_000);
    await runner.drain();
    await runner.retryNow();
    expect(service.applied).toEqual(['undo merge-1']);
    expect(new Set(service.keysSent).size).toBe(1);
    expect(await database.outbox.count()).toBe(0);
    expect(store.get('ticket-2')?.status).toBe('open');
  });

  it('a 403 on replay (the merge needed a lead) stays in the outbox as failed, with the reason', async () => {
    const { service, database, store, runner, advance } = setUp([
      makeTicket({ number: 1 }),
      makeTicket({ number: 2, status: 'closed' }),
    ]);
    service.setUp(false);
    await runner.submit(mergeUndo);
    service.requireLead();
    service.setUp(true);
    advance(60_000);
    await runner.drain();
    const [entry] = await database.outbox.toArray();
    expect(entry).toMatchObject({
      state: 'failed',
      error: { code: 'undo_needs_lead', message: 'this merge needed a lead, so undoing it does too' },
    });
    const shown = mergeUndoEntriesOf(await database.outbox.toArray());
    // Refused: kept for the agent to read and dismiss, no longer counted as a restore on its way.
    expect(shown.byMerge.get('merge-1')?.error?.code).toBe('undo_needs_lead');
    expect(shown.restoringTicketIds.size).toBe(0);
    expect(store.get('ticket-2')?.status).toBe('closed');
    expect(service.applied).toEqual([]);
  });
});

describe("an FAQ reply's follow-up through the outbox", () => {
  it('offline: the reply and its follow-up are replayed in the order the agent made them', async () => {
    const { service, database, store, runner, advance } = setUp([
      makeTicket({ number: 1, status: 'open', priority: 'normal', tags: ['kyc'] }),
    ]);
    service.setUp(false);
    await runner.enqueue({
      kind: 'message',
      ticket_id: 'ticket-1',
      body: { kind: 'reply', body: 'Your deposit is credited.', set_status: 'solved' },
    });
    await runner.enqueue({
      kind: 'bulk',
      body: { ticket_ids: ['ticket-1'], changes: { priority: 'high', add_tags: ['deposit'] } },
    });
    // Shown at once in the queue, though nothing reached the service.
    expect(store.get('ticket-1')).toMatchObject({
      status: 'solved',
      priority: 'high',
      tags: ['kyc', 'deposit'],
    });
    const entries = await database.outbox.orderBy('created_at').toArray();
    expect(entries.map((entry: OutboxEntry) => entry.action.kind)).toEqual(['message', 'bulk']);

    service.setUp(true);
    advance(60_000);
    await runner.drain();
    expect(service.applied).toEqual(['message ticket-1', 'bulk ticket-1']);
    expect(service.ticket('ticket-1')).toMatchObject({
      status: 'solved',
      priority: 'high',
      tags: ['kyc', 'deposit'],
    });
    expect(await database.outbox.count()).toBe(0);
  });
});
