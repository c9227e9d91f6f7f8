import { useEffect } from 'react';
import type { ApiClient } from '../api/api-client';
import type { CacheDatabase } from '../cache/cache-database';
import { queueStashedViewChanges, sendViewChange } from '../features/queue/use-saved-view-changes';
import type { ConnectionState } from '../live/live-connection';
import type { OutboxRunner } from '../sync/outbox-runner';
import { watchRefusedViewChanges } from '../sync/refused-views';
import type { AgentPreferencesStore } from './agent-preferences';
import type { Session } from './session';

/**
 * Keeps the saved views in this console true to the service (docs/offline.md): view changes an earlier page
 * left in the stash are queued; a view change the service refused brings back the service's views, and so
 * does each return of the live connection (a change made elsewhere while this console was offline or
 * started offline; live, `preferences.updated` does it, docs/api.md).
 */
export function useSavedViewSync(options: {
  session: Session;
  api: ApiClient;
  agentPreferences: AgentPreferencesStore;
  cacheOpening: Promise<CacheDatabase | null>;
  cache: CacheDatabase | null;
  outbox: OutboxRunner | null;
  connection: ConnectionState;
}): void {
  const { session, api, agentPreferences, cacheOpening, cache, outbox, connection } = options;
  const agentId = session.agent.id;

  // A page that closed or reloaded within a change's pause left it in the stash: it goes to the outbox now
  // (or, without a cache, to the service).
  useEffect(() => {
    let isCurrent = true;
    void cacheOpening.then((database) => {
      if (isCurrent && database === null) {
        void queueStashedViewChanges(agentId, (change) => sendViewChange(api, null, change));
      }
    });
    if (outbox !== null) {
      void queueStashedViewChanges(agentId, (change) => outbox.enqueue(change));
    }
    return () => {
      isCurrent = false;
    };
  }, [agentId, api, cacheOpening, outbox]);

  // A view change the service refused: the sidebar shows the service's views again (the refused new view
  // leaves, a refused rename reverts); the outbox panel keeps the agent's change and says why.
  useEffect(() => {
    if (cache === null) {
      return undefined;
    }
    return watchRefusedViewChanges(cache, () => void agentPreferences.refresh());
  }, [cache, agentPreferences]);

  // Each time the live connection comes (back), as `useDirectory` does: a console started or kept offline
  // missed what changed elsewhere (the change log would tell, but only from a cursor this console holds).
  useEffect(() => {
    if (connection === 'live') {
      void agentPreferences.refresh();
    }
  }, [connection, agentPreferences]);
}
