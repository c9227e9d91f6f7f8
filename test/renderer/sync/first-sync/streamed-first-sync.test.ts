import { afterEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../../../shared/domain/schemas';
import { CacheDatabase } from '../../../../renderer/cache/cache-database';
import { readCursor } from '../../../../renderer/cache/ticket-cache';
import { createTicketStore } from '../../../../renderer/features/queue/ticket-store';
import { writeStoreThrough } from '../../../../renderer/sync/cache-sync';
import type { SyncWorkerMessage } from '../../../../renderer/sync/first-sync/sync-messages';
import { createSyncWriter } from '../../../../renderer/sync/first-sync/sync-writer';
import { runStreamedFirstSync } from '../../../../renderer/sync/first-sync/streamed-first-sync';
import { freshIndexedDb } from '../../cache/cache-test-database';
import { makeTicket } from '../../fixtures';

const databases: CacheDatabase[] = [];
function database(): CacheDatabase {
  const opened = new CacheDatabase(`first-sync-${databases.length}`, freshIndexedDb());
  databases.push(opened);
  return opened;
}
afterEach(() => databases.splice(0).forEach((opened) => opened.close()));

/**
 * A stand-in for the sync worker: answers the start message with `script` (each step may first write to the
 * cache, as the real worker does before it hands tickets on). Records whether it was stopped.
 */
function scriptedWorker(script: (post: (message: SyncWorkerMessage) => void) => Promise<void>): {
  create: () => Worker;
  terminated: () => boolean;
} {
  let terminated = false;
  const worker = {
    onmessage: null as ((event: MessageEvent<SyncWorkerMessage>) => void) | null,
    onerror: null,
    postMessage() {
      void script((message) => {
        if (!terminated) {
          worker.onmessage?.({ data: message } as MessageEvent<SyncWorkerMessage>);
        }
      });
    },
    terminate() {
      terminated = true;
    },
  };
  return { create: () => worker as unknown as Worker, terminated: () => terminated };
}

describe('the sync writer', () => {
  it('caches each batch before handing it on, in groups that grow', async () => {
    const cache = database();
    const groups: { numbers: number[]; cached: boolean; inCache: number }[] = [];
    const writer = createSyncWriter(
      cache,
      (tickets, cached) => {
        groups.push({ numbers: tickets.map((ticket) => ticket.number), cached, inCache: -1 });
      },
      { maxWrite: 10 },
    );
    for (let batch = 0; batch < 6; batch += 1) {
      writer.write(Array.from({ length: 10 }, (_, index) => makeTicket({ number: batch * 10 + index })));
    }
    await writer.finish();
    expect(await cache.tickets.count()).toBe(60);
    expect(groups.map((group) => group.numbers.length)).toEqual([10, 10, 10, 20, 10]);
    expect(groups.every((group) => group.cached)).toBe(true);
  });

  it('writes batches that waited for the previous write together, up to its largest transaction', async () => {
    const cache = database();
    await cache.open();
    const writes: number[] = [];
    const bulkPut = cache.tickets.bulkPut.bind(cache.tickets);
    (cache.tickets as unknown as { bulkPut: (tickets: Ticket[]) => Promise<unknown> }).bulkPut = (
      tickets,
    ) => {
      writes.push(tickets.length);
      return bulkPut(tickets);
    };
    const handed: number[] = [];
    const writer = createSyncWriter(cache, (tickets) => handed.push(tickets.length), { maxWrite: 25 });
    for (let batch = 0; batch < 6; batch += 1) {
      writer.write(Array.from({ length: 10 }, (_, index) => makeTicket({ number: batch * 10 + index })));
    }
    await writer.finish();
    // Six batches of 10 queued at once: three transactions of 20, every ticket cached and handed on once.
    expect(writes).toEqual([20, 20, 20]);
    expect(await cache.tickets.count()).toBe(60);
    expect(handed.reduce((sum, length) => sum + length, 0)).toBe(60);
  });

  it('goes on uncached when the cache refuses a write (the console writes those itself)', async () => {
    const cache = database();
    await cache.open();
    (cache.tickets as unknown as { bulkPut: () => Promise<never> }).bulkPut = () =>
      Promise.reject(new Error('QuotaExceededError'));
    const handed: boolean[] = [];
    const writer = createSyncWriter(cache, (_tickets, cached) => handed.push(cached));
    writer.write([makeTicket({ number: 1 })]);
    await writer.finish();
    expect(handed).toEqual([false]);
  });
});

describe('the streamed first sync', () => {
  it('fills the store, connects live from the head, rewrites what live changes made newer, then keeps the cursor', async () => {
    const cache = database();
    const store = createTicketStore();
    const writeThrough = writeStoreThrough(cache, store, () => undefined);
    const synced = [makeTicket({ number: 2, version: 3 }), makeTicket({ number: 1, version: 1 })];
    const connectedFrom: number[] = [];
    const worker = scriptedWorker(async (post) => {
      post({ type: 'head', head: { seq: 90, total: 2 } });
      // A live change reaches the store first; the worker then writes its older snapshot copy over it.
      await new Promise((resolve) => setTimeout(resolve, 0));
      store.upsert([makeTicket({ number: 2, version: 4, priority: 'urgent' })]);
      await writeThrough.flush();
      await cache.tickets.bulkPut(synced);
      post({ type: 'tickets', tickets: synced, cached: true });
      expect(await readCursor(cache)).toBeNull();
      post({ type: 'done', end: { end: true, count: 2 } });
    });
    const progress: unknown[] = [];
    const handled = await runStreamedFirstSync({
      serviceUrl: 'http://127.0.0.1:1',
      token: 'token',
      database: cache,
      store,
      signal: new AbortController().signal,
      connectFrom: (seq) => connectedFrom.push(seq),
      onProgress: (value) => progress.push(value),
      createWorker: worker.create,
    });
    expect(handled).toBe(true);
    expect(connectedFrom).toEqual([90]);
    expect(store.getSnapshot().isLoaded).toBe(true);
    expect(store.get('ticket-2')?.version).toBe(4);
    expect((await cache.tickets.get('ticket-2'))?.priority).toBe('urgent');
    expect(await cache.tickets.count()).toBe(2);
    expect(await readCursor(cache)).toBe(90);
    expect(progress.at(-1)).toEqual({ loaded: 2, total: 2 });
    expect(worker.terminated()).toBe(true);
    writeThrough.dispose();
  });

  it('steps aside for a service without the stream (404), and reports a refused token', async () => {
    const base = {
      serviceUrl: 'http://127.0.0.1:1',
      token: 'token',
      database: null,
      store: createTicketStore(),
      signal: new AbortController().signal,
      connectFrom: () => undefined,
      onProgress: () => undefined,
    };
    const older = scriptedWorker(async (post) => {
      await Promise.resolve();
      post({ type: 'failed', status: 404, code: 'not_found', message: 'no route' });
    });
    expect(await runStreamedFirstSync({ ...base, createWorker: older.create })).toBe(false);
    const refused = scriptedWorker(async (post) => {
      await Promise.resolve();
      post({ type: 'failed', status: 401, code: 'unauthorized', message: 'ended', reason: 'disabled' });
    });
    // The reason reaches the console, which signs a disabled agent out with it.
    await expect(runStreamedFirstSync({ ...base, createWorker: refused.create })).rejects.toMatchObject({
      status: 401,
      isUnauthorized: true,
      sessionEndReason: 'disabled',
    });
    const cut = scriptedWorker(async (post) => {
      await Promise.resolve();
      post({ type: 'head', head: { seq: 5, total: 3 } });
      post({ type: 'tickets', tickets: [makeTicket({ number: 3 })] as Ticket[], cached: false });
      post({ type: 'failed', status: 0, code: 'sync_failed', message: 'the first sync was cut off' });
    });
    const store = createTicketStore();
    await expect(runStreamedFirstSync({ ...base, store, createWorker: cut.create })).rejects.toThrow(
      /cut off/,
    );
    expect(store.getSnapshot().isLoaded).toBe(false);
  });
});
