import type { TicketDetail } from '../../shared/domain/schemas';
import { createEventChannel, type EventChannel } from './event-channel';

/** Fresh ticket details fetched after a change, for whichever view shows that ticket. */
export type TicketEvents = EventChannel<TicketDetail>;

/** Creates the event channel between the live layer and the ticket pane. */
export function createTicketEvents(): TicketEvents {
  return createEventChannel<TicketDetail>();
}
