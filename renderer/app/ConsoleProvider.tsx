import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createApiClient } from '../api/api-client';
import { isApiError } from '../api/api-error';
import { createFaqLibraryStore, FaqLibraryContext } from '../features/faq/faq-library-store';
import { createLocalStorageFaqRepository } from '../features/faq/faq-repository';
import { getDesktopApi } from '../desktop/desktop-bridge';
import { connectDesktopShell } from '../desktop/desktop-shell';
import { createArrivals } from '../features/queue/arrivals';
import { createQueueLookups } from '../features/queue/queue-lookups';
import { createTicketStore } from '../features/queue/ticket-store';
import { ticketFromDetail } from '../live/apply-changes';
import { createPresenceStore } from '../live/presence';
import { createSettingsEvents } from '../live/settings-events';
import { createTicketEvents } from '../live/ticket-events';
import { createReadAlerts } from '../features/access-log/read-alerts';
import type { CacheDatabase } from '../cache/cache-database';
import { createFaqRepositoryWhenCacheOpens } from '../cache/faq-cache-repository';
import { createCacheNotices } from '../sync/cache-notices';
import { openConsoleCache } from '../sync/open-console-cache';
import { createOutboxRunner, type OutboxRunner } from '../sync/outbox-runner';
import { pendingViewChanges } from '../sync/pending-views';
import { readStashedViewChanges } from '../features/queue/waiting-view-stash';
import { createAgentPreferencesStore } from './agent-preferences';
import { ConsoleContext, type ConsoleContextValue } from './console-context';
import { SessionEndedDialog, SignOutDialog } from '../features/accounts/SessionDialogs';
import type { Session } from './session';
import { pendingOutboxCount, type SessionEnding, type SessionEndReason } from './session-end';
import { useConsoleSync } from './use-console-sync';
import { useDirectory } from './use-directory';
import { useSavedViewSync } from './use-saved-view-sync';

/** Props of the provider: the signed-in session and what leaving it does. */
export interface ConsoleProviderProps {
  session: Session;
  /** Leaves the session: the agent signed out, or the service ended it (a 401, or `session:ended`). */
  onSessionEnd: (session: Session, ending: SessionEnding) => void;
  children: ReactNode;
}

/** A question the console asks before leaving a session with unsent work. */
type PendingQuestion =
  | { kind: 'sign-out'; pending: number; everywhere: boolean }
  | { kind: 'ended'; pending: number; reason: SessionEndReason };

