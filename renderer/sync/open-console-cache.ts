import type { Session } from '../app/session';
import { openCache, type CacheDatabase } from '../cache/cache-database';
import { requestPersistentStorage } from '../cache/quota';
import { createLogger } from '../logging/logger';
import type { CacheNotices } from './cache-notices';

const logger = createLogger('cache');

/**
 * Opens the session's offline cache (one per service and agent) and asks once for persistent storage.
 * Null where IndexedDB is missing or refuses (private mode): the console then works online only.
 */
export async function openConsoleCache(
  session: Session,
  notices: CacheNotices,
): Promise<CacheDatabase | null> {
  if (typeof indexedDB === 'undefined') {
    return null;
  }
  void requestPersistentStorage(globalThis.navigator?.storage);
  try {
    return await openCache({
      serviceUrl: session.serviceUrl,
      agentId: session.agent.id,
      onBlocked: () => notices.publish({ kind: 'blocked' }),
      onVersionChange: () => notices.publish({ kind: 'reload' }),
    });
  } catch (error) {
    logger.warn('the offline cache could not be opened', error);
    return null;
  }
}
