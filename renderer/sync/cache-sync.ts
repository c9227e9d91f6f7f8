import type { Ticket } from '../../shared/domain/schemas';
import { advanceCursor } from '../../shared/sync/cursor';
import type { ApiClient } from '../api/api-client';
import type { CacheDatabase } from '../cache/cache-database';
import { writeWithQuotaRecovery } from '../cache/quota';
import { putTickets, readCachedTickets, readCursor, writeCursor } from '../cache/ticket-cache';
import type { TicketStore } from '../features/queue/ticket-store';
import { createLogger } from '../logging/logger';

const logger = createLogger('cache');
const headPageSize = 10_000;
/** Tickets read before the rest when the queue is filled from the cache. */
const hydrationFirstPage = 2000;

/**
 * Fills the in-memory queue from the cache before any network: the queue shows at once, offline too.
 * Returns the stored cursor: null when no first sync ever finished (the queue then is not "loaded").
 */
export async function hydrateStoreFromCache(
  database: CacheDatabase,
  store: TicketStore,
  options: { onFirstPage?: () => void } = {},
): Promise<number | null> {
  // The newest tickets first, so the queue is usable while the rest (100,000 rows take a second) is read.
  const [newest, cursor] = await Promise.all([
    database.tickets.orderBy('updated_at').reverse().limit(hydrationFirstPage).toArray(),
    readCursor(database),
  ]);
  store.upsert(newest);
  options.onFirstPage?.();
  store.upsert(await readCachedTickets(database));
  if (cursor !== null) {
    store.markLoaded();
  }
  return cursor;
}

/**
 * Writes every ticket the store takes into the cache, batched per task (a page of 1,000 tickets is one
 * write). A full disk evicts old threads and tells `onEvicted`; the store keeps working either way.
 */
export function writeStoreThrough(
  database: CacheDatabase,
  store: TicketStore,
  onEvicted: (count: number) => void,
): { flush: () => Promise<void>; dispose: () => void } {
  let pending = new Map<string, Ticket>();
  let scheduled: Promise<void> | null = null;
  const flush = async (): Promise<void> => {
    const batch = [...pending.values()];
    pending = new Map();
    scheduled = null;
    if (batch.length === 0) {
      return;
    }
    try {
      await writeWithQuotaRecovery(database, () => putTickets(database, batch), onEvicted);
    } catch (error) {
      logger.warn('could not write tickets to the cache', error);
    }
  };
  const stop = store.observeStored((tickets, cached) => {
    if (cached) {
      return;
    }
    for (const ticket of tickets) {
      pending.set(ticket.id, ticket);
    }
    scheduled ??= new Promise<void>((resolve) => setTimeout(resolve, 0)).then(flush);
  });
  // A ticket the service no longer lists for this agent leaves the cache with its thread, so it cannot be
  // read offline either (docs/security.md "Team scope"). A write still pending for it is dropped first.
  const stopRemoving = store.observeRemoved((ids) => {
    for (const id of ids) {
      pending.delete(id);
    }
    Promise.all([database.tickets.bulkDelete([...ids]), database.messages.bulkDelete([...ids])]).catch(
      (error: unknown) => logger.warn('could not delete tickets from the cache', error),
    );
  });
  return {
    flush: () => scheduled ?? Promise.resolve(),
    dispose: () => {
      stop();
      stopRemoving();
    },
  };
}

/**
 * The change log's head now: the cursor a full load starting now is at least as new as. Pages through
 * `GET /api/changes` (sequence numbers only, 10,000 a page).
 */
export async function changeLogHead(api: ApiClient, since = 0): Promise<number> {
  let cursor = since;
  for (;;) {
    const page = await api.changes(cursor, headPageSize);
    if ((page.received ?? page.changes.length) < headPageSize || page.next <= cursor) {
      return Math.max(cursor, page.next);
    }
    cursor = page.next;
  }
}

/** Persists the cursor after applied changes (duplicates and old ones ignored); returns the new cursor. */
export async function persistCursor(
  database: CacheDatabase,
  cursor: number,
  changes: readonly { seq: number }[],
): Promise<number> {
  const advanced = advanceCursor(cursor, changes);
  if (advanced.cursor !== cursor) {
    await writeCursor(database, advanced.cursor);
  }
  return advanced.cursor;
}
