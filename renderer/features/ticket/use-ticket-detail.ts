import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Message, Ticket, TicketDetail } from '../../../shared/domain/schemas';
import { useConsole } from '../../app/console-context';
import { putTicketDetail, readCachedDetail } from '../../cache/ticket-cache';
import { createLogger } from '../../logging/logger';
import { isPendingMessageId, mergePendingMessages, pendingKeyOf } from '../../sync/optimistic';

const logger = createLogger('ticket');

/** The open ticket with its thread, kept fresh by live changes. */
export interface TicketDetailState {
  detail: TicketDetail | null;
  error: string | null;
  reload: () => void;
  /** Merges a ticket the service returned (e.g. after a PATCH) into the detail and the queue. */
  applyTicket: (ticket: Ticket) => void;
  /** Adds a message the service accepted to the thread at once. */
  appendMessage: (message: Message) => void;
  /** Shows a copy fetched from the service (unless a newer one is already shown). */
  replaceDetail: (fresh: TicketDetail) => void;
  /**
   * The service could not be reached and the cached copy lacks part of the thread (a ticket this console
   * never opened holds only its queue row: the opening message).
   */
  isPartlyLoaded: boolean;
}

/** Whether a copy holds fewer of the ticket's messages than the ticket counts (pending copies aside). */
export function lacksMessages(detail: TicketDetail): boolean {
  return detail.messages.filter((message) => !isPendingMessageId(message.id)).length < detail.message_count;
}

/** Loads a ticket's detail and replaces it whenever the live layer fetched a newer one. */
export function useTicketDetail(ticketId: string): TicketDetailState {
  const { api, store, ticketEvents, cache } = useConsole();
  const [detail, setDetail] = useState<TicketDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // The service did not answer and the cached copy is what the agent sees.
  const [isCachedOnly, setIsCachedOnly] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    let cached: Promise<TicketDetail | undefined> = Promise.resolve(undefined);
    if (cache) {
      // The copy kept when the agent last opened it shows at once, and offline.
      cached = readCachedDetail(cache, ticketId).catch(() => undefined);
      void cached.then((copy) => {
        if (isCurrent && copy) {
          setDetail((current) => (current && current.id === copy.id ? current : copy));
        }
      });
    }
    api
      .getTicket(ticketId)
      .then((loaded) => {
        if (cache) {
          putTicketDetail(cache, loaded, new Date().toISOString()).catch((failure: unknown) =>
            logger.warn('could not cache the ticket', failure),
          );
        }
        if (isCurrent) {
          setError(null);
          setIsCachedOnly(false);
          setDetail((current) => (current && current.version > loaded.version ? current : loaded));
        }
      })
      .catch(async (failure: unknown) => {
        // Offline with a cached copy: the agent works from it; the error shows only without one.
        const copy = await cached;
        if (isCurrent && !copy) {
          setError(failure instanceof Error ? failure.message : String(failure));
        } else if (isCurrent) {
          setIsCachedOnly(true);
        }
      });
    return () => {
      isCurrent = false;
    };
  }, [api, cache, ticketId, attempt]);

  // Replies and notes still in the outbox, shown at the end of the thread until the service has them. The
  // outbox swaps a pending copy for the service's copy in one write of the cached thread; that copy is read
  // too (its id is the pending copy's key: docs/sync.md), so the message shows until the detail holds it and
  // never disappears for a moment between the two.
  const pendingKeysSeen = useRef(new Set<string>());
  const pendingMessages = useLiveQuery(async () => {
    const messages = cache ? ((await cache.messages.get(ticketId))?.messages ?? []) : [];
    const seen = pendingKeysSeen.current;
    for (const message of messages) {
      if (isPendingMessageId(message.id)) {
        seen.add(pendingKeyOf(message.id));
      }
    }
    return messages.filter((message) => isPendingMessageId(message.id) || seen.has(message.id));
  }, [cache, ticketId]);

  // While shown, live changes to this ticket fetch its detail (the rest of the queue refreshes masked lists).
  useEffect(() => ticketEvents.watch(ticketId), [ticketEvents, ticketId]);

  useEffect(
    () =>
      ticketEvents.subscribe((fresh) => {
        if (fresh.id === ticketId) {
          if (cache) {
            putTicketDetail(cache, fresh, new Date().toISOString()).catch((failure: unknown) =>
              logger.warn('could not cache the ticket', failure),
            );
          }
          setDetail((current) => (current && current.version > fresh.version ? current : fresh));
        }
      }),
    [ticketEvents, ticketId, cache],
  );

  const applyTicket = useCallback(
    (ticket: Ticket) => {
      store.upsert([ticket]);
      setDetail((current) =>
        current && current.id === ticket.id && ticket.version >= current.version
          ? { ...current, ...ticket }
          : current,
      );
    },
    [store],
  );

  const appendMessage = useCallback((message: Message) => {
    setDetail((current) =>
      current &&
      current.id === message.ticket_id &&
      !current.messages.some((existing) => existing.id === message.id)
        ? { ...current, messages: [...current.messages, message] }
        : current,
    );
  }, []);

  const replaceDetail = useCallback((fresh: TicketDetail) => {
    setDetail((current) =>
      current && (current.id !== fresh.id || current.version > fresh.version) ? current : fresh,
    );
  }, []);

  // The queue's copy is the one source of truth for the ticket's properties (status, assignee, SLA clocks):
  // it holds outbox actions applied optimistically and clocks moved by a new SLA policy, so the pane shows
  // what the queue shows whenever that copy is at least as new as the detail. Only those properties: list
  // answers may mask what the detail shows in full (the requester's e-mail).
  const queued = useSyncExternalStore(
    store.subscribe,
    useCallback(() => store.get(ticketId), [store, ticketId]),
  );
  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  // Shown from the cache because the service was out of reach: back online, load the whole ticket.
  useEffect(() => {
    if (!isCachedOnly) {
      return undefined;
    }
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [isCachedOnly, reload]);
  const shown = useMemo(() => {
    const current =
      detail && queued && queued.id === detail.id && queued.version >= detail.version
        ? {
            ...detail,
            status: queued.status,
            priority: queued.priority,
            category: queued.category,
            assignee_id: queued.assignee_id,
            tags: queued.tags,
            sla: queued.sla,
          }
        : detail;
    const messages = current ? mergePendingMessages(current.messages, pendingMessages ?? []) : [];
    return current && messages.length > current.messages.length ? { ...current, messages } : current;
  }, [detail, pendingMessages, queued]);
  const isPartlyLoaded = isCachedOnly && shown !== null && lacksMessages(shown);
  return { detail: shown, error, reload, applyTicket, appendMessage, replaceDetail, isPartlyLoaded };
}
