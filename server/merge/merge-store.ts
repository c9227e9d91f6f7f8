import type { Agent, TicketDetail } from '../../shared/domain/schemas';
import type { MergePreview, MergeRecord, MergeRequest } from '../../shared/domain/merge-schemas';
import { editsOf, type TicketEdit } from '../storage/ticket-edits';
import { roleAtLeast } from '../../shared/domain/vocabulary';
import type { SqlDatabase, SqlExecutor } from '../storage/database';
import { runIdempotent, type IdempotentWrite } from '../storage/idempotency';
import type { SlaReadContext } from '../storage/rows';
import { isUuid } from '../storage/sql-helpers';
import { getTicketDetail } from '../storage/ticket-reads';
import { applyMerge } from './merge-apply';
import { planMerge } from './merge-plan';
import { readMergeRecord, readMergesOf, readTicketsOfMerge } from './merge-records';
import { applyUndo } from './merge-undo';

/**
 * Merging duplicate tickets and undoing merges in storage (docs/merging.md). The rules are those of
 * `shared/merge/merge.ts`, applied to rows: sources' messages and attachments move to the target carrying
 * `merged_from_ticket_id` and `merge_id`, each source's opening text becomes a message on the target, tags
 * unite, SLA breaches are recorded (merge row, internal note, audit log) before anything moves, sources
 * close with `merged_into_ticket_id`. Undo moves back exactly the rows carrying the merge id. Each merge or
 * undo is one transaction ending with `ticket.updated` for every ticket it touched.
 * Here: the store's interface and its transactions; planning is `merge-plan.ts`, the writes
 * `merge-apply.ts` and `merge-undo.ts`, the reads `merge-records.ts`.
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
    mergesOf: (ticketId) => readMergesOf(database, ticketId),
    ticketsOf: (mergeId) => readTicketsOfMerge(database, mergeId),
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
