import type { MergeRecord } from '../../shared/domain/merge-schemas';
import type { SqlExecutor } from '../storage/database';
import { isoTime } from '../storage/rows';
import { isUuid, queryJsonRows } from '../storage/sql-helpers';

/** Reading merges back as the API shows them (`MergeRecord`): one merge, a ticket's merge history. */

/** Selects merges (`g`) with their agents' names as `MergeRecord` JSON; callers add the `where`. */
const mergeRecordSelect = `select json_build_object(
    'id', g.id, 'target_id', g.target_id, 'source_ids', g.source_ids,
    'merged_by', json_build_object('id', a.id, 'name', a.name),
    'merged_at', g.merged_at, 'undo_until', g.undo_until, 'undone_at', g.undone_at,
    'undone_by', case when u.id is null then null else json_build_object('id', u.id, 'name', u.name) end,
    'different_customers', g.different_customers, 'sla_breaches', g.sla_breaches) as json_row
  from merges g join agents a on a.id = g.merged_by left join agents u on u.id = g.undone_by`;

/** Timestamps as ISO strings, whichever form the driver returned. */
function recordFromRow(row: MergeRecord): MergeRecord {
  return {
    ...row,
    merged_at: isoTime(row.merged_at),
    undo_until: isoTime(row.undo_until),
    undone_at: row.undone_at === null ? null : isoTime(row.undone_at),
  };
}

/** Merge `mergeId`, which must exist (read inside the transaction that wrote it). */
export async function readMergeRecord(executor: SqlExecutor, mergeId: string): Promise<MergeRecord> {
  const rows = await queryJsonRows<MergeRecord>(executor, `${mergeRecordSelect} where g.id = $1`, [mergeId]);
  const row = rows[0];
  if (row === undefined) {
    throw new Error(`merge ${mergeId} vanished`);
  }
  return recordFromRow(row);
}

/** Merges where the ticket is the target or a source, newest first; null for an unknown ticket. */
export async function readMergesOf(executor: SqlExecutor, ticketId: string): Promise<MergeRecord[] | null> {
  if (!isUuid(ticketId)) {
    return null;
  }
  const exists = await executor.query('select 1 from tickets where id = $1', [ticketId]);
  if (exists.length === 0) {
    return null;
  }
  const rows = await queryJsonRows<MergeRecord>(
    executor,
    `${mergeRecordSelect} where g.target_id = $1 or $1 = any(g.source_ids) order by g.merged_at desc`,
    [ticketId.toLowerCase()],
  );
  return rows.map(recordFromRow);
}

/** The target and sources of merge `mergeId` (empty for an unknown merge). */
export async function readTicketsOfMerge(executor: SqlExecutor, mergeId: string): Promise<string[]> {
  if (!isUuid(mergeId)) {
    return [];
  }
  const rows = await executor.query<{ id: string }>(
    `select target_id::text as id from merges where id = $1::uuid
         union all select unnest(source_ids)::text from merges where id = $1::uuid`,
    [mergeId.toLowerCase()],
  );
  return rows.map((row) => row.id);
}
