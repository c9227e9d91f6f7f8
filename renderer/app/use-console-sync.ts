import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { CacheDatabase } from '../cache/cache-database';
import { readCursor, writeCursor } from '../cache/ticket-cache';
import { isApiError } from '../api/api-error';
import type { Arrivals } from '../features/queue/arrivals';
import { loadAllTickets, type LoadProgress } from '../features/queue/load-tickets';
import type { TicketStore } from '../features/queue/ticket-store';
import { createChangeApplier } from '../live/apply-changes';
import { createSlaRecomputer } from '../live/sla-recompute';
import type { SessionEndReason } from './session-end';
import { connectLive, type ConnectionState, type LiveConnection } from '../live/live-connection';
import { createLogger } from '../logging/logger';
import { changeLogHead, hydrateStoreFromCache, persistCursor, writeStoreThrough } from '../sync/cache-sync';
import { runStreamedFirstSync } from '../sync/first-sync/streamed-first-sync';
import type { LivePresenceStore } from '../live/presence';
import type { SettingsEvents } from '../live/settings-events';
import type { TicketEvents } from '../live/ticket-events';
import type { ReadAlerts } from '../features/access-log/read-alerts';
import type { QueueLoadState } from './console-context';
import type { Session } from './session';

const logger = createLogger('sync');

/** True for the change the service logs when the FAQ library changed. */
function isFaqChange(type: string): boolean {
  return type === 'faq.updated';
}

/** True for the change the service logs when a lead saved team settings (routing included). */
function isSettingsChange(type: string): boolean {
  return type === 'settings.updated';
}

/** True for the change that tells an agent their own preferences (saved views) changed, on any machine. */
function isPreferencesChange(type: string): boolean {
  return type === 'preferences.updated';
}

