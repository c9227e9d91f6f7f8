import type { SqlExecutor } from './database';

/** Keys of the service's own settings table. */
export type SettingKey =
  | 'demo_loaded_at'
  | 'sla_policy'
  | 'checklist_rules'
  | 'official_domains'
  // The highest ticket number whose possible duplicates and related tickets were computed (imports, demo).
  | 'duplicates_annotated_through'
  // The lead's read budget (server/access/read-guard.ts).
  | 'read_limits'
  // The lead's team scope: agents see only their teams' tickets (server/access/team-scope.ts).
  | 'team_scope'
  // How many days the access log keeps entries (server/access/read-guard.ts).
  | 'access_log_retention'
  // Where re-evaluating stored open tickets' checklists for the current rules stands (checklist-backfill.ts).
  | 'checklist_backfill';

/** The JSON value stored under `key`, or null. */
export async function readSetting(executor: SqlExecutor, key: SettingKey): Promise<unknown> {
  const rows = await executor.query<{ value: unknown }>('select value from settings where key = $1', [key]);
  return rows[0]?.value ?? null;
}

/** Stores a JSON value under `key`, replacing any earlier one. */
export async function writeSetting(executor: SqlExecutor, key: SettingKey, value: unknown): Promise<void> {
  await executor.query(
    `insert into settings (key, value) values ($1, $2::jsonb)
     on conflict (key) do update set value = excluded.value, updated_at = now()`,
    [key, JSON.stringify(value)],
  );
}
