import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Ticket } from '../../../shared/domain/schemas';
import { putTicketDetail, readCachedDetail } from '../../../renderer/cache/ticket-cache';
import { createTicketStore } from '../../../renderer/features/queue/ticket-store';
import { createOutboxRunner } from '../../../renderer/sync/outbox-runner';
import { makeTicket } from '../fixtures';
import { disposeOutboxRunners, nextKey, runners, startOutboxRunner } from './outbox-test-runner';

interface SentRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * A tiny service: applies PATCHes and messages once per idempotency key (a repeated key answers the stored
 * response), refuses a stale If-Match with 409, and can be switched off (network errors).
 */
function fakeService(initial: Ticket) {
  let ticket = initial;
  let isUp = true;
  const answered = new Map<string, { status: number; body: unknown }>();
  const requests: SentRequest[] = [];
  const messages: unknown[] = [];
  const fetchImplementation = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    await Promise.resolve();
    const url = new URL(input instanceof Request ? input.url : input);
    const headers = init?.headers as Record<string, string>;
    const body: unknown = JSON.parse(typeof init?.body === 'string' ? init.body : 'null');
    requests.push({ method: init?.method ?? 'GET', path: url.pathname, headers, body });
    if (!isUp) {
      throw new TypeError('Failed to fetch');
    }
    const key = headers['Idempotency-Key'] ?? '';
    const stored = answered.get(key);
    const answer =
      stored ??
      ((): { status: number; body: unknown } => {
        if (url.pathname.endsWith('/messages')) {
          const message = {
            id: `message-${messages.length + 1}`,
            ticket_id: ticket.id,
            kind: (body as { kind: string }).kind,
            author_agent_id: 'agent-1',
            author_name: 'Ada',
            body: (body as { body: string }).body,
            created_at: '2026-01-01T00:00:00.000Z',
          };
          messages.push(message);
          ticket = { ...ticket, version: ticket.version + 1, message_count: ticket.message_count + 1 };
          return { status: 201, body: message };
        }
        if (Number(headers['If-Match']) !== ticket.version) {
          return {
            status: 409,
            body: { error: { code: 'version_conflict', message: 'stale', field: null } },
          };
        }
        ticket = { ...ticket, ...(body as Partial<Ticket>), version: ticket.version + 1 };
        return { status: 200, body: ticket };
      })();
    // Like the service, a refused write stores nothing, its key included (docs/sync.md).
    if (answer.status < 300) {
      answered.set(key, answer);
    }
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  };
  return {
    fetchImplementation,
    requests,
    messages,
    current: () => ticket,
    changeBySomeoneElse: (changes: Partial<Ticket>) =>
      (ticket = { ...ticket, ...changes, version: ticket.version + 1 }),
    setUp: (up: boolean) => (isUp = up),
  };
}

afterEach(disposeOutboxRunners);

function setUp(initial: Ticket) {
  const service = fakeService(initial);
  const started = startOutboxRunner([initial], {
    fetchTicket: () => Promise.resolve(service.current()),
    fetchImplementation: service.fetchImplementation,
  });
  return { service, ...started };
}