/** True for the batch change the service logs when a lead changed the SLA policy. */
function isSlaChange(type: string): boolean {
  return type === 'sla.recomputed';
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
  /** Read-budget alerts a lead's socket receives (renderer/features/access-log). */
  readAlerts?: ReadAlerts;
  /** Told once per batch holding `settings.updated`, and after a resync (which may have skipped one). */
  settingsEvents: SettingsEvents;
  /** Refetched when the library changes (`faq.updated`) and after a resync. */
  faqLibrary?: { refresh: () => Promise<void> };
  /**
   * The offline cache (renderer/cache): the queue is filled from it before any network, every ticket is
   * written through to it, and the change-log cursor kept in it lets a restart resume instead of reloading.
   */
  cache?: Promise<CacheDatabase | null>;
  /** The cache ran out of disk and dropped `count` old threads (the console tells the agent). */
  onCacheEvicted?: (count: number) => void;
  onUnauthorized: (reason?: SessionEndReason) => void;
  /** The agent's preferences changed on the service (`preferences.updated`, or a resync may have missed one). */
  onPreferencesChanged?: () => void;
}): { connection: ConnectionState; load: QueueLoadState } {
  const { session, api, store, arrivals, ticketEvents, presence, faqLibrary, onUnauthorized } = options;
  const { cache, onCacheEvicted, settingsEvents, readAlerts, onPreferencesChanged } = options;
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    let database: CacheDatabase | null = null;
    let live: LiveConnection | null = null;
    let writeThrough: ReturnType<typeof writeStoreThrough> | null = null;
    // Cursor writes are chained so they land in order.
    let cursorWrites: Promise<number> = Promise.resolve(0);
    // While a full sync runs (the streamed first sync, or the page-by-page load), live changes do not move
    // the stored cursor: a restart then must sync again, not resume from a cursor whose tickets are not all
    // cached yet. The load stores its own head once every page is written.
    let fullSyncsRunning = 0;
    const load = async (): Promise<void> => {
      setIsLoading(true);
      setError(null);
      fullSyncsRunning += 1;
      try {
        // The head before the load: every change after it is caught up later, so nothing falls between.
        const head = database ? await changeLogHead(api) : null;
        await loadAllTickets(api, store, { signal: controller.signal, onProgress: setProgress });
        if (database && head !== null && !controller.signal.aborted) {
          const cache = database;
          await writeThrough?.flush();
          live?.advanceTo(head);
          cursorWrites = cursorWrites.then(async (cursor) => {
            await writeCursor(cache, Math.max(cursor, head));
            return Math.max(cursor, head);
          });
          await cursorWrites;
        }
      } catch (failure) {
        if (controller.signal.aborted) {
          return;
        }
        if (isApiError(failure) && failure.isUnauthorized) {
          onUnauthorized(failure.sessionEndReason);
          return;
        }
        setError(failure instanceof Error ? failure.message : String(failure));
      } finally {
        fullSyncsRunning -= 1;
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
      // The open ticket, and the agent's own (the desktop notices customer replies on them); the rest of
      // the queue refreshes from the list form, which logs no read.
      wantsDetail: (ticketId) =>
        ticketEvents.isWatched(ticketId) || store.get(ticketId)?.assignee_id === session.agent.id,
    });
    const slaRecomputer = createSlaRecomputer({ api, store });
    const connect = (initialSeq: number | null): LiveConnection =>
      connectLive({
        serviceUrl: session.serviceUrl,
        token: session.token,
        api,
        initialSeq,
        handlers: {
          onChanges: (changes) => {
            applier.apply(changes);
            const cache = database;
            if (cache && fullSyncsRunning === 0) {
              cursorWrites = cursorWrites
                .then((cursor) => persistCursor(cache, cursor, changes))
                .catch((failure: unknown) => {
                  logger.warn('could not keep the change cursor', failure);
                  return 0;
                });
            }
            if (changes.some((change) => isFaqChange(change.type))) {
              void faqLibrary?.refresh();
            }
            if (changes.some((change) => isSettingsChange(change.type))) {
              settingsEvents.publish();
            }
            if (changes.some((change) => isSlaChange(change.type))) {
              void slaRecomputer.apply();
            }
            if (changes.some((change) => isPreferencesChange(change.type))) {
              onPreferencesChanged?.();
            }
          },
          onResync: () => {
            void load();
            void faqLibrary?.refresh();
            settingsEvents.publish();
            onPreferencesChanged?.();
          },
          onState: setConnection,
          onPresence: (snapshot) => presence.receive(snapshot),
          onSessionEnded: (reason) => onUnauthorized(reason),
          onReadBudgetAlert: (alert) => readAlerts?.publish(alert),
        },
      });
    // The first sync on its worker (renderer/sync/first-sync); false when unavailable (older service).
    const streamFirstSync = async (): Promise<boolean> => {
      fullSyncsRunning += 1;
      setError(null);
      try {
        return await runStreamedFirstSync({
          serviceUrl: session.serviceUrl,
          token: session.token,
          database,
          store,
          signal: controller.signal,
          connectFrom: (seq) => (live = connect(seq)),
          onProgress: setProgress,
        });
      } catch (failure) {
        if (!controller.signal.aborted) {
          if (isApiError(failure) && failure.isUnauthorized) {
            onUnauthorized(failure.sessionEndReason);
          } else {
            setError(failure instanceof Error ? failure.message : String(failure));
          }
        }
        return true;
      } finally {
        fullSyncsRunning -= 1;
        cursorWrites = database ? readCursor(database).then((cursor) => cursor ?? 0) : cursorWrites;
        if (!controller.signal.aborted) {
          setIsLoading(false);
        }
      }
    };
    const detachPresence = presence.attach((update) => live?.reportPresence(update));
    const start = async (): Promise<void> => {
      database = cache ? await cache.catch(() => null) : null;
      let cursor: number | null = null;
      if (database && !controller.signal.aborted) {
        try {
          // Before any network: the queue shows what the agent had, offline too.
          cursor = await hydrateStoreFromCache(database, store);
          cursorWrites = Promise.resolve(cursor ?? 0);
          if (cursor !== null) {
            setIsLoading(false);
          }
        } catch (failure) {
          logger.warn('could not read the offline cache', failure);
        }
        writeThrough = writeStoreThrough(database, store, (count) => onCacheEvicted?.(count));
      }
      if (controller.signal.aborted) {
        return;
      }
      if (cursor === null && (await streamFirstSync())) {
        return;
      }
      live = connect(cursor);
      await live.ready;
      // With a cursor the live connection catches up from it; without one, the first full sync runs.
      if (!controller.signal.aborted && cursor === null) {
        await load();
      }
    };
    void start();
    return () => {
      controller.abort();
      detachPresence();
      live?.close();
      applier.dispose();
      slaRecomputer.dispose();
      writeThrough?.dispose();
    };
  }, [
    session,
    api,
    store,
    arrivals,
    ticketEvents,
    presence,
    settingsEvents,
    readAlerts,
    faqLibrary,
    onUnauthorized,
    onPreferencesChanged,
    attempt,
    cache,
    onCacheEvicted,
  ]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  const load = useMemo(() => ({ progress, error, isLoading, retry }), [progress, error, isLoading, retry]);
  return { connection, load };
}
