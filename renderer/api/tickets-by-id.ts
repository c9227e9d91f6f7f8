import type { Ticket } from '../../shared/domain/schemas';
import type { ApiClient } from './api-client';

/** The most ids one `GET /api/tickets?ids=` takes. */
const idsPerRequest = 100;

/**
 * The list form of the tickets `ids` names (`GET /api/tickets?ids=`, requester e-mail masked), by id; ids the
 * service does not list (unknown, or outside the agent's team scope) are missing from the map. For panels
 * that only show other tickets' numbers, subjects and statuses: a detail read (`GET /api/tickets/:id`) is
 * logged and counts against the agent's hourly read budget (docs/security.md "Reads"), and opening one
 * ticket must not spend the budget on the tickets it merely mentions.
 */
export async function ticketsById(api: ApiClient, ids: readonly string[]): Promise<Map<string, Ticket>> {
  const unique = [...new Set(ids)];
  const batches: string[][] = [];
  for (let start = 0; start < unique.length; start += idsPerRequest) {
    batches.push(unique.slice(start, start + idsPerRequest));
  }
  const lists = await Promise.all(
    batches.map((batch) => api.listTickets({ ids: batch.join(','), limit: batch.length })),
  );
  return new Map(lists.flatMap((list) => list.tickets).map((ticket) => [ticket.id, ticket] as const));
}
