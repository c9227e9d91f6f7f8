import { CacheDatabase } from '../cache/cache-database';
import { writeCursor } from '../cache/ticket-cache';
import { createQueueLookups } from '../features/queue/queue-lookups';
import { warmQueueView } from '../features/queue/queue-view';
import { createTicketStore } from '../features/queue/ticket-store';
import { initI18n } from '../i18n/i18n';
import { hydrateStoreFromCache, writeStoreThrough } from '../sync/cache-sync';
import { generateTickets, syntheticAgents } from './synthetic-tickets';

/**
 * The sync benchmark page (dist/web/bench/sync-bench.html): the real cache code in Chromium's IndexedDB.
 * `window.syncBench.firstSync(n)` feeds n synthetic tickets to the queue store in pages of 1,000 (as the first
 * sync's `GET /api/tickets` pages arrive; the network itself is not measured) and waits until every one is in
 * IndexedDB. A reload with `?cold` then measures, from navigation start, opening the cache and filling the
 * queue store (`window.syncBench.coldStart`).
 */
export interface SyncBench {
  firstSync: (count: number) => Promise<number>;
  coldStart: ColdStart | null;
}

/** Milliseconds from navigation start until: the newest tickets showed, all did, the queue view was warm. */
export interface ColdStart {
  firstPageMs: number;
  allMs: number;
  warmMs: number;
  count: number;
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

async function coldStart(): Promise<ColdStart> {
  const database = new CacheDatabase(databaseName);
  await database.open();
  const store = createTicketStore();
  let firstPageMs = Number.NaN;
  await hydrateStoreFromCache(database, store, { onFirstPage: () => (firstPageMs = performance.now()) });
  const allMs = performance.now();
  const { tickets } = store.getSnapshot();
  // What the console does in idle time after the queue shows: measured apart, it does not block the agent.
  warmQueueView(tickets, createQueueLookups(syntheticAgents, [], i18n.t));
  return { firstPageMs, allMs, warmMs: performance.now(), count: tickets.length };
}

const i18n = initI18n('en');
const bench: SyncBench = { firstSync, coldStart: null };
if (new URL(window.location.href).searchParams.has('cold')) {
  void coldStart().then((measured) => {
    bench.coldStart = measured;
    (window as unknown as { syncBench: SyncBench }).syncBench = bench;
  });
} else {
  (window as unknown as { syncBench: SyncBench }).syncBench = bench;
}
