import type { Agent, TicketDetail } from '../../shared/domain/schemas';
import type { MergePreview, MergeRecord, MergeRequest, SlaBreach } from '../../shared/domain/merge-schemas';
import { editsOf, type TicketEdit } from '../storage/ticket-edits';
import { roleAtLeast, type AgentRole, type TicketStatus } from '../../shared/domain/vocabulary';
import { nextStatusOnCustomerMessage } from '../../shared/tickets/status-machine';
import { appendChanges } from '../storage/change-log';
import type { SqlDatabase, SqlExecutor } from '../storage/database';
import { runIdempotent, type IdempotentWrite } from '../storage/idempotency';
import {
  isoTime,
  ticketFromRow,
  type SlaReadContext,
  type TicketRow,
  type TimestampValue,
} from '../storage/rows';
import { ParameterList, isUuid, queryJsonRows } from '../storage/sql-helpers';
import { getTicketDetail } from '../storage/ticket-reads';
import { slaPauseAssignments } from '../storage/ticket-writes';
import { reevaluateChecklists } from './merge-checklist';

/**
 * Merging duplicate tickets and undoing merges in storage (docs/merging.md). The rules are those of
 * `shared/merge/merge.ts`, applied to rows: sources' messages and attachments move to the target carrying
 * `merged_from_ticket_id` and `merge_id`, each source's opening text becomes a message on the target, tags
 * unite, SLA breaches are recorded (merge row, internal note, audit log) before anything moves, sources
 * close with `merged_into_ticket_id`. Undo moves back exactly the rows carrying the merge id. Each merge or
 * undo is one transaction ending with `ticket.updated` for every ticket it touched.
 */

/** Why a merge or an undo was refused; the route maps each to its HTTP status. */
export type MergeRefusalCode =
  | 'not_found'
  | 'source_not_found'
  | 'merge_into_itself'
  | 'duplicate_source'
  | 'target_merged'
  | 'target_closed'
  | 'source_already_merged'
  | 'source_is_merge_target'
  | 'lead_required'
  | 'unverified_into_verified'
  | 'different_customers'
  | 'undo_role_required'
  | 'already_undone'
  | 'undo_expired'
  | 'undo_blocked';

export interface MergeRefusal {
  refusal: MergeRefusalCode;
  /** The ticket the refusal is about, for the message. */
  ticketId?: string;
}

/** A merge as stored: the record and the target as it is after the merge (read in the merge's transaction). */
export type MergeOutcome = { merge: MergeRecord; target: TicketDetail } | MergeRefusal;

/** An undo as stored: the record and every ticket it restored (read in the undo's transaction). */
export type MergeUndoOutcome =
  { merge: MergeRecord; ticketIds: string[]; tickets: TicketDetail[] } | MergeRefusal;

export interface MergeStore {
  /** What merging `request.source_ids` into `targetId` would produce; refuses as `merge` would, except
   * that different customers are reported (`different_customers`) rather than refused. */
  preview(targetId: string, request: MergeRequest): Promise<MergePreview | MergeRefusal>;
  /**
   * Merges as `agent` (lead role and confirmation needed across customers). With `idempotency`, the key is
   * claimed and the answer recorded in the merge's transaction; a used key throws `IdempotentReplay` or
   * `IdempotencyKeyReused` (storage/idempotency.ts).
   */
  merge(
    targetId: string,
    request: MergeRequest,
    agent: Agent,
    idempotency?: IdempotentWrite<MergeOutcome>,
  ): Promise<MergeOutcome>;
  /** Undoes merge `mergeId` as `agent` within its window; `idempotency` as for `merge`. */
  undo(
    mergeId: string,
    agent: Agent,
    idempotency?: IdempotentWrite<MergeUndoOutcome>,
  ): Promise<MergeUndoOutcome>;
  /** Merges where the ticket is the target or a source, newest first; null for an unknown ticket. */
  mergesOf(ticketId: string): Promise<MergeRecord[] | null>;
  /** The target and sources of merge `mergeId` (empty for an unknown merge). */
  ticketsOf(mergeId: string): Promise<string[]>;
}

