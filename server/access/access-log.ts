import type { AccessKind, AccessLogEntry } from '../../shared/access/access-schemas';
import type { SqlDatabase, SqlExecutor } from '../storage/database';
import { createGroupCommit } from '../storage/group-commit';
import { ParameterList, queryJsonRows } from '../storage/sql-helpers';
import { isoTime, type TimestampValue } from '../storage/rows';

/** One thing an agent read, searched or exported, as the service records it. */
export interface AccessRecord {
  agentId: string;
  ticketId: string | null;
  kind: AccessKind;
  query?: string | null;
  resultCount?: number | null;
  /** False for reads of tickets assigned to the agent: they never count against the read budget. */
  counted?: boolean;
  /** Milliseconds since the epoch. */
  at: number;
}

/** Which entries `AccessLog.list` returns; every field narrows the list. */
export interface AccessLogFilter {
  agentId?: string;
  ticketId?: string;
  kind?: AccessKind;
  /** Milliseconds since the epoch: at or after. */
  since?: number;
  /** Milliseconds since the epoch: before. */
  until?: number;
  limit: number;
}

/** The access log (docs/security.md "Reads"): batched writes, filtered reads. */
export interface AccessLog {
  /**
   * Records `entry`; resolves once it is stored. Entries recorded while a write is in flight are stored
   * together in the next one (one multi-row insert), so a burst of reads costs a few statements.
   */
  record(entry: AccessRecord): Promise<void>;
  /** Entries matching `filter`, newest first, with the agent's name and the ticket's number. */
  list(filter: AccessLogFilter): Promise<AccessLogEntry[]>;
  /**
   * For each ticket `agentId` opened at or after `since` (ms) that counts against the budget: the last time
   * it was opened (ms).
   */
  countedReadsSince(agentId: string, since: number): Promise<Map<string, number>>;
  /** Deletes the entries older than `before` (ms since the epoch); resolves with how many went. */
  prune(before: number): Promise<number>;
}

/** Rows per insert statement (7 parameters each, well under PostgreSQL's 65,535). */
const rowsPerWrite = 1000;

async function insertRecords(executor: SqlExecutor, records: readonly AccessRecord[]): Promise<void> {
  const column = <T>(pick: (record: AccessRecord) => T): T[] => records.map(pick);
  await executor.query(
    `insert into access_log (agent_id, ticket_id, kind, query, result_count, counted, at)
     select agent_id, ticket_id, kind, query, result_count, counted, at::timestamptz
     from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::integer[], $6::boolean[], $7::text[])
       as given(agent_id, ticket_id, kind, query, result_count, counted, at)`,
    [
      column((record) => record.agentId),
      column((record) => record.ticketId),
      column((record) => record.kind),
      column((record) => record.query ?? null),
      column((record) => record.resultCount ?? null),
      column((record) => record.counted ?? true),
      column((record) => new Date(record.at).toISOString()),
    ],
  );
}

interface EntryRow {
  agent_id: string;
  agent_name: string;
  ticket_id: string | null;
  ticket_number: number | string | null;
  kind: AccessKind;
  query: string | null;
  result_count: number | null;
  at: TimestampValue;
}

/** The access log over `database`. */
export function createAccessLog(database: SqlDatabase): AccessLog {
  // The intake's group commit (storage/group-commit.ts): one writer at a time, everything queued meanwhile
  // goes in the next insert. A failed group is retried entry by entry, so one bad entry fails alone.
  const submit = createGroupCommit<AccessRecord, void>({
    maxItems: rowsPerWrite,
    maxWeight: rowsPerWrite,
    weightOf: () => 1,
    write: async (records) => {
      await insertRecords(database, records);
      return records.map(() => undefined);
    },
    onCommitted: () => undefined,
  });
  return {
    record: submit,
    list: async (filter) => {
      const parameters = new ParameterList();
      const conditions: string[] = [];
      if (filter.agentId !== undefined) {
        conditions.push(`l.agent_id = ${parameters.add(filter.agentId)}::uuid`);
      }
      if (filter.ticketId !== undefined) {
        conditions.push(`l.ticket_id = ${parameters.add(filter.ticketId)}::uuid`);
      }
      if (filter.kind !== undefined) {
        conditions.push(`l.kind = ${parameters.add(filter.kind)}`);
      }
      if (filter.since !== undefined) {
        conditions.push(`l.at >= ${parameters.add(new Date(filter.since).toISOString())}::timestamptz`);
      }
      if (filter.until !== undefined) {
        conditions.push(`l.at < ${parameters.add(new Date(filter.until).toISOString())}::timestamptz`);
      }
      const where = conditions.length > 0 ? `where ${conditions.join(' and ')}` : '';
      const rows = await queryJsonRows<EntryRow>(
        database,
        `select json_build_object('agent_id', l.agent_id, 'agent_name', a.name, 'ticket_id', l.ticket_id,
           'ticket_number', t.number, 'kind', l.kind, 'query', l.query, 'result_count', l.result_count,
           'at', l.at) as json_row
         from access_log l join agents a on a.id = l.agent_id left join tickets t on t.id = l.ticket_id
         ${where} order by l.at desc, l.id desc limit ${parameters.add(filter.limit)}`,
        parameters.values,
      );
      return rows.map((row) => ({
        ...row,
        ticket_number: row.ticket_number === null ? null : Number(row.ticket_number),
        at: isoTime(row.at),
      }));
    },
    countedReadsSince: async (agentId, since) => {
      const rows = await database.query<{ ticket_id: string; last_at: TimestampValue }>(
        `select ticket_id, max(at) as last_at from access_log
         where agent_id = $1 and kind = 'read' and counted and at >= $2::timestamptz
         group by ticket_id`,
        [agentId, new Date(since).toISOString()],
      );
      return new Map(rows.map((row) => [row.ticket_id, Date.parse(isoTime(row.last_at))]));
    },
    prune: async (before) => {
      const rows = await database.query<{ count: number | string }>(
        `with gone as (delete from access_log where at < $1::timestamptz returning 1)
         select count(*) as count from gone`,
        [new Date(before).toISOString()],
      );
      return Number(rows[0]?.count ?? 0);
    },
  };
}
