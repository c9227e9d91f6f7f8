import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { isApiError } from '../api/api-error';
import type { Arrivals } from '../features/queue/arrivals';
import { loadAllTickets, type LoadProgress } from '../features/queue/load-tickets';
import type { TicketStore } from '../features/queue/ticket-store';
import { createChangeApplier } from '../live/apply-changes';
import { connectLive, type ConnectionState } from '../live/live-connection';
import type { LivePresenceStore } from '../live/presence';
import type { TicketEvents } from '../live/ticket-events';
import type { QueueLoadState } from './console-context';
import type { Session } from './session';

/** True for the change the service logs when the FAQ library changed. */
function isFaqChange(type: string): boolean {
  return type === 'faq.updated';
}

/**
 * Keeps the queue store in step with the service: connects the live socket first (so nothing created
 * during the load is missed), then pages through every ticket; live changes fetch the changed ticket.
 * Calls `onUnauthorized` when the service no longer accepts the token.
 */
export function useConsoleSync(options: {
  session: Session;
  api: ApiClient;
  store: TicketStore;
  arrivals: Arrivals;
  ticketEvents: TicketEvents;
  presence: LivePresenceStore;
  /** Refetched when the library changes (`faq.updated`) and after a resync. */
  faqLibrary?: { refresh: () => Promise<void> };
  onUnauthorized: () => void;
}): { connection: ConnectionState; load: QueueLoadState } {
  const { session, api, store, arrivals, ticketEvents, presence, faqLibrary, onUnauthorized } = options;
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const load = async (): Promise<void> => {
      setIsLoading(true);
      setError(null);
      try {
        await loadAllTickets(api, store, { signal: controller.signal, onProgress: setProgress });
      } catch (failure) {
        if (controller.signal.aborted) {
          return;
        }
        if (isApiError(failure) && failure.isUnauthorized) {
          onUnauthorized();
          return;
        }
        setError(failure instanceof Error ? failure.message : String(failure));
      } finally {
        if (!controller.signal.aborted) {
          setIsLoading(false);
        }
      }
    };
    const applier = createChangeApplier({
      api,
      store,
      onTicketDetail: (detail) => ticketEvents.publish(detail),
      onCreated: (ticketId) => arrivals.mark(ticketId),
    });
    const live = connectLive({
      serviceUrl: session.serviceUrl,
      token: session.token,
      api,
      handlers: {
        onChanges: (changes) => {
          applier.apply(changes);
          if (changes.some((change) => isFaqChange(change.type))) {
            void faqLibrary?.refresh();
          }
        },
        onResync: () => {
          void load();
          void faqLibrary?.refresh();
        },
        onState: setConnection,
        onPresence: (snapshot) => presence.receive(snapshot),
      },
    });
    const detachPresence = presence.attach((update) => live.reportPresence(update));
    void live.ready.then(() => {
      if (!controller.signal.aborted) {
        return load();
      }
      return undefined;
    });
    return () => {
      controller.abort();
      detachPresence();
      live.close();
      applier.dispose();
    };
  }, [session, api, store, arrivals, ticketEvents, presence, faqLibrary, onUnauthorized, attempt]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  const load = useMemo(() => ({ progress, error, isLoading, retry }), [progress, error, isLoading, retry]);
  return { connection, load };
}
