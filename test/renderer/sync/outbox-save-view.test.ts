import { afterEach, describe, expect, it } from 'vitest';
import type { SavedView } from '../../../shared/domain/workflow-schemas';
import { pendingSavedViews } from '../../../renderer/sync/pending-views';
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
    expect(await pendingSavedViews(Promise.resolve(database))).toEqual([view]);

    isUp = true;
    await runner.retryNow();
    expect(await database.outbox.count()).toBe(0);
    expect(requests).toEqual([{ path: `/api/me/preferences/saved-views/${view.id}`, body: view }]);
    expect(await pendingSavedViews(Promise.resolve(database))).toEqual([]);
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
    expect(await pendingSavedViews(Promise.resolve(database))).toEqual([]);
    expect(await pendingSavedViews(Promise.resolve(null))).toEqual([]);
  });
});
