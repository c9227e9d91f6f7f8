import type { Agent } from '../../shared/domain/schemas';
import { roleAtLeast, type AgentRole } from '../../shared/domain/vocabulary';
import { nextStatusOnCustomerMessage } from '../../shared/tickets/status-machine';
import { appendChanges } from '../storage/change-log';
import type { SqlExecutor } from '../storage/database';
import { isoTime, type TimestampValue } from '../storage/rows';
import { ParameterList, queryJsonRows } from '../storage/sql-helpers';
import { slaPauseAssignments } from '../storage/ticket-writes';
import { audit, recountMessages, type SourceSnapshot } from './merge-apply';
import { reevaluateChecklists } from './merge-checklist';
import type { MergeRefusal, MergeStoreOptions } from './merge-store';

/**
 * Undoing a merge inside its transaction (docs/merging.md): exactly the rows carrying the merge id move
 * back, the messages the merge created go, the sources get their state from before the merge, and a
 * source its customer wrote to meanwhile moves on as if the message came now.
 */

/** A merge row as stored (`select to_jsonb(g)`), what undo reads back. */
interface MergeRow {
  id: string;
  target_id: string;
  source_ids: string[];
  merged_at: TimestampValue;
  undo_until: TimestampValue;
  undone_at: TimestampValue | null;
  source_snapshots: SourceSnapshot[];
  added_tags: string[];
  opening_message_ids: string[];
  moved_message_ids: string[];
  breach_note_id: string | null;
  /** Migration 0018. */
  required_role?: AgentRole;
}

/** Undoes merge `mergeId` as `agent`, or refuses; returns the tickets it restored. */
export async function applyUndo(
  transaction: SqlExecutor,
  mergeId: string,
  agent: Agent,
  options: MergeStoreOptions,
): Promise<{ ticketIds: string[] } | MergeRefusal> {
  const rows = await queryJsonRows<MergeRow>(
    transaction,
    'select to_jsonb(g) as json_row from merges g where g.id = $1 for update',
    [mergeId],
  );
  const merge = rows[0];
  if (merge === undefined) {
    return { refusal: 'not_found' };
  }
  if (merge.undone_at !== null) {
    return { refusal: 'already_undone' };
  }
  // Undo needs the role the merge needed: a plain agent cannot undo a lead's cross-customer merge.
  if (!roleAtLeast(agent.role, merge.required_role ?? 'agent')) {
    return { refusal: 'undo_role_required' };
  }
  if (options.now() > Date.parse(isoTime(merge.undo_until))) {
    return { refusal: 'undo_expired' };
  }
  const ticketIds = [merge.target_id, ...merge.source_ids];
  await transaction.query('select id from tickets where id = any($1::uuid[]) order by id for update', [
    ticketIds,
  ]);
  // The target may itself have been merged since: that later merge must be undone first.
  const later = await transaction.query<{ merged_into_ticket_id: string | null }>(
    'select merged_into_ticket_id from tickets where id = $1',
    [merge.target_id],
  );
  if (later[0]?.merged_into_ticket_id) {
    return { refusal: 'undo_blocked', ticketId: later[0].merged_into_ticket_id };
  }
  const created = [...merge.opening_message_ids, ...(merge.breach_note_id ? [merge.breach_note_id] : [])];
  await transaction.query('delete from messages where id = any($1::uuid[])', [created]);
  // Customer messages addressed to a source since the merge: they move the source's status on undo.
  const arrivals = await transaction.query<{ ticket_id: string }>(
    `select distinct merged_from_ticket_id as ticket_id from messages
     where merge_id = $1 and kind = 'customer' and id <> all($2::uuid[])`,
    [mergeId, merge.moved_message_ids],
  );
  const answered = new Set(arrivals.map((row) => row.ticket_id));
  await transaction.query(
    `update messages set ticket_id = merged_from_ticket_id, merged_from_ticket_id = null, merge_id = null
     where merge_id = $1`,
    [mergeId],
  );
  await transaction.query(
    `update attachments set ticket_id = merged_from_ticket_id, merged_from_ticket_id = null, merge_id = null
     where merge_id = $1`,
    [mergeId],
  );
  for (const snapshot of merge.source_snapshots) {
    await transaction.query(
      `update tickets set status = $1, solved_at = $2, sla_paused_ms = $3, sla_paused_since = $4,
         merged_into_ticket_id = null, merge_id = null, version = version + 1, updated_at = now()
       where id = $5`,
      [
        snapshot.status,
        snapshot.solved_at === null ? null : isoTime(snapshot.solved_at),
        Number(snapshot.sla_paused_ms),
        snapshot.sla_paused_since === null ? null : isoTime(snapshot.sla_paused_since),
        snapshot.id,
      ],
    );
    const next = nextStatusOnCustomerMessage(snapshot.status);
    if (answered.has(snapshot.id) && next !== snapshot.status) {
      // The customer wrote to this ticket while it was merged: it moves as if the message came now.
      const parameters = new ParameterList();
      const assignments = [
        ...slaPauseAssignments(snapshot.status, next),
        `status = ${parameters.add(next)}`,
        'solved_at = null',
      ];
      await transaction.query(
        `update tickets set ${assignments.join(', ')} where id = ${parameters.add(snapshot.id)}`,
        parameters.values,
      );
    }
  }
  await transaction.query(
    `update tickets set tags = array(select tag from unnest(tags) with ordinality as kept(tag, position)
       where tag <> all($1::text[]) order by position), version = version + 1, updated_at = now()
     where id = $2`,
    [merge.added_tags, merge.target_id],
  );
  await recountMessages(transaction, ticketIds);
  // Each ticket has its own messages back: each checklist is measured over its own thread again.
  await reevaluateChecklists(transaction, ticketIds);
  const undoneAt = new Date(options.now()).toISOString();
  await transaction.query('update merges set undone_at = $1, undone_by = $2 where id = $3', [
    undoneAt,
    agent.id,
    mergeId,
  ]);
  await audit(transaction, {
    agentId: agent.id,
    action: 'merge.undo',
    ticketIds,
    at: undoneAt,
    details: { merge_id: mergeId, target_id: merge.target_id, source_ids: merge.source_ids },
  });
  await appendChanges(
    transaction,
    ticketIds.map((ticketId) => ({ type: 'ticket.updated', ticketId, agentId: agent.id })),
  );
  return { ticketIds };
}
