import type { Agent } from '../../shared/domain/schemas';
import type { SlaBreach } from '../../shared/domain/merge-schemas';
import type { AgentRole, TicketStatus } from '../../shared/domain/vocabulary';
import { appendChanges } from '../storage/change-log';
import type { SqlExecutor } from '../storage/database';
import type { TimestampValue } from '../storage/rows';
import { ParameterList } from '../storage/sql-helpers';
import { slaPauseAssignments } from '../storage/ticket-writes';
import { reevaluateChecklists } from './merge-checklist';
import type { MergePlan } from './merge-plan';
import type { MergeStoreOptions } from './merge-store';

/**
 * Applying a planned merge to rows, inside the merge's transaction (docs/merging.md): the merge row and
 * the SLA breach note first, then the sources' messages and attachments moving to the target, their
 * opening texts, the tags, the closed sources. Also the bookkeeping that undo (`merge-undo.ts`) shares.
 */

/** A source's state before the merge closed it, stored on the merge so undo can restore it. */
export interface SourceSnapshot {
  id: string;
  status: TicketStatus;
  solved_at: TimestampValue | null;
  sla_paused_ms: number | string;
  sla_paused_since: TimestampValue | null;
}

/** The internal note on the target that records the breaches found before merging. */
function breachNoteBody(breaches: readonly SlaBreach[]): string {
  const lines = breaches.map(
    (breach) =>
      `#${breach.ticket_number}: ${breach.clock === 'first_response' ? 'first response' : 'resolution'} ` +
      `SLA breached (due ${breach.due_at})`,
  );
  return `Recorded before merging:\n${lines.join('\n')}`;
}

/** Stores each ticket's message count again after messages moved. */
export async function recountMessages(transaction: SqlExecutor, ticketIds: readonly string[]): Promise<void> {
  await transaction.query(
    `update tickets t set message_count = (select count(*) from messages m where m.ticket_id = t.id)
     where t.id = any($1::uuid[])`,
    [ticketIds],
  );
}

/** One audit log entry for a merge or an undo. */
export async function audit(
  transaction: SqlExecutor,
  entry: { agentId: string; action: string; ticketIds: readonly string[]; details: unknown; at: string },
): Promise<void> {
  await transaction.query(
    `insert into audit_log (at, agent_id, action, ticket_ids, details) values ($1, $2, $3, $4::uuid[], $5::jsonb)`,
    [entry.at, entry.agentId, entry.action, entry.ticketIds, JSON.stringify(entry.details)],
  );
}

/** The role a merge needs, which its undo needs too (migration 0018). */
function requiredRoleOf(plan: MergePlan): AgentRole {
  return plan.differentCustomers || plan.unverifiedIntoVerified ? 'lead' : 'agent';
}

/** Applies `plan` as `agent` and returns the new merge's id. */
export async function applyMerge(
  transaction: SqlExecutor,
  plan: MergePlan,
  agent: Agent,
  options: MergeStoreOptions,
): Promise<string> {
  const nowMs = options.now();
  const mergedAt = new Date(nowMs).toISOString();
  const target = plan.target;
  const sourceIds = plan.sources.map((source) => source.id);
  const snapshots: SourceSnapshot[] = plan.sources.map((source) => ({
    id: source.id,
    status: source.status,
    solved_at: source.solved_at,
    sla_paused_ms: source.sla_paused_ms,
    sla_paused_since: source.sla_paused_since,
  }));
  const addedTags = plan.tags.filter((tag) => !target.tags.includes(tag));
  const inserted = await transaction.query<{ id: string }>(
    `insert into merges (target_id, source_ids, merged_by, merged_at, undo_until, different_customers,
       sla_breaches, added_tags, source_snapshots, moved_message_ids, required_role)
     values ($1, $2::uuid[], $3, $4, $5, $6, $7::jsonb, $8::text[], $9::jsonb,
       array(select id from messages where ticket_id = any($2::uuid[])), $10)
     returning id`,
    [
      target.id,
      sourceIds,
      agent.id,
      mergedAt,
      new Date(nowMs + options.undoWindowMs).toISOString(),
      plan.differentCustomers,
      JSON.stringify(plan.breaches),
      addedTags,
      JSON.stringify(snapshots),
      requiredRoleOf(plan),
    ],
  );
  const mergeId = inserted[0]?.id;
  if (mergeId === undefined) {
    throw new Error('inserting the merge returned no id');
  }
  // The breach record first, so no merged state ever exists without it.
  let breachNoteId: string | null = null;
  if (plan.breaches.length > 0) {
    const note = await transaction.query<{ id: string }>(
      `insert into messages (ticket_id, kind, author_agent_id, author_name, body, merge_id)
       values ($1, 'note', $2, $3, $4, $5) returning id`,
      [target.id, agent.id, agent.name, breachNoteBody(plan.breaches), mergeId],
    );
    breachNoteId = note[0]?.id ?? null;
  }
  await transaction.query(
    `update messages set ticket_id = $1, merged_from_ticket_id = ticket_id, merge_id = $2
     where ticket_id = any($3::uuid[])`,
    [target.id, mergeId, sourceIds],
  );
  await transaction.query(
    `update attachments set ticket_id = $1, merged_from_ticket_id = ticket_id, merge_id = $2
     where ticket_id = any($3::uuid[])`,
    [target.id, mergeId, sourceIds],
  );
  // Each source's opening text joins the target's thread at its own time, as its customer's message.
  const openings = await transaction.query<{ id: string }>(
    `insert into messages (ticket_id, kind, author_name, body, created_at, merged_from_ticket_id, merge_id)
     select $1, 'customer', t.requester_name, t.body, t.created_at, t.id, $2
     from tickets t where t.id = any($3::uuid[]) order by t.created_at returning id`,
    [target.id, mergeId, sourceIds],
  );
  await transaction.query(
    'update merges set opening_message_ids = $1::uuid[], breach_note_id = $2 where id = $3',
    [openings.map((row) => row.id), breachNoteId, mergeId],
  );
  await transaction.query(
    'update tickets set tags = $1::text[], version = version + 1, updated_at = now() where id = $2',
    [plan.tags, target.id],
  );
  for (const source of plan.sources) {
    const parameters = new ParameterList();
    const assignments = [
      ...slaPauseAssignments(source.status, 'closed'),
      "status = 'closed'",
      'solved_at = coalesce(solved_at, now())',
      `merged_into_ticket_id = ${parameters.add(target.id)}`,
      `merge_id = ${parameters.add(mergeId)}`,
      'version = version + 1',
      'updated_at = now()',
    ];
    await transaction.query(
      `update tickets set ${assignments.join(', ')} where id = ${parameters.add(source.id)}`,
      parameters.values,
    );
  }
  await recountMessages(transaction, [target.id, ...sourceIds]);
  // The target's customer side now holds the sources' texts: what it still lacks is measured over all of it.
  await reevaluateChecklists(transaction, [target.id]);
  await audit(transaction, {
    agentId: agent.id,
    action: 'merge',
    ticketIds: [target.id, ...sourceIds],
    at: mergedAt,
    details: {
      merge_id: mergeId,
      target_id: target.id,
      source_ids: sourceIds,
      different_customers: plan.differentCustomers,
      sla_breaches: plan.breaches,
    },
  });
  await appendChanges(
    transaction,
    [target.id, ...sourceIds].map((ticketId) => ({ type: 'ticket.updated', ticketId, agentId: agent.id })),
  );
  return mergeId;
}
