import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedView } from '../../../shared/domain/workflow-schemas';
import { pendingViewChanges } from '../../../renderer/sync/pending-views';
import { watchRefusedViewChanges } from '../../../renderer/sync/refused-views';
import { disposeOutboxRunners, idempotentFetch, startOutboxRunner } from './outbox-test-runner';

afterEach(disposeOutboxRunners);

const view: SavedView = { id: 'urgent-deposits', name: '긴급 입금', filters: { priorities: ['urgent'] } };

describe('a saved view through the outbox', () => {
  it('waits offline in IndexedDB, is read back for the next start, and lands once when online', async () => {
    let isUp = false;
    const requests: { path: string; body: unknown }[] = [];
    const service = idempotentFetch(
      (path, body) => {
        requests.push({ path, body });
        return { status: 200, body: { saved_views: [body] } };
      },
      () => isUp,
    );
    const { runner, database } = startOutboxRunner([], {
      fetchTicket: () => Promise.resolve(null),
      fetchImplementation: service.fetchImplementation,
    });
    await runner.enqueue({ kind: 'save_view', view });
    await runner.drain();
    expect(await database.outbox.count()).toBe(1);
    // What the next start reads before the service's copy of the preferences replaces the local one.
    expect(await pendingViewChanges(Promise.resolve(database))).toEqual([{ kind: 'save_view', view }]);

    isUp = true;
    await runner.retryNow();
    expect(await database.outbox.count()).toBe(0);
    expect(requests).toEqual([{ path: `/api/me/preferences/saved-views/${view.id}`, body: view }]);
    expect(await pendingViewChanges(Promise.resolve(database))).toEqual([]);
  });

  it('keeps a refused view as failed, not as a view waiting to be shown', async () => {
    const service = idempotentFetch(
      () => ({ status: 409, body: { error: { code: 'too_many_views', message: 'at most 50 views' } } }),
      () => true,
    );
    const { runner, database } = startOutboxRunner([], {
      fetchTicket: () => Promise.resolve(null),
      fetchImplementation: service.fetchImplementation,
    });
    const submission = await runner.submit({ kind: 'save_view', view });
    expect(submission.kind).toBe('failed');
    expect(submission.entry.error).toEqual({ code: 'too_many_views', message: 'at most 50 views' });
    expect(await pendingViewChanges(Promise.resolve(database))).toEqual([]);
    expect(await pendingViewChanges(Promise.resolve(null))).toEqual([]);
  });

  it('tells the console when the service refuses a view change, so it takes the service’s views again', async () => {
    let status = 200;
    const service = idempotentFetch(
      () =>
        status === 200
          ? { status, body: {} }
          : { status, body: { error: { code: 'too_many_views', message: 'at most 50 views' } } },
      () => true,
    );
    const { runner, database } = startOutboxRunner([], {
      fetchTicket: () => Promise.resolve(null),
      fetchImplementation: service.fetchImplementation,
    });
    // A refusal from before this start is not news (the start already read the service's copy).
    status = 409;
    await runner.submit({ kind: 'save_view', view });
    const onRefused = vi.fn();
    const stop = watchRefusedViewChanges(database, onRefused);
    await vi.waitFor(() => expect(onRefused).not.toHaveBeenCalled());
    // An accepted change is not a refusal.
    status = 200;
    await runner.enqueue({ kind: 'save_view', view: { ...view, name: 'Accepted' } });
    await runner.retryNow();
    expect(await database.outbox.where('state').equals('pending').count()).toBe(0);
    status = 409;
    await runner.enqueue({ kind: 'delete_view', view_id: view.id, name: view.name });
    await runner.retryNow();
    await vi.waitFor(() => expect(onRefused).toHaveBeenCalledTimes(1));
    await runner.enqueue({ kind: 'save_view', view: { ...view, id: 'another', name: 'Another' } });
    await runner.retryNow();
    await vi.waitFor(() => expect(onRefused).toHaveBeenCalledTimes(2));
    stop();
  });

  it('keeps a view re-sorted and another deleted offline, in order, and sends each once when online', async () => {
    let isUp = false;
    const requests: { path: string; body: unknown }[] = [];
    const service = idempotentFetch(
      (path, body) => {
        requests.push({ path, body });
        return { status: 200, body: {} };
      },
      () => isUp,
    );
    const { runner, database } = startOutboxRunner([], {
      fetchTicket: () => Promise.resolve(null),
      fetchImplementation: service.fetchImplementation,
    });
    const sorted: SavedView = { ...view, sort: [{ id: 'priority', desc: true }] };
    await runner.enqueue({ kind: 'save_view', view: sorted });
    await runner.enqueue({ kind: 'delete_view', view_id: 'old-view', name: 'Old view' });
    await runner.drain();
    // What the next start applies over the service's copy, oldest first.
    expect(await pendingViewChanges(Promise.resolve(database))).toEqual([
      { kind: 'save_view', view: sorted },
      { kind: 'delete_view', view_id: 'old-view', name: 'Old view' },
    ]);
    isUp = true;
    await runner.retryNow();
    expect(await database.outbox.count()).toBe(0);
    expect(requests).toEqual([
      { path: `/api/me/preferences/saved-views/${view.id}`, body: sorted },
      { path: '/api/me/preferences/saved-views/old-view', body: {} },
    ]);
  });

  it("keeps a refused deletion as failed, with the service's words, and no longer applies it at start", async () => {
    const service = idempotentFetch(
      () => ({
        status: 400,
        body: { error: { code: 'invalid_value', message: 'a view id has 1 to 64 characters' } },
      }),
      () => true,
    );
    const { runner, database } = startOutboxRunner([], {
      fetchTicket: () => Promise.resolve(null),
      fetchImplementation: service.fetchImplementation,
    });
    const submission = await runner.submit({ kind: 'delete_view', view_id: 'x', name: 'Broken' });
    expect(submission.kind).toBe('failed');
    expect(submission.entry.error?.message).toBe('a view id has 1 to 64 characters');
    expect((await database.outbox.toArray()).map((entry) => entry.state)).toEqual(['failed']);
    expect(await pendingViewChanges(Promise.resolve(database))).toEqual([]);
  });
});
