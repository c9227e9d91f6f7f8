import type { Ticket } from '../../../shared/domain/schemas';
import type { CacheDatabase } from '../../cache/cache-database';
import { putTickets, writeCursor } from '../../cache/ticket-cache';
import type { LoadProgress } from '../../features/queue/load-tickets';
import type { TicketStore } from '../../features/queue/ticket-store';
import { startFirstSync } from './run-first-sync';

/**
 * The console's first sync over `GET /api/sync/tickets` (docs/sync.md). The worker streams, validates and
 * caches every ticket; they join the queue store as they come. Once the head is known, `connectFrom(seq)`
 * starts the live connection from it: its first connect catches up on every change after the head, so
 * nothing made during the sync is missed. At the end, a ticket a live change made newer than its synced copy
 * is written to the cache again (the worker may have written the older copy after it), then the cursor is
 * stored: from then on a restart resumes instead of syncing again.
 * Resolves false, having done nothing, when the streamed path is unavailable (no worker, older service).
 */
export async function runStreamedFirstSync(options: {
  serviceUrl: string;
  token: string;
  database: CacheDatabase | null;
  store: TicketStore;
  signal: AbortSignal;
  connectFrom: (seq: number) => void;
  onProgress: (progress: LoadProgress) => void;
  /** The worker (tests pass their own; the built console's by default). */
  createWorker?: () => Worker;
}): Promise<boolean> {
  const { database, store, signal } = options;
  const syncedVersions = new Map<string, number>();
  const progress: LoadProgress = { loaded: 0, total: null };
  const sync = startFirstSync(
    { serviceUrl: options.serviceUrl, token: options.token, databaseName: database?.name ?? null },
    (tickets, cached) => {
      if (signal.aborted) {
        return;
      }
      for (const ticket of tickets) {
        syncedVersions.set(ticket.id, ticket.version);
      }
      store.upsert(tickets, { cached });
      progress.loaded += tickets.length;
      options.onProgress({ ...progress });
    },
    options.createWorker,
  );
  const cancel = (): void => sync.cancel();
  signal.addEventListener('abort', cancel);
  try {
    const head = await sync.head;
    if (head === null) {
      return false;
    }
    progress.total = head.total;
    options.onProgress({ ...progress });
    options.connectFrom(head.seq);
    await sync.done;
    if (signal.aborted) {
      return true;
    }
    if (database) {
      const newer: Ticket[] = [];
      for (const [id, version] of syncedVersions) {
        const current = store.get(id);
        if (current && current.version > version) {
          newer.push(current);
        }
      }
      await putTickets(database, newer);
      await writeCursor(database, head.seq);
    }
    store.markLoaded();
    return true;
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}
