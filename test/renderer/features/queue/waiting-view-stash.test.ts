import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedView } from '../../../../shared/domain/workflow-schemas';
import type { SavedViewChange } from '../../../../shared/sync/outbox';
import {
  createWaitingViewStash,
  readStashedViewChanges,
} from '../../../../renderer/features/queue/waiting-view-stash';
import { queueStashedViewChanges } from '../../../../renderer/features/queue/use-saved-view-changes';

afterEach(() => localStorage.clear());

const view: SavedView = { id: 'v1', name: '입금 지연', filters: { priorities: ['urgent'], text: 'usdt' } };

describe('the stash of saved view changes on their way to the outbox', () => {
  it('keeps the newest change of each view in the order made, and releases only that change', () => {
    const stash = createWaitingViewStash('minji');
    const first: SavedViewChange = {
      kind: 'save_view',
      view: { ...view, sort: [{ id: 'sla', desc: false }] },
    };
    const second: SavedViewChange = {
      kind: 'save_view',
      view: { ...view, sort: [{ id: 'sla', desc: true }] },
    };
    const other: SavedViewChange = { kind: 'delete_view', view_id: 'v2', name: 'Old' };
    stash.keep(first);
    stash.keep(other);
    stash.keep(second);
    expect(readStashedViewChanges('minji')).toEqual([other, second]);
    expect(readStashedViewChanges('wei')).toEqual([]);
    // The older change reached the outbox: the newer one stays.
    stash.release(first);
    expect(readStashedViewChanges('minji')).toEqual([other, second]);
    // Compared by content, whatever the key order.
    stash.release({
      view: {
        sort: [{ desc: true, id: 'sla' }],
        filters: { text: 'usdt', priorities: ['urgent'] },
        name: view.name,
        id: view.id,
      },
      kind: 'save_view',
    });
    stash.release(other);
    expect(readStashedViewChanges('minji')).toEqual([]);
    expect(localStorage.length).toBe(0);
  });

  it('ignores a damaged stash, and works without localStorage', () => {
    localStorage.setItem('support-console.waiting-view-changes.minji', '[{"kind":"save_view"},"x"');
    expect(readStashedViewChanges('minji')).toEqual([]);
    localStorage.setItem(
      'support-console.waiting-view-changes.minji',
      JSON.stringify([
        { kind: 'save_view', view: { id: 'v1' } },
        { kind: 'delete_view', view_id: 'v3', name: 'x' },
      ]),
    );
    expect(readStashedViewChanges('minji')).toEqual([{ kind: 'delete_view', view_id: 'v3', name: 'x' }]);
    const stash = createWaitingViewStash('minji', null);
    stash.keep({ kind: 'save_view', view });
    expect(readStashedViewChanges('minji', null)).toEqual([]);
  });

  it('queues what an earlier page left, oldest first, and keeps what could not be queued', async () => {
    const stash = createWaitingViewStash('minji');
    const saved: SavedViewChange = { kind: 'save_view', view };
    const deleted: SavedViewChange = { kind: 'delete_view', view_id: 'v2', name: 'Old' };
    stash.keep(saved);
    stash.keep(deleted);
    const send = vi.fn((change: SavedViewChange) =>
      change.kind === 'delete_view' ? Promise.reject(new Error('quota')) : Promise.resolve(),
    );
    await queueStashedViewChanges('minji', send);
    expect(send.mock.calls.map(([change]) => change)).toEqual([saved, deleted]);
    expect(readStashedViewChanges('minji')).toEqual([deleted]);
  });
});
