import type { SavedViewChange } from '../../shared/sync/outbox';
import type { CacheDatabase } from '../cache/cache-database';

/** How long the preferences wait for the cache to open before loading without the outbox's views. */
const cacheWaitMs = 2_000;

/**
 * The saved view changes still waiting in the outbox (`save_view` and `delete_view` entries not yet
 * acknowledged), oldest first: a view saved, re-sorted or deleted offline before a restart, which the
 * service's copy of the preferences does not show yet. A refused (failed) entry is left out: the service kept
 * its copy. Empty when the cache does not open (in time): the console then has no outbox to read.
 */
export async function pendingViewChanges(
  cacheOpening: Promise<CacheDatabase | null>,
): Promise<SavedViewChange[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const database = await Promise.race([
    cacheOpening,
    new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), cacheWaitMs))),
  ]);
  clearTimeout(timer);
  if (!database) {
    return [];
  }
  const entries = await database.outbox.orderBy('created_at').toArray();
  return entries.flatMap(({ action, state }): SavedViewChange[] => {
    if (state !== 'pending') {
      return [];
    }
    switch (action.kind) {
      case 'save_view':
      case 'delete_view':
        return [action];
      default:
        return [];
    }
  });
}
