import { ticketSchema, type Change, type Ticket, type TicketDetail } from '../../shared/domain/schemas';
import type { ApiClient } from '../api/api-client';
import { isApiError } from '../api/api-error';
import type { TicketStore } from '../features/queue/ticket-store';
import { createLogger } from '../logging/logger';

const logger = createLogger('live');

/** The ticket part of a detail answer: what the queue keeps (messages and attachments stay with the pane). */
export function ticketFromDetail(detail: TicketDetail): Ticket {
  // The ticket schema strips the detail-only keys (messages, attachments).
  return ticketSchema.parse(detail);
}

/** Turns change-log entries into fresh tickets in the store. */
export interface ChangeApplier {
  apply: (changes: readonly Change[]) => void;
  dispose: () => void;
}

/**
 * For every change that names a ticket, fetches the ticket and upserts it into the queue store, then tells
 * `onTicketDetail` (so an open ticket pane refreshes its thread) and `onCreated` for new tickets. Changes to
 * one ticket that arrive while it is being fetched cause one more fetch, not one per change.
 */
export function createChangeApplier(options: {
  api: ApiClient;
  store: TicketStore;
  onTicketDetail?: (detail: TicketDetail) => void;
  onCreated?: (ticketId: string) => void;
}): ChangeApplier {
  const inFlight = new Map<string, { again: boolean; created: boolean }>();
  let isDisposed = false;

  const fetchTicket = async (ticketId: string): Promise<void> => {
    for (;;) {
      const state = inFlight.get(ticketId);
      if (!state || isDisposed) {
        return;
      }
      state.again = false;
      try {
        const detail = await options.api.getTicket(ticketId);
        if (isDisposed) {
          return;
        }
        options.store.upsert([ticketFromDetail(detail)]);
        options.onTicketDetail?.(detail);
        if (state.created) {
          state.created = false;
          options.onCreated?.(ticketId);
        }
      } catch (error) {
        if (!(isApiError(error) && error.status === 404)) {
          logger.warn(`could not fetch changed ticket ${ticketId}`, error);
        }
      }
      if (!state.again) {
        inFlight.delete(ticketId);
        return;
      }
    }
  };

  return {
    apply(changes) {
      for (const change of changes) {
        if (!change.ticket_id || isDisposed) {
          continue;
        }
        const existing = inFlight.get(change.ticket_id);
        const isCreated = change.type === 'ticket.created';
        if (existing) {
          existing.again = true;
          existing.created ||= isCreated;
          continue;
        }
        inFlight.set(change.ticket_id, { again: false, created: isCreated });
        void fetchTicket(change.ticket_id);
      }
    },
    dispose() {
      isDisposed = true;
      inFlight.clear();
    },
  };
}