describe('outbox runner', () => {
  it('sends an action once with its idempotency key and removes it when acknowledged', async () => {
    const { service, database, store, runner } = setUp(makeTicket({ number: 1, version: 3 }));
    await runner.enqueue({
      kind: 'update',
      ticket_id: 'ticket-1',
      base_version: 3,
      base: { priority: 'normal' },
      changes: { priority: 'urgent' },
    });
    // Shown at once, before the service answers.
    expect(store.get('ticket-1')?.priority).toBe('urgent');
    await runner.drain();
    expect(service.requests).toHaveLength(1);
    expect(service.requests[0]?.headers['Idempotency-Key']).toMatch(/^key-/);
    expect(service.requests[0]?.headers.authorization).toBe('Bearer secret-token');
    expect(await database.outbox.count()).toBe(0);
    expect(store.get('ticket-1')).toMatchObject({ priority: 'urgent', version: 4 });
  });

  it('keeps work made offline, retries with the same key and lands it once when back online', async () => {
    const { service, database, runner, advance } = setUp(makeTicket({ number: 1, version: 1 }));
    service.setUp(false);
    await runner.enqueue({ kind: 'message', ticket_id: 'ticket-1', body: { kind: 'reply', body: 'Hello' } });
    await runner.drain();
    const [waiting] = await database.outbox.toArray();
    expect(waiting).toMatchObject({ state: 'pending', attempts: 1, error: { code: 'network_error' } });
    service.setUp(true);
    await runner.drain();
    // Not due yet: the backoff holds it.
    expect(service.messages).toHaveLength(0);
    advance(60_000);
    await runner.drain();
    await runner.drain();
    expect(service.messages).toHaveLength(1);
    const keys = new Set(service.requests.map((request) => request.headers['Idempotency-Key']));
    expect(keys.size).toBe(1);
    expect(await database.outbox.count()).toBe(0);
  });

  it('shows a queued reply in the cached thread and swaps it for the service copy once sent', async () => {
    const ticket = makeTicket({ number: 1, version: 1 });
    const { service, database, runner } = setUp(ticket);
    await putTicketDetail(database, { ...ticket, messages: [], attachments: [] }, '2026-01-01T00:00:00.000Z');
    service.setUp(false);
    await runner.enqueue({ kind: 'message', ticket_id: 'ticket-1', body: { kind: 'note', body: 'Checked' } });
    expect((await readCachedDetail(database, 'ticket-1'))?.messages.map((message) => message.body)).toEqual([
      'Checked',
    ]);
    service.setUp(true);
    await runner.retryNow();
    const thread = (await readCachedDetail(database, 'ticket-1'))?.messages ?? [];
    expect(thread.map((message) => message.id)).toEqual(['message-1']);
  });

  it('rebases silently when someone else changed other fields', async () => {
    const { service, database, store, runner } = setUp(makeTicket({ number: 1, version: 1 }));
    service.changeBySomeoneElse({ category: 'withdrawal' });
    await runner.enqueue({
      kind: 'update',
      ticket_id: 'ticket-1',
      base_version: 1,
      base: { priority: 'normal' },
      changes: { priority: 'high' },
    });
    await runner.drain();
    expect(await database.outbox.count()).toBe(0);
    expect(service.current()).toMatchObject({ priority: 'high', category: 'withdrawal' });
    expect(store.get('ticket-1')).toMatchObject({ priority: 'high', category: 'withdrawal' });
  });

  it('turns a clash on the same field into a conflict the agent settles, mine or theirs', async () => {
    const { service, database, store, runner } = setUp(makeTicket({ number: 1, version: 1 }));
    service.changeBySomeoneElse({ priority: 'low' });
    await runner.enqueue({
      kind: 'update',
      ticket_id: 'ticket-1',
      base_version: 1,
      base: { priority: 'normal' },
      changes: { priority: 'urgent' },
    });
    await runner.drain();
    const [conflicted] = await database.outbox.toArray();
    expect(conflicted?.state).toBe('conflict');
    expect(conflicted?.conflicts).toEqual([
      { field: 'priority', base: 'normal', mine: 'urgent', theirs: 'low' },
    ]);
    // Not overwritten: the queue shows the service's value while the agent decides.
    expect(store.get('ticket-1')?.priority).toBe('low');
    expect(service.current().priority).toBe('low');

    await runner.resolve(conflicted?.key ?? '', { priority: 'mine' });
    await runner.drain();
    expect(service.current().priority).toBe('urgent');
    expect(await database.outbox.count()).toBe(0);
  });

  it('keeps a refused action as failed until the agent discards it', async () => {
    const { service, database, runner } = setUp(makeTicket({ number: 1, version: 1 }));
    const original = service.fetchImplementation;
    const refusing = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      await original(input, init).catch(() => undefined);
      return new Response(
        JSON.stringify({ error: { code: 'forbidden', message: 'not yours', field: null } }),
        {
          status: 403,
        },
      );
    };
    service.fetchImplementation = refusing;
    const refusingRunner = createOutboxRunner({
      database,
      serviceUrl: 'http://service.test',
      token: 't',
      store: createTicketStore(),
      agent: { id: 'agent-1', name: 'Ada' },
      fetchTicket: () => Promise.resolve(service.current()),
      fetchImplementation: refusing,
      locks: null,
      events: null,
    });
    runners.push(refusingRunner);
    runner.dispose();
    await refusingRunner.enqueue({
      kind: 'bulk',
      body: { ticket_ids: ['ticket-1'], changes: { status: 'open' } },
    });
    await refusingRunner.drain();
    const [failed] = await database.outbox.toArray();
    expect(failed).toMatchObject({ state: 'failed', error: { code: 'forbidden' } });
    await refusingRunner.drain();
    expect(await database.outbox.count()).toBe(1);
    await refusingRunner.discard(failed?.key ?? '');
    expect(await database.outbox.count()).toBe(0);
  });

  it('never writes the token into the cache', async () => {
    const { service, database, runner } = setUp(makeTicket({ number: 1, version: 1 }));
    service.setUp(false);
    await runner.enqueue({ kind: 'message', ticket_id: 'ticket-1', body: { kind: 'reply', body: 'Hi' } });
    await runner.drain();
    const everything = JSON.stringify(await Promise.all(database.tables.map((table) => table.toArray())));
    expect(everything).not.toContain('secret-token');
  });

  it('lets only the window holding the outbox lock send, including what other windows queue', async () => {
    const { service, database, store } = setUp(makeTicket({ number: 1, version: 1 }));
    runners.splice(0).forEach((runner) => runner.dispose());
    // A lock manager with one holder at a time, like navigator.locks across windows.
    let holder: Promise<unknown> = Promise.resolve();
    const locks = {
      request: (_name: string, callback: () => Promise<unknown> | undefined) => {
        const turn = holder.then(() => callback());
        holder = turn.catch(() => undefined);
        return turn;
      },
    } as unknown as LockManager;
    const window = (token: string) =>
      createOutboxRunner({
        database,
        serviceUrl: 'http://service.test',
        token,
        store,
        agent: { id: 'agent-1', name: 'Ada' },
        fetchTicket: () => Promise.resolve(service.current()),
        fetchImplementation: service.fetchImplementation,
        newKey: nextKey,
        locks,
        events: null,
      });
    const first = window('token-first');
    const second = window('token-second');
    runners.push(first, second);
    await second.enqueue({
      kind: 'message',
      ticket_id: 'ticket-1',
      body: { kind: 'note', body: 'From window two' },
    });
    await vi.waitFor(() => expect(service.messages).toHaveLength(1));
    expect(service.requests.map((request) => request.headers.authorization)).toEqual(['Bearer token-first']);
    await vi.waitFor(async () => expect(await database.outbox.count()).toBe(0));
  });
});
