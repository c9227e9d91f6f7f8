import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  AgentPreferences,
  AgentPreferencesPatch,
  SavedView,
} from '../../../shared/domain/workflow-schemas';
import type { SavedViewChange } from '../../../shared/sync/outbox';
import { createAgentPreferencesStore } from '../../../renderer/app/agent-preferences';
import { ApiError } from '../../../renderer/api/api-error';

const sortByNumber: AgentPreferences = { queue_sort: [{ id: 'number', desc: true }] };
/** What the paused save sends: every preference but the saved views, `null` for those not set. */
const patchOf = (preferences: AgentPreferences): AgentPreferencesPatch => ({
  queue_columns: null,
  queue_sort: null,
  view_sorts: null,
  display_names: null,
  ...preferences,
});

function fakeApi(stored: AgentPreferences = {}) {
  return {
    preferences: vi.fn(() => Promise.resolve(stored)),
    patchPreferences: vi.fn((_patch: AgentPreferencesPatch) => Promise.resolve<AgentPreferences>({})),
  };
}

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

describe('agent preferences store', () => {
  it("starts from this agent's cached copy, then takes the service's, and caches it per agent", async () => {
    localStorage.setItem('support-console.agent-preferences.minji', JSON.stringify(sortByNumber));
    localStorage.setItem('support-console.agent-preferences.wei', '{"queue_sort": "broken"');
    const fromService: AgentPreferences = { queue_sort: [{ id: 'priority', desc: false }] };
    const store = createAgentPreferencesStore({ api: fakeApi(fromService), agentId: 'minji' });
    expect(store.get()).toEqual(sortByNumber);
    const listener = vi.fn();
    store.subscribe(listener);
    await store.load();
    expect(store.get()).toEqual(fromService);
    expect(listener).toHaveBeenCalled();
    expect(createAgentPreferencesStore({ api: fakeApi(), agentId: 'minji' }).get()).toEqual(fromService);
    expect(createAgentPreferencesStore({ api: fakeApi(), agentId: 'wei' }).get()).toEqual({});
  });

  it('applies changes at once and saves only the settled state after a pause', async () => {
    vi.useFakeTimers();
    const api = fakeApi();
    const store = createAgentPreferencesStore({ api, agentId: 'minji', saveDelayMs: 500 });
    store.change(sortByNumber);
    store.change({ queue_columns: { order: ['subject'], hidden: [], widths: {} } });
    expect(store.get()).toMatchObject(sortByNumber);
    await vi.advanceTimersByTimeAsync(400);
    store.change({ queue_sort: undefined });
    await vi.advanceTimersByTimeAsync(400);
    expect(api.patchPreferences).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(api.patchPreferences).toHaveBeenCalledTimes(1);
    // The sort removed is sent as null: the service removes it too.
    expect(api.patchPreferences).toHaveBeenCalledWith(
      patchOf({ queue_columns: { order: ['subject'], hidden: [], widths: {} } }),
    );
  });

  it('keeps a change made before the service answered, and flushes a pending save on sign-out', async () => {
    const api = fakeApi({ queue_sort: [{ id: 'priority', desc: false }] });
    const store = createAgentPreferencesStore({ api, agentId: 'minji', saveDelayMs: 60_000 });
    const loading = store.load();
    store.change(sortByNumber);
    await loading;
    expect(store.get()).toEqual(sortByNumber);
    await store.flush();
    expect(api.patchPreferences).toHaveBeenCalledWith(patchOf(sortByNumber));
    // Only to load: the save reads nothing first (the service merges it).
    expect(api.preferences).toHaveBeenCalledTimes(1);
  });

  it('keeps views saved offline that wait in the outbox over the service’s older copy', async () => {
    const waiting: SavedView = {
      id: 'offline-view',
      name: 'Saved offline',
      filters: { priorities: ['urgent'] },
    };
    // A restart: the local copy is read from localStorage, the service's copy lacks the view.
    localStorage.setItem(
      'support-console.agent-preferences.minji',
      JSON.stringify({ saved_views: [waiting] } satisfies AgentPreferences),
    );
    const fromService: AgentPreferences = { ...sortByNumber, saved_views: [] };
    const store = createAgentPreferencesStore({ api: fakeApi(fromService), agentId: 'minji' });
    await store.load(() => Promise.resolve([{ kind: 'save_view', view: waiting }]));
    expect(store.get()).toEqual({ ...sortByNumber, saved_views: [waiting] });
    // Without a view in the outbox, the service's copy is taken as before.
    const other = createAgentPreferencesStore({ api: fakeApi(fromService), agentId: 'wei' });
    await other.load(() => Promise.resolve([]));
    expect(other.get()).toEqual(fromService);
  });

  it('applies view changes waiting in the outbox in order: a view re-sorted, another deleted offline', async () => {
    const kept: SavedView = { id: 'kept', name: 'Kept', filters: { priorities: ['high'] } };
    const deleted: SavedView = { id: 'deleted', name: 'Deleted', filters: {} };
    const fromService: AgentPreferences = {
      saved_views: [kept, deleted],
      view_sorts: { 'saved:deleted': [{ id: 'number', desc: true }], mine: [{ id: 'sla', desc: false }] },
    };
    const store = createAgentPreferencesStore({ api: fakeApi(fromService), agentId: 'minji' });
    const sorted = { ...kept, sort: [{ id: 'priority', desc: true }] };
    await store.load(() =>
      Promise.resolve([
        { kind: 'save_view', view: sorted },
        { kind: 'delete_view', view_id: 'deleted', name: 'Deleted' },
      ]),
    );
    expect(store.get()).toEqual({
      saved_views: [sorted],
      view_sorts: { mine: [{ id: 'sla', desc: false }] },
    });
  });

  it("changes views here only, and the paused save of the rest keeps the service's views", async () => {
    vi.useFakeTimers();
    const mine: SavedView = { id: 'mine', name: 'Mine', filters: {} };
    // Another machine added a view this console does not know yet.
    const elsewhere: SavedView = { id: 'elsewhere', name: 'From the laptop', filters: { languages: ['zh'] } };
    const api = fakeApi({ saved_views: [mine, elsewhere] });
    const store = createAgentPreferencesStore({ api, agentId: 'minji', saveDelayMs: 500 });
    store.changeViews([{ kind: 'delete_view', view_id: 'mine', name: 'Mine' }]);
    expect(store.get().saved_views).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(api.patchPreferences).not.toHaveBeenCalled();
    store.change(sortByNumber);
    await vi.advanceTimersByTimeAsync(1000);
    // No saved views in the save (the deletion travels through the outbox): nothing from here overwrites them.
    expect(api.patchPreferences).toHaveBeenCalledWith(patchOf(sortByNumber));
    expect(api.preferences).not.toHaveBeenCalled();
  });

  it('takes the service’s views again on refresh, keeping changes still waiting and an unsaved sort', async () => {
    vi.useFakeTimers();
    const kept: SavedView = { id: 'kept', name: 'Kept', filters: {} };
    const refused: SavedView = { id: 'refused', name: 'One too many', filters: { priorities: ['low'] } };
    const waiting: SavedView = { id: 'waiting', name: 'Saved offline', filters: {} };
    let stored: AgentPreferences = { saved_views: [kept] };
    const api = { ...fakeApi(), preferences: vi.fn(() => Promise.resolve(stored)) };
    const store = createAgentPreferencesStore({ api, agentId: 'minji', saveDelayMs: 500 });
    let outbox: SavedViewChange[] = [];
    await store.load(() => Promise.resolve(outbox));
    // The agent saved a view the service then refused, and renamed the kept one: also refused.
    store.changeViews([
      { kind: 'save_view', view: refused },
      { kind: 'save_view', view: { ...kept, name: 'Renamed' } },
    ]);
    outbox = [{ kind: 'save_view', view: waiting }];
    store.change(sortByNumber);
    // Meanwhile another machine changed the kept view's filters.
    stored = { saved_views: [{ ...kept, filters: { languages: ['ko'] } }] };
    await store.refresh();
    expect(store.get()).toEqual({
      ...sortByNumber,
      saved_views: [{ ...kept, filters: { languages: ['ko'] } }, waiting],
    });
    // With no save pending, the service's other preferences are taken too.
    await vi.advanceTimersByTimeAsync(1000);
    stored = { queue_sort: [{ id: 'sla', desc: false }], saved_views: [] };
    outbox = [];
    await store.refresh();
    expect(store.get()).toEqual(stored);
    // Offline: the local copy stays.
    api.preferences.mockRejectedValueOnce(new Error('offline'));
    await store.refresh();
    expect(store.get()).toEqual(stored);
  });

  it("saves the whole preferences, with the service's saved views, when an older service has no PATCH", async () => {
    vi.useFakeTimers();
    const storedView: SavedView = {
      id: 'v1',
      name: 'Mine, KYC',
      filters: { status: null, category: 'kyc', priority: null, assignee: 'me', language: null, sla: null },
    } as unknown as SavedView;
    const api = {
      ...fakeApi({ saved_views: [storedView], queue_sort: [{ id: 'priority', desc: false }] }),
      patchPreferences: vi.fn(() =>
        Promise.reject(new ApiError({ status: 404, code: 'not_found', message: 'Route PATCH not found' })),
      ),
      savePreferences: vi.fn((preferences: AgentPreferences) => Promise.resolve(preferences)),
    };
    const store = createAgentPreferencesStore({ api, agentId: 'minji', saveDelayMs: 100 });
    store.change(sortByNumber);
    await vi.advanceTimersByTimeAsync(200);
    expect(api.patchPreferences).toHaveBeenCalledTimes(1);
    expect(api.savePreferences).toHaveBeenCalledWith({ saved_views: [storedView], ...sortByNumber });
  });

  it('drops the sorts of saved views that no longer exist when it saves', async () => {
    vi.useFakeTimers();
    const api = fakeApi();
    const store = createAgentPreferencesStore({ api, agentId: 'minji', saveDelayMs: 100 });
    const kept = [{ id: 'number', desc: true }];
    store.change({
      saved_views: [
        {
          id: 'v1',
          name: 'KYC',
          filters: {
            status: null,
            category: 'kyc',
            priority: null,
            assignee: null,
            language: null,
            sla: null,
          },
        } as unknown as SavedView,
      ],
      view_sorts: { mine: kept, 'saved:v1': kept, 'saved:gone': kept },
    });
    await vi.advanceTimersByTimeAsync(200);
    expect(api.patchPreferences).toHaveBeenCalledWith(
      expect.objectContaining({ view_sorts: { mine: kept, 'saved:v1': kept } }),
    );
  });
});
