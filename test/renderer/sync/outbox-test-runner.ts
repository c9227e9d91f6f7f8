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
export function startOutboxRunner(initial: readonly Ticket[], service: FakeServiceEnds) {
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
    newKey: nextKey,
    locks: null,
    events: null,
  });
  runners.push(runner);
  return { database, store, runner, advance: (ms: number) => (clock += ms) };
}
