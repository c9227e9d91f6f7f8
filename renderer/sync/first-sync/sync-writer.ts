import type { Ticket } from '../../../shared/domain/schemas';
import type { CacheDatabase } from '../../cache/cache-database';

/**
 * Writes the first sync's batches to the offline cache one after another (reading goes on meanwhile) and hands
 * written tickets on to the console in growing groups: the first at once, then each at least half of what
 * was handed on before, so the queue re-renders a dozen times for 100,000 tickets instead of once a page.
 * A failed write (a full disk) does not stop the sync: those tickets go on uncached, and the console's own
 * write-through (which evicts old threads to make room) takes over.
 */
export function createSyncWriter(
  database: CacheDatabase | null,
  handOn: (tickets: Ticket[], cached: boolean) => void,
  options: { firstGroup?: number; onWriteFailed?: (error: unknown) => void } = {},
): { write: (tickets: Ticket[]) => void; finish: () => Promise<void> } {
  const firstGroup = options.firstGroup ?? 1;
  let chain: Promise<void> = Promise.resolve();
  let pending: Ticket[] = [];
  let handed = 0;
  let canWrite = database !== null;
  let pendingCached = canWrite;
  const flush = (): void => {
    if (pending.length > 0) {
      handed += pending.length;
      handOn(pending, pendingCached);
      pending = [];
    }
  };
  return {
    write(tickets) {
      chain = chain.then(async () => {
        let cached = false;
        if (canWrite && database) {
          try {
            await database.tickets.bulkPut(tickets);
            cached = true;
          } catch (error) {
            canWrite = false;
            options.onWriteFailed?.(error);
          }
        }
        if (cached !== pendingCached) {
          flush();
          pendingCached = cached;
        }
        pending.push(...tickets);
        if (pending.length >= Math.max(firstGroup, handed / 2)) {
          flush();
        }
      });
    },
    finish: () => chain.then(flush),
  };
}
