import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../renderer/api/api-error';
import { createFaqLibraryStore } from '../../../../renderer/features/faq/faq-library-store';
import {
  createLocalStorageFaqRepository,
  createMemoryFaqRepository,
} from '../../../../renderer/features/faq/faq-repository';
import { apiReply, library, withdrawalReply } from './faq-fixtures';

describe('FAQ library store', () => {
  it('shows the cached library when the service cannot be reached, and says why', async () => {
    const store = createFaqLibraryStore({
      api: {
        faqLibrary: () =>
          Promise.reject(new ApiError({ status: 0, code: 'network_error', message: 'offline' })),
      },
      repository: createMemoryFaqRepository([withdrawalReply]),
    });
    await store.load();
    expect(store.getSnapshot()).toMatchObject({ source: 'cache', error: 'offline' });
    expect(store.getSnapshot().replies.map((reply) => reply.id)).toEqual([withdrawalReply.id]);
  });

  it('caches what the service sent, so the next session starts with it offline', async () => {
    localStorage.clear();
    const online = createFaqLibraryStore({
      api: { faqLibrary: () => Promise.resolve(library) },
      repository: createLocalStorageFaqRepository('http://service.test'),
    });
    await online.load();
    const offline = createFaqLibraryStore({
      api: { faqLibrary: () => Promise.reject(new Error('offline')) },
      repository: createLocalStorageFaqRepository('http://service.test'),
    });
    await offline.load();
    expect(offline.getSnapshot().replies).toHaveLength(library.length);
    // Another service's cache is separate.
    expect(await createLocalStorageFaqRepository('http://other.test').read()).toBeNull();
  });

  it('refetches once for a burst of changes', async () => {
    let resolveFirst: (replies: typeof library) => void = () => undefined;
    const faqLibrary = vi
      .fn<() => Promise<typeof library>>()
      .mockImplementationOnce(() => new Promise((resolve) => (resolveFirst = resolve)))
      .mockResolvedValue([apiReply]);
    const store = createFaqLibraryStore({ api: { faqLibrary }, repository: createMemoryFaqRepository() });
    const first = store.refresh();
    void store.refresh();
    void store.refresh();
    resolveFirst(library);
    await first;
    expect(faqLibrary).toHaveBeenCalledTimes(2);
    expect(store.getSnapshot().replies).toEqual([apiReply]);
  });
});
