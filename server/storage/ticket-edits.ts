import type { Ticket } from '../../shared/domain/schemas';
import type { TicketStatus } from '../../shared/domain/vocabulary';

/** What an edit changed of a ticket, as committed (an absent field did not change). */
export interface TicketEdit {
  id: string;
  category?: string | null;
  status?: TicketStatus;
  /** The ticket it is merged into; null when not merged away. Given with `status`. */
  mergedInto?: string | null;
}

/** The edit of each ticket, as stored. */
export function editsOf(tickets: readonly Ticket[]): TicketEdit[] {
  return tickets.map((ticket) => ({
    id: ticket.id,
    category: ticket.category,
    status: ticket.status,
    mergedInto: ticket.merged_into_ticket_id ?? null,
  }));
}
