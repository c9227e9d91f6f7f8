import type { Change } from '../../shared/domain/schemas';
import type { ChangeType } from '../../shared/domain/vocabulary';
import { advisoryLocks } from './advisory-locks';
import type { SqlExecutor } from './database';
import { changeFromRow, type ChangeRow } from './rows';

/** A change a write transaction records. */
export interface NewChange {
  type: ChangeType;
  ticketId: string | null;
  agentId: string | null;
}

/**
 * Appends `changes` to the log inside the caller's transaction and resolves with their sequence numbers.
 * Call it last in the transaction: it takes the change-log lock, held until commit, so that transactions
 * commit in the order of the sequence numbers they took.
 */
export async function appendChanges(
  transaction: SqlExecutor,
  changes: readonly NewChange[],
): Promise<number[]> {
  if (changes.length === 0) {
    return [];
  }
  await transaction.query('select pg_advisory_xact_lock($1)', [advisoryLocks.changeLog]);
  const rows = await transaction.query<{ seq: number | string }>(
    `insert into changes (type, ticket_id, agent_id)
     select type, ticket_id, agent_id from unnest($1::text[], $2::uuid[], $3::uuid[]) as change(type, ticket_id, agent_id)
     returning seq`,
    [
      changes.map((change) => change.type),
      changes.map((change) => change.ticketId),
      changes.map((change) => change.agentId),
    ],
  );
  return rows.map((row) => Number(row.seq));
}

/** Up to `limit` changes with a sequence number above `since`, in sequence order. */
export async function readChangesSince(
  executor: SqlExecutor,
  since: number,
  limit: number,
): Promise<Change[]> {
  const rows = await executor.query<ChangeRow>(
    'select seq, type, ticket_id, at from changes where seq > $1 order by seq limit $2',
    [since, limit],
  );
  return rows.map(changeFromRow);
}

/** The sequence number of the newest change, 0 when the log is empty. */
export async function latestChangeSeq(executor: SqlExecutor): Promise<number> {
  const rows = await executor.query<{ seq: number | string | null }>('select max(seq) as seq from changes');
  return Number(rows[0]?.seq ?? 0);
}

/** The `agent_id` of each of the changes `seqs` that has one, by sequence number. */
export async function readChangeAgentIds(
  executor: SqlExecutor,
  seqs: readonly number[],
): Promise<Map<number, string>> {
  if (seqs.length === 0) {
    return new Map();
  }
  const rows = await executor.query<{ seq: number | string; agent_id: string }>(
    'select seq, agent_id from changes where seq = any($1::bigint[]) and agent_id is not null',
    [seqs],
  );
  return new Map(rows.map((row) => [Number(row.seq), row.agent_id]));
}
