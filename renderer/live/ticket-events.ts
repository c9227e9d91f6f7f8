import type { TicketDetail } from '../../shared/domain/schemas';
import { createEventChannel, type EventChannel } from './event-channel';

/**
 * Fresh ticket details fetched after a change, for whichever view shows that ticket. Views say which tickets
 * they show (`watch`): the live layer fetches a changed ticket's detail only for those (and the agent's own
 * tickets), because every detail read is logged and counts against the agent's read budget
 * (docs/security.md "Reads"); the queue takes the list form.
 */
export interface TicketEvents extends EventChannel<TicketDetail> {
  /** Marks `ticketId` as shown until the returned function is called. */
  watch: (ticketId: string) => () => void;
  /** True while some view shows `ticketId`. */
  isWatched: (ticketId: string) => boolean;
}

/** Creates the event channel between the live layer and the ticket pane. */
export function createTicketEvents(): TicketEvents {
  const watchers = new Map<string, number>();
  return {
    ...createEventChannel<TicketDetail>(),
    watch(ticketId) {
      watchers.set(ticketId, (watchers.get(ticketId) ?? 0) + 1);
      let isWatching = true;
      return () => {
        if (!isWatching) {
          return;
        }
        isWatching = false;
        const count = (watchers.get(ticketId) ?? 1) - 1;
        if (count <= 0) {
          watchers.delete(ticketId);
        } else {
          watchers.set(ticketId, count);
        }
      };
    },
    isWatched: (ticketId) => watchers.has(ticketId),
  };
}
