import type { SavedView } from '../../shared/domain/workflow-schemas';
import type { CacheDatabase } from '../cache/cache-database';

/** How long the preferences wait for the cache to open before loading without the outbox's views. */
const cacheWaitMs = 2_000;

/**
 * The saved views still waiting in the outbox (`save_view` entries not yet acknowledged), oldest first: a
 * view saved offline before a restart, which the service's copy of the preferences does not hold yet.
 * Empty when the cache does not open (in time): the console then has no outbox to read.
 */
export async function pendingSavedViews(cacheOpening: Promise<CacheDatabase | null>): Promise<SavedView[]> {
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
  return entries.flatMap((entry) =>
    entry.action.kind === 'save_view' && entry.state === 'pending' ? [entry.action.view] : [],
  );
}
