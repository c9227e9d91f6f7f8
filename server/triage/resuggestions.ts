import { appendChanges } from '../storage/change-log';
import type { SqlDatabase } from '../storage/database';
import type { Resuggestion } from './triage-service';

/**
 * Stores new suggestions for tickets a newer model suggests differently (the triage service's
 * `onResuggest`): `suggested_category` and `possibly_misfiled` (against the ticket's category now and the
 * lead's threshold), with a `ticket.updated` change for each ticket that changed, in one transaction.
 * Like the duplicate link-back, this is the service's annotation: `version` and `updated_at` stay, so an
 * agent's open edit does not conflict. A ticket whose category an agent has set keeps its suggestion.
 * Resolves with the ids that changed.
 */
export async function storeResuggestions(
  database: SqlDatabase,
  resuggestions: readonly Resuggestion[],
  threshold: number,
): Promise<string[]> {
  if (resuggestions.length === 0) {
    return [];
  }
  return database.transaction(async (transaction) => {
    const rows = await transaction.query<{ id: string }>(
      `update tickets set suggested_category = given.suggestion::jsonb,
         possibly_misfiled = coalesce(tickets.category is not null
           and given.suggestion::jsonb ->> 'category' <> tickets.category
           and (given.suggestion::jsonb ->> 'confidence')::float8 >= $3, false)
       from unnest($1::uuid[], $2::text[]) as given(id, suggestion)
       where tickets.id = given.id and tickets.suggested_category is distinct from given.suggestion::jsonb
         -- An agent already set the category against this suggestion: it stays the one they judged, which
         -- the Metrics page's triage figure compares with (migration 0048).
         and tickets.category_reviewed_at is null
       returning tickets.id`,
      [
        resuggestions.map((item) => item.id),
        resuggestions.map((item) => (item.suggestion === null ? null : JSON.stringify(item.suggestion))),
        threshold,
      ],
    );
    await appendChanges(
      transaction,
      rows.map((row) => ({ type: 'ticket.updated' as const, ticketId: row.id, agentId: null })),
    );
    return rows.map((row) => row.id);
  });
}
