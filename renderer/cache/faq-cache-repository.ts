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
