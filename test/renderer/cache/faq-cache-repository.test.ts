import { afterEach, describe, expect, it } from 'vitest';
import { CacheDatabase } from '../../../renderer/cache/cache-database';
import { createFaqRepositoryWhenCacheOpens } from '../../../renderer/cache/faq-cache-repository';
import { createFaqLibraryStore } from '../../../renderer/features/faq/faq-library-store';
import { createLocalStorageFaqRepository, faqCacheKey } from '../../../renderer/features/faq/faq-repository';
import { library, withdrawalReply } from '../features/faq/faq-fixtures';
import { freshIndexedDb } from './cache-test-database';

const serviceUrl = 'http://service.test';
const databases: CacheDatabase[] = [];
afterEach(() => {
  databases.splice(0).forEach((database) => database.close());
  localStorage.clear();
});

let counter = 0;
function openDatabase(): CacheDatabase {
  const database = new CacheDatabase(`faq-cache-${(counter += 1)}`, freshIndexedDb());
  databases.push(database);
  return database;
}

describe('the FAQ library offline copy', () => {
  it('lives in the cache database when there is one, and a later session offline reads it from there', async () => {
    const database = openDatabase();
    const online = createFaqLibraryStore({
      api: { faqLibrary: () => Promise.resolve(library) },
      repository: createFaqRepositoryWhenCacheOpens(
        Promise.resolve(database),
        createLocalStorageFaqRepository(serviceUrl),
      ),
    });
    await online.load();
    expect(await database.faq.count()).toBe(library.length);
    expect(localStorage.getItem(faqCacheKey(serviceUrl))).toBeNull();

    const offline = createFaqLibraryStore({
      api: { faqLibrary: () => Promise.reject(new Error('offline')) },
      repository: createFaqRepositoryWhenCacheOpens(
        Promise.resolve(database),
        createLocalStorageFaqRepository(serviceUrl),
      ),
    });
    await offline.load();
    expect(offline.getSnapshot()).toMatchObject({ source: 'cache', error: 'offline' });
    expect(offline.getSnapshot().replies).toHaveLength(library.length);
  });

  it('reads the localStorage copy of an earlier console until the cache holds a library', async () => {
    await createLocalStorageFaqRepository(serviceUrl).write([withdrawalReply]);
    const repository = createFaqRepositoryWhenCacheOpens(
      Promise.resolve(openDatabase()),
      createLocalStorageFaqRepository(serviceUrl),
    );
    expect((await repository.read())?.map((reply) => reply.id)).toEqual([withdrawalReply.id]);
    // Once the cache holds a library (even an empty one), that is the answer.
    await repository.write([]);
    expect(await repository.read()).toEqual([]);
  });

  it('keeps the copy in localStorage where IndexedDB is unavailable', async () => {
    const repository = createFaqRepositoryWhenCacheOpens(
      Promise.resolve(null),
      createLocalStorageFaqRepository(serviceUrl),
    );
    await repository.write(library);
    expect(localStorage.getItem(faqCacheKey(serviceUrl))).not.toBeNull();
    expect(await repository.read()).toHaveLength(library.length);
  });

  it('does not wait for a cache that cannot open (an upgrade blocked by another window)', async () => {
    await createLocalStorageFaqRepository(serviceUrl).write([withdrawalReply]);
    const repository = createFaqRepositoryWhenCacheOpens(
      new Promise<CacheDatabase | null>(() => undefined),
      createLocalStorageFaqRepository(serviceUrl),
      10,
    );
    expect((await repository.read())?.map((reply) => reply.id)).toEqual([withdrawalReply.id]);
  });
});