/** Creates the per-session services (client, store, live sync, reference data) and provides them. */
export function ConsoleProvider({ session, onSessionEnd, children }: ConsoleProviderProps): ReactElement {
  const { t } = useTranslation();
  const [question, setQuestion] = useState<PendingQuestion | null>(null);
  const hasEnded = useRef(false);
  const cacheRef = useRef<CacheDatabase | null>(null);
  const leave = useCallback(
    (ending: SessionEnding) => {
      if (hasEnded.current) {
        return;
      }
      hasEnded.current = true;
      setQuestion(null);
      onSessionEnd(session, ending);
    },
    [onSessionEnd, session],
  );
  // The agent's sign-out (here, or everywhere): asks first when the outbox holds unsent work.
  const signOut = useCallback(
    (everywhere = false) => {
      void pendingOutboxCount(cacheRef.current).then((pending) => {
        if (pending > 0) {
          setQuestion({ kind: 'sign-out', pending, everywhere });
        } else {
          leave({ reason: 'signed_out', notifyService: true, everywhere, clearCache: true, discarded: 0 });
        }
      });
    },
    [leave],
  );
  // The service ended the session. A disabled agent's cache goes at once (its work can never be sent);
  // otherwise unsent work is kept if the agent chooses to sign in again and send it.
  const onSignOut = useCallback(
    (reason: SessionEndReason = 'expired') => {
      if (hasEnded.current) {
        return;
      }
      void pendingOutboxCount(cacheRef.current).then((pending) => {
        if (pending > 0 && reason !== 'disabled') {
          setQuestion({ kind: 'ended', pending, reason });
        } else {
          leave({ reason, notifyService: false, everywhere: false, clearCache: true, discarded: pending });
        }
      });
    },
    [leave],
  );
  const [services] = useState(() => {
    const api = createApiClient({ baseUrl: session.serviceUrl, token: session.token });
    return {
      api,
      store: createTicketStore(),
      arrivals: createArrivals(),
      ticketEvents: createTicketEvents(),
      presence: createPresenceStore(),
      settingsEvents: createSettingsEvents(),
      readAlerts: createReadAlerts(),
      agentPreferences: createAgentPreferencesStore({ api, agentId: session.agent.id }),
    };
  });
  const [offline] = useState(() => {
    const cacheNotices = createCacheNotices();
    const cacheOpening = openConsoleCache(session, cacheNotices);
    return {
      cacheNotices,
      cacheOpening,
      // The FAQ library's offline copy lives in the cache; localStorage where IndexedDB is unavailable.
      faqLibrary: createFaqLibraryStore({
        api: services.api,
        repository: createFaqRepositoryWhenCacheOpens(
          cacheOpening,
          createLocalStorageFaqRepository(session.serviceUrl),
        ),
      }),
    };
  });
  const [cache, setCache] = useState<CacheDatabase | null>(null);
  const [outbox, setOutbox] = useState<OutboxRunner | null>(null);

  useEffect(() => () => services.arrivals.dispose(), [services]);

  // Once the cache is open, agent actions go through its outbox (docs/offline.md).
  useEffect(() => {
    let runner: OutboxRunner | null = null;
    let isCurrent = true;
    void offline.cacheOpening.then((database) => {
      if (!isCurrent || !database) {
        return;
      }
      const { api, store, ticketEvents } = services;
      setCache(database);
      cacheRef.current = database;
      runner = createOutboxRunner({
        database,
        serviceUrl: session.serviceUrl,
        token: session.token,
        store,
        agent: { id: session.agent.id, name: session.agent.name },
        fetchTicket: async (ticketId) => {
          try {
            const detail = await api.getTicket(ticketId);
            ticketEvents.publish(detail);
            return ticketFromDetail(detail);
          } catch (error) {
            if (isApiError(error) && error.status === 404) {
              return null;
            }
            throw error;
          }
        },
      });
      setOutbox(runner);
    });
    return () => {
      isCurrent = false;
      runner?.dispose();
    };
  }, [offline, services, session]);

  useEffect(() => {
    const { agentPreferences } = services;
    // View changes made offline wait in the outbox: the service's copy must not undo them after a restart.
    // So are those a page that closed within a change's pause left in the stash (queued once the outbox runs).
    void agentPreferences.load(async () => [
      ...(await pendingViewChanges(offline.cacheOpening)),
      ...readStashedViewChanges(session.agent.id),
    ]);
    // Signing out (or closing) must not drop a change still waiting for its debounced save.
    return () => {
      void agentPreferences.flush().finally(() => agentPreferences.dispose());
    };
  }, [services, offline, session.agent.id]);

  useEffect(() => {
    // Once per session: the cached copy shows at once (the picker works offline), then the service's.
    void offline.faqLibrary.load();
  }, [offline]);

  // In the desktop app: badge, native notifications, update-prompt gating and spell check.
  useEffect(() => {
    const desktop = getDesktopApi();
    if (!desktop) {
      return undefined;
    }
    return connectDesktopShell({
      desktop,
      store: services.store,
      ticketEvents: services.ticketEvents,
      agentId: session.agent.id,
      texts: ({ kind, ticketNumber: number, subject }) => ({
        title:
          kind === 'assignment'
            ? t('desktop.notification.assignmentTitle', { number: String(number) })
            : kind === 'customerReply'
              ? t('desktop.notification.customerReplyTitle', { number: String(number) })
              : t('desktop.notification.slaAtRiskTitle', { number: String(number) }),
        body: subject,
      }),
    });
  }, [services, session.agent.id, t]);

  const onCacheEvicted = useCallback(
    (count: number) => offline.cacheNotices.publish({ kind: 'evicted', count }),
    [offline],
  );
  // Saved views changed on another machine (or a resync): read them again, the outbox's waiting ones kept.
  const onPreferencesChanged = useCallback(() => void services.agentPreferences.refresh(), [services]);
  const { connection, load } = useConsoleSync({
    session,
    ...services,
    faqLibrary: offline.faqLibrary,
    cache: offline.cacheOpening,
    onCacheEvicted,
    onUnauthorized: onSignOut,
    onPreferencesChanged,
  });
  useSavedViewSync({ ...services, session, cache, outbox, connection, cacheOpening: offline.cacheOpening });
  const { agents, categories } = useDirectory(services.api, connection, onSignOut, cache);
  const lookups = useMemo(() => createQueueLookups(agents, categories, t), [agents, categories, t]);
  const value = useMemo<ConsoleContextValue>(
    () => ({
      session,
      ...services,
      agents,
      categories,
      lookups,
      connection,
      load,
      signOut,
      cache,
      outbox,
      cacheNotices: offline.cacheNotices,
    }),
    [session, services, agents, categories, lookups, connection, load, signOut, cache, outbox, offline],
  );
  return (
    <ConsoleContext.Provider value={value}>
      <FaqLibraryContext.Provider value={offline.faqLibrary}>{children}</FaqLibraryContext.Provider>
      {question?.kind === 'sign-out' ? (
        <SignOutDialog
          pending={question.pending}
          onCancel={() => setQuestion(null)}
          onConfirm={() =>
            leave({
              reason: 'signed_out',
              notifyService: true,
              everywhere: question.everywhere,
              clearCache: true,
              discarded: question.pending,
            })
          }
        />
      ) : null}
      {question?.kind === 'ended' ? (
        <SessionEndedDialog
          pending={question.pending}
          onSignInAgain={() =>
            leave({
              reason: question.reason,
              notifyService: false,
              everywhere: false,
              clearCache: false,
              discarded: 0,
            })
          }
          onDiscard={() =>
            leave({
              reason: question.reason,
              notifyService: false,
              everywhere: false,
              clearCache: true,
              discarded: question.pending,
            })
          }
        />
      ) : null}
    </ConsoleContext.Provider>
  );
}
