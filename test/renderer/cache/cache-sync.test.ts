import { afterEach, describe, expect, it, vi } from 'vitest';
import { CacheDatabase } from '../../../renderer/cache/cache-database';
import { evictOldThreads, isQuotaError, writeWithQuotaRecovery } from '../../../renderer/cache/quota';
import { putTicketDetail, readCursor, writeCursor } from '../../../renderer/cache/ticket-cache';
import { createTicketStore } from '../../../renderer/features/queue/ticket-store';
import { hydrateStoreFromCache, persistCursor, writeStoreThrough } from '../../../renderer/sync/cache-sync';
import { makeTicket } from '../fixtures';
import { freshIndexedDb } from './cache-test-database';

const databases: CacheDatabase[] = [];
function database(): CacheDatabase {
  const opened = new CacheDatabase(`cache-sync-${databases.length}`, freshIndexedDb());
  databases.push(opened);
  return opened;
}
afterEach(() => databases.splice(0).forEach((opened) => opened.close()));

describe('the queue from the cache', () => {
  it('shows the cached queue before any network, loaded when a first sync had finished', async () => {
    const cache = database();
    await cache.tickets.bulkPut([makeTicket({ number: 1 }), makeTicket({ number: 2 })]);
    const firstStart = createTicketStore();
    expect(await hydrateStoreFromCache(cache, firstStart)).toBeNull();
    expect(firstStart.getSnapshot().tickets).toHaveLength(2);
    expect(firstStart.getSnapshot().isLoaded).toBe(false);

    await writeCursor(cache, 17);
    const restarted = createTicketStore();
    const shownFirst: number[] = [];
    expect(
      await hydrateStoreFromCache(cache, restarted, {
        onFirstPage: () => shownFirst.push(restarted.getSnapshot().tickets.length),
      }),
    ).toBe(17);
    expect(shownFirst).toEqual([2]);
    expect(restarted.getSnapshot().isLoaded).toBe(true);
  });

  it('writes what the store takes through to the cache, never an older version over a newer one', async () => {
    const cache = database();
    const store = createTicketStore();
    const writer = writeStoreThrough(cache, store, () => undefined);
    store.upsert([makeTicket({ number: 1, version: 2, priority: 'high' })]);
    await writer.flush();
    expect((await cache.tickets.get('ticket-1'))?.priority).toBe('high');
    store.upsert([makeTicket({ number: 1, version: 5, priority: 'urgent' })]);
    // A late, older copy (a slow page of the first sync) is refused by the store, so never reaches the cache.
    store.upsert([makeTicket({ number: 1, version: 3, priority: 'low' })]);
    await writer.flush();
    expect((await cache.tickets.get('ticket-1'))?.priority).toBe('urgent');
    writer.dispose();
  });

  it('deletes a ticket the store drops (it left the agent’s team scope) with its thread, and nothing else', async () => {
    const cache = database();
    const store = createTicketStore();
    const writer = writeStoreThrough(cache, store, () => undefined);
    const kept = makeTicket({ number: 1 });
    const leaving = makeTicket({ number: 2 });
    store.upsert([kept, leaving]);
    await writer.flush();
    await putTicketDetail(cache, { ...leaving, messages: [], attachments: [] }, '2025-03-05T05:00:00.000Z');
    expect(await cache.messages.get(leaving.id)).toBeDefined();
    expect(store.remove([leaving.id, 'ticket-never-seen'])).toEqual([leaving.id]);
    expect(store.getSnapshot().tickets.map((ticket) => ticket.id)).toEqual([kept.id]);
    await vi.waitFor(async () => expect(await cache.tickets.get(leaving.id)).toBeUndefined());
    expect(await cache.messages.get(leaving.id)).toBeUndefined();
    expect(await cache.tickets.get(kept.id)).toBeDefined();
    // A ticket added after a removal still finds its place (the store re-indexes its slots).
    store.upsert([makeTicket({ number: 1, version: 9, priority: 'urgent' })]);
    expect(store.get(kept.id)?.priority).toBe('urgent');
    await writer.flush();
    writer.dispose();
  });

  it('moves the cursor forward only, ignoring repeated and old changes', async () => {
    const cache = database();
    expect(await readCursor(cache)).toBeNull();
    let cursor = await persistCursor(cache, 0, [{ seq: 3 }, { seq: 1 }, { seq: 3 }]);
    expect(cursor).toBe(3);
    cursor = await persistCursor(cache, cursor, [{ seq: 2 }]);
    expect(cursor).toBe(3);
    await writeCursor(cache, 1);
    expect(await readCursor(cache)).toBe(3);
  });
});

describe('a full disk', () => {
  it('recognizes the quota error however it is wrapped', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: null })).toBe(false);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('drops the threads of closed tickets opened longest ago first, tells the agent and retries', async () => {
    const cache = database();
    const detail = (number: number, status: 'closed' | 'open', openedAt: string) =>
      putTicketDetail(cache, { ...makeTicket({ number, status }), messages: [], attachments: [] }, openedAt);
    await detail(1, 'closed', '2026-01-01T00:00:00.000Z');
    await detail(2, 'open', '2026-01-01T00:00:00.000Z');
    await detail(3, 'closed', '2026-02-01T00:00:00.000Z');
    expect(await evictOldThreads(cache, 1)).toBe(2);
    expect(await cache.messages.toCollection().primaryKeys()).toEqual(['ticket-2']);
    // Queue rows stay: the queue still shows every ticket.
    expect(await cache.tickets.count()).toBe(3);

    let attempts = 0;
    const told: number[] = [];
    const written = await writeWithQuotaRecovery(
      cache,
      () => {
        attempts += 1;
        return attempts === 1
          ? Promise.reject(
              Object.assign(new Error('aborted'), {
                name: 'AbortError',
                inner: { name: 'QuotaExceededError' },
              }),
            )
          : Promise.resolve();
      },
      (count) => told.push(count),
    );
    expect(written).toBe(true);
    expect(attempts).toBe(2);
    expect(told).toEqual([1]);
  });
});
