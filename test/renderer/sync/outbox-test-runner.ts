import type { Ticket } from '../../../shared/domain/schemas';
import { CacheDatabase } from '../../../renderer/cache/cache-database';
import { createTicketStore } from '../../../renderer/features/queue/ticket-store';
import { createOutboxRunner, type OutboxRunner } from '../../../renderer/sync/outbox-runner';
import { freshIndexedDb } from '../cache/cache-test-database';

/** Runners a test started: each test file disposes them after every test so no timer outlives it. */
export const runners: OutboxRunner[] = [];
const databases: CacheDatabase[] = [];

/** Stops every runner and closes every cache a test opened; call it from `afterEach`. */
export function disposeOutboxRunners(): void {
  runners.splice(0).forEach((runner) => runner.dispose());
  databases.splice(0).forEach((database) => database.close());
}

let counter = 0;

/** A fresh key for each database and queued action, so tests never share a cache or an idempotency key. */
export function nextKey(): string {
  return `key-${(counter += 1)}`;
}

/** What a fake service gives the runner: how to read a ticket back and how to answer requests. */
export interface FakeServiceEnds {
  fetchTicket: (ticketId: string) => Promise<Ticket | null>;
  fetchImplementation: typeof fetch;
}

/**
 * An outbox runner on a fresh cache, with a store holding `initial`, a fixed token and a clock the test
 * moves with `advance` (retry waits depend on it).
 */
export function startOutboxRunner(
  initial: readonly Ticket[],
  service: FakeServiceEnds,
  options: { newKey?: () => string } = {},
) {
  const database = new CacheDatabase(`outbox-${nextKey()}`, freshIndexedDb());
  databases.push(database);
  const store = createTicketStore();
  store.upsert([...initial]);
  let clock = Date.parse('2026-01-01T00:00:00.000Z');
  const runner = createOutboxRunner({
    database,
    serviceUrl: 'http://service.test',
    token: 'secret-token',
    store,
    agent: { id: 'agent-1', name: 'Ada' },
    fetchTicket: service.fetchTicket,
    fetchImplementation: service.fetchImplementation,
    now: () => new Date(clock).toISOString(),
    random: () => 0.5,
    newKey: options.newKey ?? nextKey,
    locks: null,
    events: null,
  });
  runners.push(runner);
  return { database, store, runner, advance: (ms: number) => (clock += ms) };
}

/**
 * A `fetch` for a fake service that applies each idempotency key once, as the real one does: a key answered
 * with success gets the stored answer again, a refused one stores nothing. `handle` answers a first request
 * (path and JSON body); `isUp` false makes every request a network error.
 */
export function idempotentFetch(
  handle: (path: string, body: unknown) => { status: number; body: unknown },
  isUp: () => boolean,
): { fetchImplementation: typeof fetch; keysSent: string[] } {
  const answered = new Map<string, { status: number; body: unknown }>();
  const keysSent: string[] = [];
  const fetchImplementation = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    await Promise.resolve();
    if (!isUp()) {
      throw new TypeError('Failed to fetch');
    }
    const url = new URL(input instanceof Request ? input.url : input);
    const key = (init?.headers as Record<string, string>)['Idempotency-Key'] ?? '';
    keysSent.push(key);
    const body: unknown = JSON.parse(typeof init?.body === 'string' ? init.body : 'null');
    const answer = answered.get(key) ?? handle(url.pathname, body);
    if (answer.status < 300) {
      answered.set(key, answer);
    }
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  };
  return { fetchImplementation, keysSent };
}