export interface MergeStoreOptions {
  /** The service clock (milliseconds since the epoch): merge times and the undo window. */
  now: () => number;
  /** How long after a merge it can be undone. */
  undoWindowMs: number;
  /** The SLA policy and time for the breach check (reads the current team settings). */
  slaContext: () => Promise<SlaReadContext>;
  /** Rings the live broadcaster after a commit. */
  announce: () => void;
  /** After a merge or an undo commits: the tickets' statuses and merges, for the duplicate index. */
  onTicketsEdited?: (edits: readonly TicketEdit[]) => void;
}

interface SourceSnapshot {
  id: string;
  status: TicketStatus;
  solved_at: TimestampValue | null;
  sla_paused_ms: number | string;
  sla_paused_since: TimestampValue | null;
}

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

interface MergePlan {
  target: TicketRow;
  sources: TicketRow[];
  differentCustomers: boolean;
  /** An unverified requester's ticket would join a verified customer's ticket (CONTRACT.md v2): a lead's call. */
  unverifiedIntoVerified: boolean;
  breaches: SlaBreach[];
  tags: string[];
  sourceMessageCount: number;
  attachmentCount: number;
}

const mergeRecordSelect = `select json_build_object(
    'id', g.id, 'target_id', g.target_id, 'source_ids', g.source_ids,
    'merged_by', json_build_object('id', a.id, 'name', a.name),
    'merged_at', g.merged_at, 'undo_until', g.undo_until, 'undone_at', g.undone_at,
    'undone_by', case when u.id is null then null else json_build_object('id', u.id, 'name', u.name) end,
    'different_customers', g.different_customers, 'sla_breaches', g.sla_breaches) as json_row
  from merges g join agents a on a.id = g.merged_by left join agents u on u.id = g.undone_by`;

function recordFromRow(row: MergeRecord): MergeRecord {
  return {
    ...row,
    merged_at: isoTime(row.merged_at),
    undo_until: isoTime(row.undo_until),
    undone_at: row.undone_at === null ? null : isoTime(row.undone_at),
  };
}

async function readMergeRecord(executor: SqlExecutor, mergeId: string): Promise<MergeRecord> {
  const rows = await queryJsonRows<MergeRecord>(executor, `${mergeRecordSelect} where g.id = $1`, [mergeId]);
  const row = rows[0];
  if (row === undefined) {
    throw new Error(`merge ${mergeId} vanished`);
  }
  return recordFromRow(row);
}

/** The SLA clocks already breached on `row` at the time of `context`. */
function breachesOf(row: TicketRow, context: SlaReadContext): SlaBreach[] {
  const sla = ticketFromRow(row, context).sla;
  if (sla === undefined || sla === null) {
    return [];
  }
  return (['first_response', 'resolution'] as const)
    .filter((clock) => sla[clock].state === 'breached')
    .map((clock) => ({
      ticket_id: row.id,
      ticket_number: Number(row.number),
      clock,
      due_at: sla[clock].due_at,
    }));
}

function unionInOrder(base: readonly string[], added: readonly string[]): string[] {
  const result = [...base];
  for (const value of added) {
    if (!result.includes(value)) {
      result.push(value);
    }
  }
  return result;
}

