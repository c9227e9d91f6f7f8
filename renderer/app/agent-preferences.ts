import { useCallback, useSyncExternalStore } from 'react';
import {
  agentPreferencesSchema,
  patchablePreferenceKeys,
  type AgentPreferences,
  type AgentPreferencesPatch,
} from '../../shared/domain/workflow-schemas';
import type { SavedViewChange } from '../../shared/sync/outbox';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { createLogger } from '../logging/logger';
import { useConsole } from './console-context';
import { localStorageOrNull } from '../ui/local-storage';

const logger = createLogger('preferences');

/**
 * One agent's console preferences (saved views, queue columns, sort). The service keeps them so they follow
 * the agent to any machine; a localStorage copy per agent makes them instant at the next start, before the
 * service answers. Changes apply at once and are saved after a pause (a column drag is many changes). The
 * saved views are the exception: they change here at once (`changeViews`) and travel one view at a time
 * through the outbox; the paused save of the rest (`PATCH /api/me/preferences`) leaves the service's views
 * as they are.
 */
export interface AgentPreferencesStore {
  /** The current preferences; the same object until the next change or load. */
  get(): AgentPreferences;
  subscribe(listener: () => void): () => void;
  /** Merges `change` into the preferences (a key set to undefined is removed) and saves it soon. */
  change(change: Partial<AgentPreferences>): void;
  /**
   * Applies saved view changes here only: the caller sends each on its own (the outbox's `save_view` and
   * `delete_view`, docs/offline.md), never inside the whole document, so it cannot overwrite views another
   * machine changed meanwhile.
   */
  changeViews(changes: readonly SavedViewChange[]): void;
  /**
   * Fetches the service's copy once; a change made before it answers wins over it, and view changes made
   * while offline that still wait in the outbox (`pendingViewChanges`, oldest first) are applied over it.
   */
  load(pendingViewChanges?: () => Promise<readonly SavedViewChange[]>): Promise<void>;
  /**
   * Reads the service's copy again and takes it as the truth: after a view change the service refused (the
   * refused view leaves, a refused rename reverts) or one made on another machine. The view changes still
   * waiting in the outbox (the provider given to `load`) are applied over it, as at start, and so are the
   * other preferences while their own save is pending. Calls made while one runs are joined into one more.
   */
  refresh(): Promise<void>;
  /** Saves a pending change now (signing out). */
  flush(): Promise<void>;
  /** Stops the pending save timer; call `flush` first to keep a pending change. */
  dispose(): void;
}

/** How long preferences must stay unchanged before they are saved. */
export const preferencesSaveDelayMs = 800;

function storageKeyFor(agentId: string): string {
  return `support-console.agent-preferences.${agentId}`;
}

