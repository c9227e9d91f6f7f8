import { afterEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../../shared/domain/schemas';
import { bulkUpdateQueue, updateQueueTicket } from '../../../renderer/features/queue/queue-actions';
import type { ApiClient } from '../../../renderer/api/api-client';
import { makeTicket } from '../fixtures';
import { disposeOutboxRunners, startOutboxRunner } from './outbox-test-runner';

/**
 * A service that applies each idempotency key once (a repeated key gets the stored answer), for ticket
 * PATCHes, bulk changes and merges; it can be switched off (network errors). A merge sent again without its
 * stored answer would be refused as `source_already_merged`, as the real service does.
 */
function fakeService(initial: readonly Ticket[]) {
  const tickets = new Map(initial.map((ticket) => [ticket.id, ticket]));
  let isUp = true;
  const answered = new Map<string, { status: number; body: unknown }>();
  const applied: string[] = [];
  const keysSent: string[] = [];
  const merged = new Set<string>();
  const handle = (method: string, path: string, body: unknown): { status: number; body: unknown } => {
    if (path === '/api/tickets/bulk') {
      const { ticket_ids: ids, changes } = body as { ticket_ids: string[]; changes: Partial<Ticket> };
      const updated: Ticket[] = [];
      const failed: unknown[] = [];
      for (const id of ids) {
        const ticket = tickets.get(id);
        if (!ticket || ticket.status === 'closed') {
          failed.push({ id, code: 'invalid_transition', message: `ticket ${id} is closed` });
          continue;
        }
        const next = { ...ticket, ...changes, version: ticket.version + 1 };
        tickets.set(id, next);
        updated.push(next);
      }
      applied.push(`bulk ${ids.join(',')}`);
      return { status: 200, body: { updated, failed } };
    }
    const mergeMatch = /^\/api\/tickets\/([^/]+)\/merge$/.exec(path);
    if (mergeMatch?.[1]) {
      const sources = (body as { source_ids: string[] }).source_ids;
      if (sources.some((id) => merged.has(id))) {
        return { status: 409, body: { error: { code: 'source_already_merged', message: 'merged' } } };
      }
      if (sources.includes(mergeMatch[1])) {
        return { status: 400, body: { error: { code: 'merge_into_itself', message: 'into itself' } } };
      }
      sources.forEach((id) => merged.add(id));
      applied.push(`merge ${sources.join(',')} into ${mergeMatch[1]}`);
      return { status: 201, body: { merge: { id: 'merge-1' }, target: null } };
    }
    const id = decodeURIComponent(path.replace('/api/tickets/', ''));
    const ticket = tickets.get(id);
    if (method !== 'PATCH' || !ticket) {
      return { status: 404, body: { error: { code: 'not_found', message: 'no such ticket' } } };
    }
    const next = { ...ticket, ...(body as Partial<Ticket>), version: ticket.version + 1 };
    tickets.set(id, next);
    applied.push(`patch ${id}`);
    return { status: 200, body: next };
  };
  const fetchImplementation = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    await Promise.resolve();
    if (!isUp) {
      throw new TypeError('Failed to fetch');
    }
    const url = new URL(input instanceof Request ? input.url : input);
    const headers = init?.headers as Record<string, string>;
    const key = headers['Idempotency-Key'] ?? '';
    keysSent.push(key);
    const body: unknown = JSON.parse(typeof init?.body === 'string' ? init.body : 'null');
    const answer = answered.get(key) ?? handle(init?.method ?? 'GET', url.pathname, body);
    if (answer.status < 300) {
      answered.set(key, answer);
    }
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  };
  return {
    fetchImplementation,
    applied,
    keysSent,
    ticket: (id: string) => tickets.get(id) ?? null,
    setUp: (up: boolean) => (isUp = up),
  };
}

afterEach(disposeOutboxRunners);

/** Fails the test if the queue actions ever bypass the outbox. */
const directApi = {
  updateTicket: () => Promise.reject(new Error('sent directly, not through the outbox')),
  bulkUpdate: () => Promise.reject(new Error('sent directly, not through the outbox')),
} as unknown as Pick<ApiClient, 'updateTicket' | 'bulkUpdate'>;

function setUp(initial: readonly Ticket[]) {
  const service = fakeService(initial);
  const started = startOutboxRunner(initial, {
    fetchTicket: (id) => Promise.resolve(service.ticket(id)),
    fetchImplementation: service.fetchImplementation,
  });
  return { service, ...started };
}

