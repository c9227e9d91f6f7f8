import { useCallback, useEffect, useState } from 'react';
import type { Message, Ticket, TicketDetail } from '../../../shared/domain/schemas';
import { useConsole } from '../../app/console-context';

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
}

/** Loads a ticket's detail and replaces it whenever the live layer fetched a newer one. */
export function useTicketDetail(ticketId: string): TicketDetailState {
  const { api, store, ticketEvents } = useConsole();
  const [detail, setDetail] = useState<TicketDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    api
      .getTicket(ticketId)
      .then((loaded) => {
        if (isCurrent) {
          setError(null);
          setDetail((current) => (current && current.version > loaded.version ? current : loaded));
        }
      })
      .catch((failure: unknown) => {
        if (isCurrent) {
          setError(failure instanceof Error ? failure.message : String(failure));
        }
      });
    return () => {
      isCurrent = false;
    };
  }, [api, ticketId, attempt]);

  useEffect(
    () =>
      ticketEvents.subscribe((fresh) => {
        if (fresh.id === ticketId) {
          setDetail((current) => (current && current.version > fresh.version ? current : fresh));
        }
      }),
    [ticketEvents, ticketId],
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

  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  return { detail, error, reload, applyTicket, appendMessage, replaceDetail };
}