/** Reads (and with `lock`, locks) the tickets of a merge and checks everything but the customers. */
async function planMerge(
  executor: SqlExecutor,
  targetId: string,
  request: MergeRequest,
  context: SlaReadContext,
  lock: boolean,
): Promise<MergePlan | MergeRefusal> {
  if (!isUuid(targetId)) {
    return { refusal: 'not_found' };
  }
  const sourceIds = request.source_ids.map((id) => id.toLowerCase());
  const target = targetId.toLowerCase();
  const foreign = sourceIds.find((id) => !isUuid(id));
  if (foreign !== undefined) {
    return { refusal: 'source_not_found', ticketId: foreign };
  }
  if (sourceIds.includes(target)) {
    return { refusal: 'merge_into_itself' };
  }
  const duplicate = sourceIds.find((id, index) => sourceIds.indexOf(id) !== index);
  if (duplicate !== undefined) {
    return { refusal: 'duplicate_source', ticketId: duplicate };
  }
  // Locked in id order, so two merges over the same tickets never deadlock.
  const rows = await queryJsonRows<TicketRow>(
    executor,
    `select to_jsonb(t) as json_row from tickets t where t.id = any($1::uuid[]) order by t.id
     ${lock ? 'for update' : ''}`,
    [[target, ...sourceIds]],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const targetRow = byId.get(target);
  if (targetRow === undefined) {
    return { refusal: 'not_found' };
  }
  if (targetRow.merged_into_ticket_id) {
    return { refusal: 'target_merged', ticketId: target };
  }
  if (targetRow.status === 'closed') {
    return { refusal: 'target_closed', ticketId: target };
  }
  const sources: TicketRow[] = [];
  for (const id of sourceIds) {
    const row = byId.get(id);
    if (row === undefined) {
      return { refusal: 'source_not_found', ticketId: id };
    }
    if (row.merged_into_ticket_id) {
      return { refusal: 'source_already_merged', ticketId: id };
    }
    sources.push(row);
  }
  const holding = await executor.query<{ target_id: string }>(
    'select target_id from merges where target_id = any($1::uuid[]) and undone_at is null limit 1',
    [sourceIds],
  );
  if (holding[0] !== undefined) {
    return { refusal: 'source_is_merge_target', ticketId: holding[0].target_id };
  }
  const counts = await executor.query<{ messages: number | string; attachments: number | string }>(
    `select (select count(*) from messages where ticket_id = any($1::uuid[])) as messages,
            (select count(*) from attachments where ticket_id = any($2::uuid[])) as attachments`,
    [sourceIds, [target, ...sourceIds]],
  );
  const breaches = [targetRow, ...sources].flatMap((row) => breachesOf(row, context));
  return {
    target: targetRow,
    sources,
    differentCustomers: sources.some((source) => source.customer_id !== targetRow.customer_id),
    unverifiedIntoVerified:
      targetRow.requester_verified === true && sources.some((source) => source.requester_verified !== true),
    breaches,
    tags: sources.reduce<string[]>((tags, source) => unionInOrder(tags, source.tags), [...targetRow.tags]),
    sourceMessageCount: Number(counts[0]?.messages ?? 0),
    attachmentCount: Number(counts[0]?.attachments ?? 0),
  };
}

function breachNoteBody(breaches: readonly SlaBreach[]): string {
  const lines = breaches.map(
    (breach) =>
      `#${breach.ticket_number}: ${breach.clock === 'first_response' ? 'first response' : 'resolution'} ` +
      `SLA breached (due ${breach.due_at})`,
  );
  return `Recorded before merging:\n${lines.join('\n')}`;
}

async function recountMessages(transaction: SqlExecutor, ticketIds: readonly string[]): Promise<void> {
  await transaction.query(
    `update tickets t set message_count = (select count(*) from messages m where m.ticket_id = t.id)
     where t.id = any($1::uuid[])`,
    [ticketIds],
  );
}

async function audit(
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

async function applyMerge(
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

async function applyUndo(
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

/** The merge store over `database`. */
export function createMergeStore(database: SqlDatabase, options: MergeStoreOptions): MergeStore {
  return {
    preview: async (targetId, request) => {
      const plan = await planMerge(database, targetId, request, await options.slaContext(), false);
      if ('refusal' in plan) {
        return plan;
      }
      return {
        target_id: plan.target.id,
        source_ids: plan.sources.map((source) => source.id),
        message_count:
          Number(plan.target.message_count) +
          plan.sourceMessageCount +
          plan.sources.length +
          (plan.breaches.length > 0 ? 1 : 0),
        attachment_count: plan.attachmentCount,
        tags: plan.tags,
        target_status: plan.target.status,
        source_status: 'closed',
        different_customers: plan.differentCustomers,
        sla_breaches: plan.breaches,
      };
    },
    merge: async (targetId, request, agent, idempotency) => {
      const context = await options.slaContext();
      const outcome = await database.transaction((transaction) =>
        runIdempotent(transaction, idempotency, async (): Promise<MergeOutcome> => {
          const plan = await planMerge(transaction, targetId, request, context, true);
          if ('refusal' in plan) {
            return plan;
          }
          if (plan.differentCustomers && !roleAtLeast(agent.role, 'lead')) {
            return { refusal: 'lead_required' as const };
          }
          if (plan.unverifiedIntoVerified && !roleAtLeast(agent.role, 'lead')) {
            return { refusal: 'unverified_into_verified' as const };
          }
          if (plan.differentCustomers && request.confirm_different_customers !== true) {
            return { refusal: 'different_customers' as const };
          }
          const mergeId = await applyMerge(transaction, plan, agent, options);
          // Read here, not after the commit: a replay must answer with the target as this merge left it.
          const target = await getTicketDetail(transaction, plan.target.id, context);
          if (target === null) {
            throw new Error(`merge target ${plan.target.id} vanished inside its merge`);
          }
          return { merge: await readMergeRecord(transaction, mergeId), target };
        }),
      );
      if ('merge' in outcome) {
        options.announce();
        options.onTicketsEdited?.([
          ...editsOf([outcome.target]),
          ...outcome.merge.source_ids.map((id) => ({
            id,
            status: 'closed' as const,
            mergedInto: outcome.target.id,
          })),
        ]);
      }
      return outcome;
    },
    undo: async (mergeId, agent, idempotency) => {
      if (!isUuid(mergeId)) {
        return { refusal: 'not_found' };
      }
      const context = await options.slaContext();
      const outcome = await database.transaction((transaction) =>
        runIdempotent(transaction, idempotency, async (): Promise<MergeUndoOutcome> => {
          const undone = await applyUndo(transaction, mergeId, agent, options);
          if ('refusal' in undone) {
            return undone;
          }
          const tickets: TicketDetail[] = [];
          for (const ticketId of undone.ticketIds) {
            const ticket = await getTicketDetail(transaction, ticketId, context);
            if (ticket !== null) {
              tickets.push(ticket);
            }
          }
          return { merge: await readMergeRecord(transaction, mergeId), ticketIds: undone.ticketIds, tickets };
        }),
      );
      if ('merge' in outcome) {
        options.announce();
        options.onTicketsEdited?.(editsOf(outcome.tickets));
      }
      return outcome;
    },
    mergesOf: async (ticketId) => {
      if (!isUuid(ticketId)) {
        return null;
      }
      const exists = await database.query('select 1 from tickets where id = $1', [ticketId]);
      if (exists.length === 0) {
        return null;
      }
      const rows = await queryJsonRows<MergeRecord>(
        database,
        `${mergeRecordSelect} where g.target_id = $1 or $1 = any(g.source_ids) order by g.merged_at desc`,
        [ticketId.toLowerCase()],
      );
      return rows.map(recordFromRow);
    },
    ticketsOf: async (mergeId) => {
      if (!isUuid(mergeId)) {
        return [];
      }
      const rows = await database.query<{ id: string }>(
        `select target_id::text as id from merges where id = $1::uuid
         union all select unnest(source_ids)::text from merges where id = $1::uuid`,
        [mergeId.toLowerCase()],
      );
      return rows.map((row) => row.id);
    },
  };
}

/**
 * Where a customer message to `ticketId` belongs: the ticket a standing merge folded it into (and that
 * merge), or itself. Called inside the customer message's transaction.
 */
export async function customerMessageDestination(
  transaction: SqlExecutor,
  ticketId: string,
): Promise<{ ticketId: string; mergeId: string | null }> {
  const rows = await transaction.query<{ merged_into_ticket_id: string | null; merge_id: string | null }>(
    'select merged_into_ticket_id, merge_id from tickets where id = $1',
    [ticketId],
  );
  const row = rows[0];
  if (row?.merged_into_ticket_id && row.merge_id) {
    return { ticketId: row.merged_into_ticket_id, mergeId: row.merge_id };
  }
  return { ticketId, mergeId: null };
}

/** Marks a customer message (and its attachments) that landed on a merge target as addressed to `sourceId`. */
export async function markRoutedMessage(
  transaction: SqlExecutor,
  messageId: string,
  route: { sourceId: string; mergeId: string },
): Promise<void> {
  await transaction.query(
    `update messages set merged_from_ticket_id = $1, merge_id = $2,
       author_name = (select requester_name from tickets where id = $1) where id = $3`,
    [route.sourceId, route.mergeId, messageId],
  );
  await transaction.query(
    'update attachments set merged_from_ticket_id = $1, merge_id = $2 where message_id = $3',
    [route.sourceId, route.mergeId, messageId],
  );
}
