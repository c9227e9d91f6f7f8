import type { Ticket, TicketDetail } from '../../../shared/domain/schemas';

/** What the cached list forms say about a ticket's merges when the merge history cannot be loaded. */
export interface CachedMergeFacts {
  /** The ticket this one was merged into (its number when the queue holds it), or null. */
  mergedInto: { id: string; number: number | null } | null;
  /** The tickets merged into this one, by the queue's copies and the thread's merged messages. */
  mergedHere: { id: string; number: number | null }[];
}

/**
 * The merges of `detail` as far as this console knows them without the service: a source's list form names
 * its target (`merged_into_ticket_id`); a target's sources are the queue's tickets that name it, and the
 * tickets its thread's merged messages came from. Null when nothing cached says it took part in a merge.
 * Undone merges cannot be told apart here, which is why the banner says the details need the service.
 */
export function cachedMergeFacts(detail: TicketDetail, tickets: readonly Ticket[]): CachedMergeFacts | null {
  const byId = new Map(tickets.map((ticket) => [ticket.id, ticket]));
  const numberOf = (id: string): number | null => byId.get(id)?.number ?? null;
  const targetId = detail.merged_into_ticket_id ?? byId.get(detail.id)?.merged_into_ticket_id ?? null;
  const sourceIds = new Set<string>();
  for (const ticket of tickets) {
    if (ticket.merged_into_ticket_id === detail.id) {
      sourceIds.add(ticket.id);
    }
  }
  for (const message of detail.messages) {
    if (message.merged_from_ticket_id) {
      sourceIds.add(message.merged_from_ticket_id);
    }
  }
  if (targetId === null && sourceIds.size === 0) {
    return null;
  }
  return {
    mergedInto: targetId === null ? null : { id: targetId, number: numberOf(targetId) },
    mergedHere: [...sourceIds].map((id) => ({ id, number: numberOf(id) })),
  };
}