describe('submitting through the outbox', () => {
  it('online: waits for the answer and hands it back; nothing stays in the outbox', async () => {
    const { service, database, runner } = setUp([makeTicket({ number: 1 }), makeTicket({ number: 2 })]);
    const submission = await runner.submit({
      kind: 'merge',
      target_id: 'ticket-1',
      body: { source_ids: ['ticket-2'] },
    });
    expect(submission).toMatchObject({ kind: 'acknowledged', body: { merge: { id: 'merge-1' } } });
    expect(service.applied).toEqual(['merge ticket-2 into ticket-1']);
    expect(await database.outbox.count()).toBe(0);
  });

  it('offline: says queued at once, then lands the merge exactly once with the same key', async () => {
    const { service, database, runner, advance } = setUp([
      makeTicket({ number: 1 }),
      makeTicket({ number: 2 }),
    ]);
    service.setUp(false);
    const submission = await runner.submit({
      kind: 'merge',
      target_id: 'ticket-1',
      body: { source_ids: ['ticket-2'] },
    });
    expect(submission.kind).toBe('queued');
    expect(await database.outbox.count()).toBe(1);
    service.setUp(true);
    advance(60_000);
    await runner.drain();
    // A retry of the same key (as after a lost answer) is answered from the stored result, not refused.
    await runner.retryNow();
    expect(service.applied).toEqual(['merge ticket-2 into ticket-1']);
    expect(new Set(service.keysSent).size).toBe(1);
    expect(await database.outbox.count()).toBe(0);
  });

  it('a refused merge comes back failed with the reason and stays for the agent to discard', async () => {
    const { database, runner } = setUp([makeTicket({ number: 1 })]);
    const submission = await runner.submit({
      kind: 'merge',
      target_id: 'ticket-1',
      body: { source_ids: ['ticket-1'] },
    });
    expect(submission).toMatchObject({ kind: 'failed', entry: { error: { code: 'merge_into_itself' } } });
    expect((await database.outbox.toArray()).map((entry) => entry.state)).toEqual(['failed']);
  });

  it('an action behind one still waiting for its backoff is queued, not sent ahead of it', async () => {
    const { service, runner } = setUp([makeTicket({ number: 1 }), makeTicket({ number: 2 })]);
    service.setUp(false);
    await runner.submit({ kind: 'merge', target_id: 'ticket-1', body: { source_ids: ['ticket-2'] } });
    service.setUp(true);
    const later = await runner.submit({
      kind: 'update',
      ticket_id: 'ticket-1',
      base_version: 1,
      base: { priority: 'normal' },
      changes: { priority: 'high' },
    });
    expect(later.kind).toBe('queued');
    expect(service.applied).toEqual([]);
  });
});

describe('queue actions through the outbox', () => {
  it('bulk online: the bar gets the counts of updated and failed tickets', async () => {
    const tickets = [
      makeTicket({ number: 1, status: 'open' }),
      makeTicket({ number: 2, status: 'open' }),
      makeTicket({ number: 3, status: 'closed' }),
    ];
    const { store, runner, database } = setUp(tickets);
    const outcome = await bulkUpdateQueue(
      { api: directApi, store, outbox: runner },
      ['ticket-1', 'ticket-2', 'ticket-3'],
      {
        priority: 'urgent',
      },
    );
    expect(outcome.queued).toBe(0);
    expect(outcome.result.updated.map((ticket) => ticket.id)).toEqual(['ticket-1', 'ticket-2']);
    expect(outcome.result.failed.map((failure) => failure.id)).toEqual(['ticket-3']);
    expect(store.get('ticket-1')?.priority).toBe('urgent');
    // The ticket that failed stays visible in the outbox until the agent discards it.
    expect((await database.outbox.toArray()).map((entry) => entry.error?.code)).toEqual([
      'bulk_partially_failed',
    ]);
  });

  it('bulk offline: shown in the queue at once, counted as queued, sent once when back', async () => {
    const { service, store, runner, database, advance } = setUp([
      makeTicket({ number: 1 }),
      makeTicket({ number: 2 }),
    ]);
    service.setUp(false);
    const outcome = await bulkUpdateQueue(
      { api: directApi, store, outbox: runner },
      ['ticket-1', 'ticket-2'],
      {
        assignee_id: 'agent-1',
      },
    );
    expect(outcome).toEqual({ result: { updated: [], failed: [] }, queued: 2 });
    expect(store.get('ticket-2')?.assignee_id).toBe('agent-1');
    service.setUp(true);
    advance(60_000);
    await runner.drain();
    expect(service.applied).toEqual(['bulk ticket-1,ticket-2']);
    expect(service.ticket('ticket-2')?.assignee_id).toBe('agent-1');
    expect(await database.outbox.count()).toBe(0);
  });

  it('a shortcut change is applied online and queued offline, shown in the queue either way', async () => {
    const { service, store, runner } = setUp([makeTicket({ number: 1, priority: 'normal' })]);
    const context = { api: directApi, store, outbox: runner };
    expect(await updateQueueTicket(context, 'ticket-1', { priority: 'high' })).toBe('applied');
    expect(service.ticket('ticket-1')?.priority).toBe('high');
    service.setUp(false);
    expect(await updateQueueTicket(context, 'ticket-1', { status: 'on_hold' })).toBe('queued');
    expect(store.get('ticket-1')?.status).toBe('on_hold');
    expect(service.ticket('ticket-1')?.status).not.toBe('on_hold');
  });
});
