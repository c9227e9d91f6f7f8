import { agentPreferencesSchema, type AgentPreferences } from '../../shared/domain/workflow-schemas';
import type { SqlExecutor } from './database';
import { queryJsonRows } from './sql-helpers';

/**
 * The agent's stored preferences, `{}` when none. A document that no longer fits the schema (written by an
 * older or newer service) reads as `{}` rather than failing the console's start.
 */
export async function readAgentPreferences(
  executor: SqlExecutor,
  agentId: string,
): Promise<AgentPreferences> {
  // As JSON, so saved view names come back exactly as stored (see queryJsonRows).
  const rows = await queryJsonRows<unknown>(
    executor,
    'select preferences as json_row from agent_preferences where agent_id = $1',
    [agentId],
  );
  const parsed = agentPreferencesSchema.safeParse(rows[0] ?? {});
  return parsed.success ? parsed.data : {};
}

/** Replaces the agent's preferences with `preferences` (already validated) in one statement. */
export async function writeAgentPreferences(
  executor: SqlExecutor,
  agentId: string,
  preferences: AgentPreferences,
): Promise<void> {
  await executor.query(
    `insert into agent_preferences (agent_id, preferences) values ($1, $2::jsonb)
     on conflict (agent_id) do update set preferences = excluded.preferences, updated_at = now()`,
    [agentId, JSON.stringify(preferences)],
  );
}
