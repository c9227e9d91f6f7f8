import type { MergeRequest, SlaBreach } from '../../shared/domain/merge-schemas';
import { ticketFromRow, type SlaReadContext, type TicketRow } from '../storage/rows';
import type { SqlExecutor } from '../storage/database';
import { isUuid, queryJsonRows } from '../storage/sql-helpers';
import type { MergeRefusal } from './merge-store';

/**
 * Planning a merge (docs/merging.md): reading the target and sources, every refusal but the customers',
 * and what the merge would produce. The preview shows a plan; the merge applies one (`merge-apply.ts`).
 */

/** What a merge of its tickets would produce, read before anything is written. */
export interface MergePlan {
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

/** `base` with each value of `added` it lacks appended, in their order. */
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
export async function planMerge(
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
