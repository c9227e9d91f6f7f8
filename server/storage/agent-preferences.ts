import {
  agentPreferencesSchema,
  patchablePreferenceKeys,
  type AgentPreferences,
  type AgentPreferencesPatch,
  type SavedView,
} from '../../shared/domain/workflow-schemas';
import { appendChanges } from './change-log';
import type { SqlDatabase, SqlExecutor } from './database';
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

/**
 * Replaces the agent's preferences with `preferences` (already validated) and records `preferences.updated`
 * for that agent, in one transaction: the agent's other consoles hear of it and read them again.
 */
export async function saveAgentPreferences(
  database: SqlDatabase,
  agentId: string,
  preferences: AgentPreferences,
): Promise<void> {
  await database.transaction(async (transaction) => {
    await writeAgentPreferences(transaction, agentId, preferences);
    await recordPreferencesChange(transaction, agentId);
  });
}

/** Appends `preferences.updated` of `agentId` (last in the transaction: it takes the change-log lock). */
function recordPreferencesChange(transaction: SqlExecutor, agentId: string): Promise<number[]> {
  return appendChanges(transaction, [{ type: 'preferences.updated', ticketId: null, agentId }]);
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

/** The agent's preferences, read holding their row (made first when missing) until the transaction ends. */
async function readLockedPreferences(transaction: SqlExecutor, agentId: string): Promise<AgentPreferences> {
  await transaction.query(
    `insert into agent_preferences (agent_id, preferences) values ($1, '{}'::jsonb)
     on conflict (agent_id) do nothing`,
    [agentId],
  );
  await transaction.query('select 1 from agent_preferences where agent_id = $1 for update', [agentId]);
  return readAgentPreferences(transaction, agentId);
}

/**
 * Sets the preferences `patch` names (`null` removes one) and keeps every other as stored, saved views
 * included, in one transaction holding the agent's row: the console's paused save of its columns and sorts
 * this way never reads and writes back a document another machine changed in between.
 */
export async function patchAgentPreferences(
  database: SqlDatabase,
  agentId: string,
  patch: AgentPreferencesPatch,
): Promise<AgentPreferences> {
  return database.transaction(async (transaction) => {
    const next: AgentPreferences = { ...(await readLockedPreferences(transaction, agentId)) };
    for (const key of patchablePreferenceKeys) {
      const value = patch[key];
      if (value === null) {
        delete next[key];
      } else if (value !== undefined) {
        Object.assign(next, { [key]: value });
      }
    }
    await writeAgentPreferences(transaction, agentId, next);
    await recordPreferencesChange(transaction, agentId);
    return next;
  });
}

/** The most saved views an agent keeps (as `agentPreferencesSchema` allows). */
export const maximumSavedViews = 50;

/**
 * Adds or replaces (by id) one saved view in the agent's preferences, leaving every other preference as
 * stored, in one transaction holding the agent's row: the console's outbox sends a view saved offline this
 * way, so it cannot overwrite a column change made meanwhile on another machine. Saving the same view again
 * changes nothing more (the outbox may retry it). Null when the agent already keeps the most views.
 */
export async function saveAgentView(
  database: SqlDatabase,
  agentId: string,
  view: SavedView,
): Promise<AgentPreferences | null> {
  return database.transaction(async (transaction) => {
    const preferences = await readLockedPreferences(transaction, agentId);
    const views = preferences.saved_views ?? [];
    const isKnown = views.some((saved) => saved.id === view.id);
    if (!isKnown && views.length >= maximumSavedViews) {
      return null;
    }
    const next: AgentPreferences = {
      ...preferences,
      saved_views: isKnown ? views.map((saved) => (saved.id === view.id ? view : saved)) : [...views, view],
    };
    await writeAgentPreferences(transaction, agentId, next);
    await recordPreferencesChange(transaction, agentId);
    return next;
  });
}

/**
 * Removes the saved view `viewId` from the agent's preferences (with the sort the console kept for it under
 * `view_sorts`), leaving every other preference as stored, in one transaction holding the agent's row.
 * Deleting a view that is not there (already deleted, on this or another machine) changes nothing and is not
 * an error: the console's outbox may send the deletion again.
 */
export async function deleteAgentView(
  database: SqlDatabase,
  agentId: string,
  viewId: string,
): Promise<AgentPreferences> {
  return database.transaction(async (transaction) => {
    await transaction.query('select 1 from agent_preferences where agent_id = $1 for update', [agentId]);
    const preferences = await readAgentPreferences(transaction, agentId);
    const views = preferences.saved_views ?? [];
    const sortKey = `saved:${viewId}`;
    const hasSort = preferences.view_sorts !== undefined && sortKey in preferences.view_sorts;
    if (!views.some((view) => view.id === viewId) && !hasSort) {
      return preferences;
    }
    const next: AgentPreferences = {
      ...preferences,
      saved_views: views.filter((view) => view.id !== viewId),
    };
    if (preferences.view_sorts) {
      next.view_sorts = Object.fromEntries(
        Object.entries(preferences.view_sorts).filter(([key]) => key !== sortKey),
      );
    }
    await writeAgentPreferences(transaction, agentId, next);
    await recordPreferencesChange(transaction, agentId);
    return next;
  });
}
