import type { TicketDetail } from '../../shared/domain/schemas';

/** Fresh ticket details fetched after a change, for whichever view shows that ticket. */
export interface TicketEvents {
  publish: (detail: TicketDetail) => void;
  subscribe: (listener: (detail: TicketDetail) => void) => () => void;
}

/** Creates the event channel between the live layer and the ticket pane. */
export function createTicketEvents(): TicketEvents {
  const listeners = new Set<(detail: TicketDetail) => void>();
  return {
    publish(detail) {
      for (const listener of listeners) {
        listener(detail);
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
