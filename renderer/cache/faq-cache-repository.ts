import type { FaqLibraryRepository } from '../features/faq/faq-repository';
import type { CacheDatabase } from './cache-database';

const faqCachedKey = 'faq_cached';

/**
 * The FAQ library's offline copy in the cache database (the same interface as the localStorage one, so
 * the library store does not know which it uses). An empty table is "nothing cached" only until the
 * first write, which records that the library was cached (an empty library is a real answer).
 */
export function createCacheFaqRepository(database: CacheDatabase): FaqLibraryRepository {
  return {
    async read() {
      const marker = await database.sync_state.get(faqCachedKey);
      return marker ? database.faq.toArray() : null;
    },
    async write(replies) {
      await database.transaction('rw', database.faq, database.sync_state, async () => {
        await database.faq.clear();
        await database.faq.bulkPut([...replies]);
        await database.sync_state.put({ key: faqCachedKey, value: true });
      });
    },
  };
}

/** How long the library waits for the cache to open before using the fallback (a blocked upgrade waits). */
const cacheWaitMs = 2_000;

/**
 * The session's FAQ repository, chosen once the cache has opened: the Dexie copy when there is a cache,
 * `fallback` (localStorage) where IndexedDB is unavailable. Created before the cache opens, because the
 * library store is. Until the Dexie copy holds a library, the fallback's copy (written by a console before
 * the cache held the library) is read, so an upgrade offline still offers the replies.
 */
export function createFaqRepositoryWhenCacheOpens(
  cacheOpening: Promise<CacheDatabase | null>,
  fallback: FaqLibraryRepository,
  waitMs = cacheWaitMs,
): FaqLibraryRepository {
  const chosen = async (): Promise<FaqLibraryRepository | null> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const gaveUp = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), waitMs);
    });
    const database = await Promise.race([cacheOpening.catch(() => null), gaveUp]);
    clearTimeout(timer);
    // No cache (or not open in time): the fallback, for this call.
    return database ? createCacheFaqRepository(database) : null;
  };
  return {
    async read() {
      const cache = await chosen();
      if (cache === null) {
        return fallback.read();
      }
      try {
        return (await cache.read()) ?? (await fallback.read());
      } catch {
        return fallback.read();
      }
    },
    async write(replies) {
      const cache = await chosen();
      if (cache === null) {
        return fallback.write(replies);
      }
      try {
        await cache.write(replies);
      } catch {
        // A full disk (or a closed database) costs only the Dexie copy: keep the smaller fallback current.
        await fallback.write(replies);
      }
    },
  };
}
