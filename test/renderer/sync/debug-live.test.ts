import { liveQuery } from 'dexie';
import { expect, it, vi } from 'vitest';
import { CacheDatabase } from '../../../renderer/cache/cache-database';
import { freshIndexedDb } from '../cache/cache-test-database';
it('live', async () => {
  const cache = new CacheDatabase('x', freshIndexedDb());
  await cache.outbox.put({ key: 'a', created_at: 'x', state: 'pending' } as never);
  const seen: unknown[] = [];
  liveQuery(() => cache.outbox.toArray()).subscribe({ next: (v) => seen.push(v), error: (e) => seen.push(String(e)) });
  await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
  console.log(JSON.stringify(seen));
});
