import type { Ticket } from '../../../shared/domain/schemas';
import type { CacheDatabase } from '../../cache/cache-database';

/**
 * Writes the first sync's batches to the offline cache one after another (reading goes on meanwhile) and hands
 * written tickets on to the console in growing groups: the first at once, then each at least half of what
 * was handed on before, so the queue re-renders a dozen times for 100,000 tickets instead of once a page.
 * Batches that arrive while a write runs wait and are then written together, in one transaction of at most
 * `maxWrite` tickets: when reading runs ahead of IndexedDB, fewer and larger transactions catch up sooner.
 * A failed write (a full disk) does not stop the sync: those tickets go on uncached, and the console's own
 * write-through (which evicts old threads to make room) takes over.
 */
export function createSyncWriter(
  database: CacheDatabase | null,
  handOn: (tickets: Ticket[], cached: boolean) => void,
  options: { firstGroup?: number; maxWrite?: number; onWriteFailed?: (error: unknown) => void } = {},
): { write: (tickets: Ticket[]) => void; finish: () => Promise<void> } {
  const firstGroup = options.firstGroup ?? 1;
  const maxWrite = options.maxWrite ?? 20_000;
  let chain: Promise<void> = Promise.resolve();
  const waiting: Ticket[][] = [];
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
      waiting.push(tickets);
      chain = chain.then(async () => {
        // Whatever waits is taken by the first link that runs; the links after it find less or nothing.
        const taken: Ticket[] = [];
        while (
          waiting.length > 0 &&
          (taken.length === 0 || taken.length + (waiting[0]?.length ?? 0) <= maxWrite)
        ) {
          taken.push(...(waiting.shift() ?? []));
        }
        if (taken.length === 0) {
          return;
        }
        let cached = false;
        if (canWrite && database) {
          try {
            await database.tickets.bulkPut(taken);
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
        pending.push(...taken);
        if (pending.length >= Math.max(firstGroup, handed / 2)) {
          flush();
        }
      });
    },
    finish: () => chain.then(flush),
  };
}
