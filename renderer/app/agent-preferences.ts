import { useCallback, useSyncExternalStore } from 'react';
import {
  agentPreferencesSchema,
  type AgentPreferences,
  type SavedView,
} from '../../shared/domain/workflow-schemas';
import type { ApiClient } from '../api/api-client';
import { createLogger } from '../logging/logger';
import { useConsole } from './console-context';

const logger = createLogger('preferences');

/**
 * One agent's console preferences (saved views, queue columns, sort). The service keeps them so they follow
 * the agent to any machine; a localStorage copy per agent makes them instant at the next start, before the
 * service answers. Changes apply at once and are saved after a pause (a column drag is many changes).
 */
export interface AgentPreferencesStore {
  /** The current preferences; the same object until the next change or load. */
  get(): AgentPreferences;
  subscribe(listener: () => void): () => void;
  /** Merges `change` into the preferences (a key set to undefined is removed) and saves it soon. */
  change(change: Partial<AgentPreferences>): void;
  /**
   * Fetches the service's copy once; a change made before it answers wins over it, and views saved while
   * offline that still wait in the outbox (`pendingViews`) are kept over it.
   */
  load(pendingViews?: () => Promise<readonly SavedView[]>): Promise<void>;
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

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be disabled by policy; the service's copy still works.
    return null;
  }
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

/** `preferences` with `views` added or replaced by id (the newest 50 kept). */
export function withSavedViews(preferences: AgentPreferences, views: readonly SavedView[]): AgentPreferences {
  let saved = preferences.saved_views ?? [];
  for (const view of views) {
    saved = saved.some((known) => known.id === view.id)
      ? saved.map((known) => (known.id === view.id ? view : known))
      : [...saved, view];
  }
  return views.length === 0 ? preferences : { ...preferences, saved_views: saved.slice(-50) };
}

function withoutUndefined(preferences: Partial<AgentPreferences>): AgentPreferences {
  return Object.fromEntries(Object.entries(preferences).filter(([, value]) => value !== undefined));
}

/** Creates the store of `agentId`'s preferences, starting from the cached copy. */
export function createAgentPreferencesStore(options: {
  api: Pick<ApiClient, 'preferences' | 'savePreferences'>;
  agentId: string;
  storage?: Storage | null;
  saveDelayMs?: number;
}): AgentPreferencesStore {
  const storage = options.storage === undefined ? safeLocalStorage() : options.storage;
  const saveDelayMs = options.saveDelayMs ?? preferencesSaveDelayMs;
  let preferences = readCached(storage, options.agentId);
  let isChangedLocally = false;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let loading: Promise<void> | null = null;
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

  const save = async (): Promise<void> => {
    saveTimer = null;
    try {
      await options.api.savePreferences(preferences);
    } catch (error) {
      // The local copy keeps the change; the next change or start tries again.
      logger.warn('could not save preferences', error);
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
    load(pendingViews) {
      loading ??= options.api.preferences().then(
        async (loaded) => {
          // A view saved offline before a restart is in the outbox, not yet in the service's copy.
          const waiting = await (pendingViews?.() ?? Promise.resolve([])).catch((error: unknown) => {
            logger.warn('could not read views waiting in the outbox', error);
            return [];
          });
          if (!isChangedLocally) {
            publish(withSavedViews(loaded, waiting));
          }
        },
        (error: unknown) => logger.warn('could not load preferences', error),
      );
      return loading;
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
