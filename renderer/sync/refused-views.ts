import { liveQuery } from 'dexie';
import type { CacheDatabase } from '../cache/cache-database';
import { createLogger } from '../logging/logger';

const logger = createLogger('refused-views');

/**
 * Calls `onRefused` each time the service refuses a saved view change (a `save_view` or `delete_view` entry
 * of the outbox turns failed, e.g. `409 too_many_views`), in any window of this agent sharing the cache: the
 * console then takes the service's copy of the views again, while the failed entry keeps the agent's change
 * and its reason in the outbox panel. Entries already failed when it starts are not news. Returns the stop.
 */
export function watchRefusedViewChanges(database: CacheDatabase, onRefused: () => void): () => void {
  let known: Set<string> | null = null;
  const subscription = liveQuery(() =>
    database.outbox
      .where('state')
      .equals('failed')
      .filter((entry) => entry.action.kind === 'save_view' || entry.action.kind === 'delete_view')
      .primaryKeys(),
  ).subscribe({
    next: (keys) => {
      const isNews = known !== null && keys.some((key) => !known?.has(String(key)));
      known = new Set(keys.map(String));
      if (isNews) {
        onRefused();
      }
    },
    error: (error: unknown) => logger.warn('watching refused view changes failed', error),
  });
  return () => subscription.unsubscribe();
}
