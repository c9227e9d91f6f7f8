import { createContext, useContext } from 'react';
import type { Agent, Category } from '../../shared/domain/schemas';
import type { ApiClient } from '../api/api-client';
import type { CacheDatabase } from '../cache/cache-database';
import type { Arrivals } from '../features/queue/arrivals';
import type { LoadProgress } from '../features/queue/load-tickets';
import type { QueueLookups } from '../features/queue/queue-model';
import type { TicketStore } from '../features/queue/ticket-store';
import type { ConnectionState } from '../live/live-connection';
import type { PresenceStore } from '../live/presence';
import type { SettingsEvents } from '../live/settings-events';
import type { TicketEvents } from '../live/ticket-events';
import type { ReadAlerts } from '../features/access-log/read-alerts';
import type { CacheNotices } from '../sync/cache-notices';
import type { OutboxRunner } from '../sync/outbox-runner';
import type { AgentPreferencesStore } from './agent-preferences';
import type { Session } from './session';

/** The first load of the queue: progress, or the error that stopped it. */
export interface QueueLoadState {
  progress: LoadProgress | null;
  error: string | null;
  isLoading: boolean;
  retry: () => void;
}

/** Everything a signed-in view needs: the session, the service client, the queue store and live state. */
export interface ConsoleContextValue {
  session: Session;
  api: ApiClient;
  store: TicketStore;
  arrivals: Arrivals;
  ticketEvents: TicketEvents;
  /** Who is on which ticket; the ticket pane reports this window's ticket (renderer/live/presence.ts). */
  presence: PresenceStore;
  /** Another console saved team settings, routing included (`settings.updated`), or the console resynced. */
  settingsEvents: SettingsEvents;
  /** Read-budget alerts received by a lead's console (renderer/features/access-log). */
  readAlerts?: ReadAlerts;
  /** The agent's saved views, columns and sort (use `useAgentPreferences()` from agent-preferences.ts). */
  agentPreferences: AgentPreferencesStore;
  agents: readonly Agent[];
  categories: readonly Category[];
  lookups: QueueLookups;
  connection: ConnectionState;
  load: QueueLoadState;
  /** Signs out (of every session of the agent with `everywhere`), asking first when work is unsent. */
  signOut: (everywhere?: boolean) => void;
  /** The offline cache once open; null while opening or where IndexedDB is unavailable (docs/offline.md). */
  cache?: CacheDatabase | null;
  /** Where agent actions go (idempotency key, retries, conflicts); null without a cache: direct requests. */
  outbox?: OutboxRunner | null;
  /** Disk-full evictions and blocked upgrades the agent is told about. */
  cacheNotices?: CacheNotices;
}

/** React context of the signed-in console (provided by ConsoleProvider). */
export const ConsoleContext = createContext<ConsoleContextValue | null>(null);

/** The signed-in console's context; throws outside ConsoleProvider (a programming error). */
export function useConsole(): ConsoleContextValue {
  const value = useContext(ConsoleContext);
  if (!value) {
    throw new Error('useConsole() needs a ConsoleProvider above it');
  }
  return value;
}
