import { CacheDatabase } from '../cache/cache-database';
import { writeCursor } from '../cache/ticket-cache';
import { createQueueLookups } from '../features/queue/queue-lookups';
import { initI18n } from '../i18n/i18n';
import { warmQueueView } from '../features/queue/queue-view';
import { createTicketStore } from '../features/queue/ticket-store';
import { hydrateStoreFromCache, writeStoreThrough } from '../sync/cache-sync';
import { generateTickets, syntheticAgents } from './synthetic-tickets';

/**
 * The sync benchmark page (dist/web/bench/sync-bench.html): the real cache code in Chromium's IndexedDB.
 * `window.syncBench.firstSync(n)` feeds n synthetic tickets to the queue store in pages of 1,000 (as the first
 * sync's `GET /api/tickets` pages arrive; the network itself is not measured) and waits until every one is in
 * IndexedDB. A reload with `?cold` then measures, from navigation start, opening the cache and filling the
 * queue store until the queue view is ready (`window.syncBench.coldStartMs`).
 */
export interface SyncBench {
  firstSync: (count: number) => Promise<number>;
  coldStartMs: number | null;
  cachedCount: number;
}

const databaseName = 'support-console:bench:agent';
const pageSize = 1000;

async function firstSync(count: number): Promise<number> {
  await new CacheDatabase(databaseName).delete();
  const database = new CacheDatabase(databaseName);
  await database.open();
  const tickets = generateTickets(count, Date.now());
  const store = createTicketStore();
  const writer = writeStoreThrough(database, store, () => undefined);
  const startedAt = performance.now();
  for (let start = 0; start < tickets.length; start += pageSize) {
    store.upsert(tickets.slice(start, start + pageSize));
    // A page arrives, the browser gets a turn (as between network responses).
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await writer.flush();
  await writeCursor(database, count);
  const elapsed = performance.now() - startedAt;
  writer.dispose();
  database.close();
  return elapsed;
}

async function coldStart(): Promise<{ elapsed: number; count: number }> {
  const database = new CacheDatabase(databaseName);
  await database.open();
  const store = createTicketStore();
  await hydrateStoreFromCache(database, store);
  const elapsed = performance.now();
  const { tickets } = store.getSnapshot();
  warmQueueView(tickets, createQueueLookups(syntheticAgents, [], i18n.t));
  console.info(`cold start: hydrated at ${elapsed} ms, queue view warmed at ${performance.now()} ms`);
  return { elapsed, count: tickets.length };
}

const i18n = initI18n('en');
const bench: SyncBench = { firstSync, coldStartMs: null, cachedCount: 0 };
if (new URL(window.location.href).searchParams.has('cold')) {
  void coldStart().then(({ elapsed, count }) => {
    bench.coldStartMs = elapsed;
    bench.cachedCount = count;
    (window as unknown as { syncBench: SyncBench }).syncBench = bench;
  });
} else {
  (window as unknown as { syncBench: SyncBench }).syncBench = bench;
}
