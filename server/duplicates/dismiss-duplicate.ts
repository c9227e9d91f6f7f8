import { appendChanges } from '../storage/change-log';
import type { SqlExecutor } from '../storage/database';
import { ticketFromRow, type SlaReadContext, type TicketRow } from '../storage/rows';
import { firstRow, queryJsonRows } from '../storage/sql-helpers';
import type { Ticket } from '../../shared/domain/schemas';

/**
 * An agent's "not a duplicate" on one of a ticket's possible duplicates (migration 0048): the offer leaves
 * `possible_duplicates`, so the banner stops offering it, and is kept in `dismissed_duplicates` with who
 * answered and when, so the Metrics page can weigh offers merged against offers dismissed.
 */

/** The outcome of `dismissDuplicate`: the ticket as it now is, or why nothing was written. */
export type DismissOutcome = { ticket: Ticket } | { refusal: 'not_found' | 'not_offered' };

interface OfferRow {
  possible_duplicates: { id: string; score: number }[];
  dismissed_duplicates: { id: string }[];
}

/**
 * Dismisses `duplicateId` from ticket `ticketId`'s possible duplicates as `agentId`, inside the caller's
 * transaction. Dismissing an offer already dismissed changes nothing and answers the ticket (a resent
 * request is harmless); an id the ticket was never offered is `not_offered`. `version` and `updated_at`
 * stay, as for the service's own annotations: an agent's open edit of the ticket must not conflict with it.
 */
export async function dismissDuplicate(
  transaction: SqlExecutor,
  ticketId: string,
  duplicateId: string,
  agentId: string,
  sla: SlaReadContext,
): Promise<DismissOutcome> {
  const rows = await queryJsonRows<OfferRow>(
    transaction,
    `select jsonb_build_object('possible_duplicates', possible_duplicates,
       'dismissed_duplicates', dismissed_duplicates) as json_row
     from tickets where id = $1 for update`,
    [ticketId],
  );
  const current = rows[0];
  if (current === undefined) {
    return { refusal: 'not_found' };
  }
  const offer = current.possible_duplicates.find((duplicate) => duplicate.id === duplicateId);
  if (offer === undefined) {
    if (!current.dismissed_duplicates.some((dismissed) => dismissed.id === duplicateId)) {
      return { refusal: 'not_offered' };
    }
    const unchanged = await queryJsonRows<TicketRow>(
      transaction,
      'select to_jsonb(tickets) as json_row from tickets where id = $1',
      [ticketId],
    );
    return { ticket: ticketFromRow(firstRow(unchanged), sla) };
  }
  const remaining = current.possible_duplicates.filter((duplicate) => duplicate.id !== duplicateId);
  const updated = await queryJsonRows<TicketRow>(
    transaction,
    `update tickets set possible_duplicates = $2::jsonb,
       dismissed_duplicates = dismissed_duplicates || jsonb_build_array(jsonb_build_object(
         'id', $3::text, 'score', $4::float8, 'agent_id', $5::text, 'at', now()))
     where id = $1
     returning to_jsonb(tickets) as json_row`,
    [ticketId, JSON.stringify(remaining), duplicateId, offer.score, agentId],
  );
  await appendChanges(transaction, [{ type: 'ticket.updated', ticketId, agentId }]);
  return { ticket: ticketFromRow(firstRow(updated), sla) };
}