function readCached(storage: Storage | null, agentId: string): AgentPreferences {
  const text = storage?.getItem(storageKeyFor(agentId));
  if (!text) {
    return {};
  }
  try {
    const parsed = agentPreferencesSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/**
 * `preferences` with `changes` applied in order: a saved view added or replaced by id (the newest 50 kept),
 * or deleted with the sort once kept for it under `view_sorts`.
 */
export function withViewChanges(
  preferences: AgentPreferences,
  changes: readonly SavedViewChange[],
): AgentPreferences {
  if (changes.length === 0) {
    return preferences;
  }
  let saved = preferences.saved_views ?? [];
  let viewSorts = preferences.view_sorts;
  for (const change of changes) {
    if (change.kind === 'save_view') {
      const { view } = change;
      saved = saved.some((known) => known.id === view.id)
        ? saved.map((known) => (known.id === view.id ? view : known))
        : [...saved, view];
    } else {
      saved = saved.filter((known) => known.id !== change.view_id);
      if (viewSorts) {
        const sortKey = `saved:${change.view_id}`;
        viewSorts = Object.fromEntries(Object.entries(viewSorts).filter(([key]) => key !== sortKey));
      }
    }
  }
  return {
    ...preferences,
    saved_views: saved.slice(-50),
    ...(viewSorts === undefined ? {} : { view_sorts: viewSorts }),
  };
}

/**
 * `view_sorts` without the sorts an older console kept for saved views that no longer exist (`saved:<id>`
 * with no such view, deleted on another machine or before deletes cleaned them): they are never shown and
 * would otherwise be sent back with every save. Null when none is left.
 */
export function withoutOrphanSorts(preferences: AgentPreferences): AgentPreferences['view_sorts'] | null {
  const sorts = preferences.view_sorts;
  if (!sorts) {
    return null;
  }
  const viewIds = new Set((preferences.saved_views ?? []).map((view) => `saved:${view.id}`));
  const kept = Object.entries(sorts).filter(([key]) => !key.startsWith('saved:') || viewIds.has(key));
  return kept.length === 0 ? null : Object.fromEntries(kept);
}

function withoutUndefined(preferences: Partial<AgentPreferences>): AgentPreferences {
  return Object.fromEntries(Object.entries(preferences).filter(([, value]) => value !== undefined));
}

/** Creates the store of `agentId`'s preferences, starting from the cached copy. */
export function createAgentPreferencesStore(options: {
  /** `savePreferences`: the whole-preferences save, for a service without `PATCH /api/me/preferences`. */
  api: Pick<ApiClient, 'preferences' | 'patchPreferences'> & Partial<Pick<ApiClient, 'savePreferences'>>;
  agentId: string;
  storage?: Storage | null;
  saveDelayMs?: number;
}): AgentPreferencesStore {
  // Without localStorage (disabled by policy) nothing is kept here; the service's copy still works.
  const storage = options.storage === undefined ? localStorageOrNull() : options.storage;
  const saveDelayMs = options.saveDelayMs ?? preferencesSaveDelayMs;
  let preferences = readCached(storage, options.agentId);
  let isChangedLocally = false;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let loading: Promise<void> | null = null;
  let waitingViewChanges: () => Promise<readonly SavedViewChange[]> = () => Promise.resolve([]);
  let refreshing: Promise<void> | null = null;
  let refreshAgain = false;
  let isSaving = false;
  const listeners = new Set<() => void>();

  const publish = (next: AgentPreferences): void => {
    preferences = next;
    try {
      storage?.setItem(storageKeyFor(options.agentId), JSON.stringify(next));
    } catch (error) {
      logger.warn('could not cache preferences', error);
    }
    for (const listener of listeners) {
      listener();
    }
  };

  const readWaiting = (): Promise<readonly SavedViewChange[]> =>
    waitingViewChanges().catch((error: unknown) => {
      logger.warn('could not read view changes waiting in the outbox', error);
      return [];
    });

  /**
   * Sends `patch`; a service older than `PATCH /api/me/preferences` answers 404 (or 405), and then gets the
   * whole preferences the way it did before: the saved views as it holds them, read just before, with this
   * console's other preferences.
   */
  const savePatch = async (patch: AgentPreferencesPatch): Promise<void> => {
    try {
      await options.api.patchPreferences(patch);
    } catch (error) {
      const { savePreferences } = options.api;
      if (
        !(error instanceof ApiError) ||
        (error.status !== 404 && error.status !== 405) ||
        !savePreferences
      ) {
        throw error;
      }
      const stored = await options.api.preferences();
      const whole = withoutUndefined({
        ...stored,
        ...Object.fromEntries(Object.entries(patch).map(([key, value]) => [key, value ?? undefined])),
      });
      await savePreferences(whole);
    }
  };

  const save = async (): Promise<void> => {
    saveTimer = null;
    isSaving = true;
    try {
      // Only the preferences besides the saved views, merged by the service into what it holds (one
      // transaction): the views change one by one through the outbox, and no read-then-write here can
      // overwrite a view another machine changed in between.
      const patch: AgentPreferencesPatch = Object.fromEntries(
        patchablePreferenceKeys.map((key) => [key, preferences[key] ?? null]),
      );
      await savePatch({ ...patch, view_sorts: withoutOrphanSorts(preferences) });
    } catch (error) {
      // The local copy keeps the change; the next change or start tries again.
      logger.warn('could not save preferences', error);
    } finally {
      isSaving = false;
    }
  };

  return {
    get: () => preferences,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    change(change) {
      isChangedLocally = true;
      publish(withoutUndefined({ ...preferences, ...change }));
      if (saveTimer !== null) {
        clearTimeout(saveTimer);
      }
      saveTimer = setTimeout(() => void save(), saveDelayMs);
    },
    changeViews(changes) {
      isChangedLocally = true;
      publish(withViewChanges(preferences, changes));
    },
    load(pendingViewChanges) {
      if (pendingViewChanges) {
        waitingViewChanges = pendingViewChanges;
      }
      loading ??= options.api.preferences().then(
        async (loaded) => {
          // A view saved, changed or deleted offline before a restart is in the outbox, not yet on the service.
          const waiting = await readWaiting();
          if (!isChangedLocally) {
            publish(withViewChanges(loaded, waiting));
          }
        },
        (error: unknown) => logger.warn('could not load preferences', error),
      );
      return loading;
    },
    refresh() {
      if (refreshing !== null) {
        refreshAgain = true;
        return refreshing;
      }
      const run = async (): Promise<void> => {
        do {
          refreshAgain = false;
          try {
            const stored = await options.api.preferences();
            const waiting = await readWaiting();
            // The other preferences changed here and not saved yet stay (their save sends them soon).
            const rest: AgentPreferences = saveTimer === null && !isSaving ? {} : { ...preferences };
            delete rest.saved_views;
            publish(withViewChanges({ ...stored, ...rest }, waiting));
          } catch (error) {
            // Offline: the local copy stays; the next refresh (reconnect, next event) tries again.
            logger.warn('could not read the preferences again', error);
          }
        } while (refreshAgain);
      };
      refreshing = run().finally(() => (refreshing = null));
      return refreshing;
    },
    async flush() {
      if (saveTimer !== null) {
        clearTimeout(saveTimer);
        await save();
      }
    },
    dispose() {
      if (saveTimer !== null) {
        clearTimeout(saveTimer);
        saveTimer = null;
      }
      listeners.clear();
    },
  };
}

/** The signed-in agent's preferences and the function that changes them (saved to the service soon). */
export function useAgentPreferences(): [AgentPreferences, (change: Partial<AgentPreferences>) => void] {
  const { agentPreferences } = useConsole();
  const subscribe = useCallback(
    (listener: () => void) => agentPreferences.subscribe(listener),
    [agentPreferences],
  );
  const read = useCallback(() => agentPreferences.get(), [agentPreferences]);
  const preferences = useSyncExternalStore(subscribe, read);
  const change = useCallback(
    (partial: Partial<AgentPreferences>) => agentPreferences.change(partial),
    [agentPreferences],
  );
  return [preferences, change];
}
