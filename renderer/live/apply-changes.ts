import { ticketSchema, type Change, type Ticket, type TicketDetail } from '../../shared/domain/schemas';
import { maskTicketContacts } from '../../shared/access/mask-email';
import type { ApiClient } from '../api/api-client';
import { isApiError } from '../api/api-error';
import type { TicketStore } from '../features/queue/ticket-store';
import { createLogger } from '../logging/logger';

const logger = createLogger('live');

/**
 * The ticket part of a detail answer: what the queue and the offline cache keep (messages and attachments
 * stay with the pane), contact details masked (docs/security.md "Reads").
 */
export function ticketFromDetail(detail: TicketDetail): Ticket {
  // The ticket schema strips the detail-only keys (messages, attachments).
  return maskTicketContacts(ticketSchema.parse(detail));
}

/** Turns change-log entries into fresh tickets in the store. */
export interface ChangeApplier {
  apply: (changes: readonly Change[]) => void;
  dispose: () => void;
}

/** The most tickets one refresh asks for (`GET /api/tickets?ids=` takes 100). */
const idsPerRequest = 100;

/**
 * For every change that names a ticket, refreshes the ticket in the queue store from its list form
 * (`GET /api/tickets?ids=`, requester e-mail masked, not a logged read), in batches; tells `onCreated` for
 * new tickets. Only for the tickets `wantsDetail` names (the open pane, the agent's own tickets) does it
 * fetch the detail and tell `onTicketDetail`, since each detail read is logged and counts against the
 * agent's read budget (docs/security.md "Reads"). Changes that arrive while a refresh is in flight cause one
 * more refresh, not one per change.
 */
export function createChangeApplier(options: {
  api: ApiClient;
  store: TicketStore;
  onTicketDetail?: (detail: TicketDetail) => void;
  onCreated?: (ticketId: string) => void;
  /** True for tickets whose detail a view needs at once; none when absent. */
  wantsDetail?: (ticketId: string) => boolean;
}): ChangeApplier {
  /** Ticket id → whether it was created; waiting for the next refresh. */
  const waiting = new Map<string, boolean>();
  let isRunning = false;
  let isDisposed = false;

  const refreshDetail = async (ticketId: string): Promise<void> => {
    try {
      const detail = await options.api.getTicket(ticketId);
      if (!isDisposed) {
        options.onTicketDetail?.(detail);
      }
    } catch (error) {
      if (!(isApiError(error) && [403, 404, 429].includes(error.status))) {
        logger.warn(`could not fetch changed ticket ${ticketId}`, error);
      }
    }
  };

  const refresh = async (batch: readonly [string, boolean][]): Promise<void> => {
    const ids = batch.map(([ticketId]) => ticketId);
    try {
      const list = await options.api.listTickets({ ids: ids.join(','), limit: ids.length });
      if (isDisposed) {
        return;
      }
      options.store.upsert(list.tickets);
      const found = new Set(list.tickets.map((ticket) => ticket.id));
      // A changed ticket the service no longer lists for this agent left their team scope (or is gone): it
      // leaves the queue and the offline cache (docs/security.md "Team scope").
      options.store.remove(ids.filter((ticketId) => !found.has(ticketId)));
      for (const [ticketId, isCreated] of batch) {
        if (isCreated && found.has(ticketId)) {
          options.onCreated?.(ticketId);
        }
      }
    } catch (error) {
      logger.warn(`could not refresh ${ids.length} changed tickets`, error);
    }
    await Promise.all(
      ids
        .filter((ticketId) => options.wantsDetail?.(ticketId) === true)
        .map((ticketId) => refreshDetail(ticketId)),
    );
  };

  const run = async (): Promise<void> => {
    isRunning = true;
    try {
      while (waiting.size > 0 && !isDisposed) {
        const batch = [...waiting.entries()].slice(0, idsPerRequest);
        for (const [ticketId] of batch) {
          waiting.delete(ticketId);
        }
        await refresh(batch);
      }
    } finally {
      isRunning = false;
    }
  };

  return {
    apply(changes) {
      for (const change of changes) {
        if (!change.ticket_id || isDisposed) {
          continue;
        }
        waiting.set(
          change.ticket_id,
          (waiting.get(change.ticket_id) ?? false) || change.type === 'ticket.created',
        );
      }
      if (!isRunning && waiting.size > 0 && !isDisposed) {
        void run();
      }
    },
    dispose() {
      isDisposed = true;
      waiting.clear();
    },
  };
}
