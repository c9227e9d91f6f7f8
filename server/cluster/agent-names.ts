import type { SqlExecutor } from '../storage/database';
import { isUuid } from '../storage/sql-helpers';

/** The names of the agents with these ids (unknown ids are left out): other nodes' presence carries ids only. */
export async function readAgentNames(
  executor: SqlExecutor,
  agentIds: readonly string[],
): Promise<Map<string, string>> {
  const rows = await executor.query<{ id: string; name: string }>(
    'select id, name from agents where id = any($1::uuid[])',
    [agentIds.filter(isUuid)],
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}
