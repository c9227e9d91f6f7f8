import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgentPreferences, SavedView } from '../../../shared/domain/workflow-schemas';
import { createAgentPreferencesStore } from '../../../renderer/app/agent-preferences';

const sortByNumber: AgentPreferences = { queue_sort: [{ id: 'number', desc: true }] };

function fakeApi(stored: AgentPreferences = {}) {
  return {
    preferences: vi.fn(() => Promise.resolve(stored)),
    savePreferences: vi.fn((preferences: AgentPreferences) => Promise.resolve(preferences)),
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
    expect(api.savePreferences).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(api.savePreferences).toHaveBeenCalledTimes(1);
    expect(api.savePreferences).toHaveBeenCalledWith({
      queue_columns: { order: ['subject'], hidden: [], widths: {} },
    });
  });

  it('keeps a change made before the service answered, and flushes a pending save on sign-out', async () => {
    const api = fakeApi({ queue_sort: [{ id: 'priority', desc: false }] });
    const store = createAgentPreferencesStore({ api, agentId: 'minji', saveDelayMs: 60_000 });
    const loading = store.load();
    store.change(sortByNumber);
    await loading;
    expect(store.get()).toEqual(sortByNumber);
    await store.flush();
    expect(api.savePreferences).toHaveBeenCalledWith(sortByNumber);
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
    await store.load(() => Promise.resolve([waiting]));
    expect(store.get()).toEqual({ ...sortByNumber, saved_views: [waiting] });
    // Without a view in the outbox, the service's copy is taken as before.
    const other = createAgentPreferencesStore({ api: fakeApi(fromService), agentId: 'wei' });
    await other.load(() => Promise.resolve([]));
    expect(other.get()).toEqual(fromService);
  });
});
