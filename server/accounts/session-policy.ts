import { sessionPolicySchema, type SessionPolicy } from '../../shared/domain/account-schemas';
import type { SqlExecutor } from '../storage/database';

/**
 * The session rules leads set, kept as JSON in `settings` under `session_policy`. Token checks read the
 * lifetimes in the same query as the token (see `sessions.ts`), so a change applies at once on every node.
 */

/** The setting's key in the `settings` table. */
export const sessionPolicyKey = 'session_policy';

/** Without a lead's setting: an hour unused ends a token, a shift (12 hours) ends any session; MFA optional. */
export const defaultSessionPolicy: SessionPolicy = {
  idle_minutes: 60,
  absolute_hours: 12,
  require_mfa: false,
};

/** The stored policy, or the default (also when a stored value no longer parses). */
export async function readSessionPolicy(executor: SqlExecutor): Promise<SessionPolicy> {
  const rows = await executor.query<{ value: unknown }>('select value from settings where key = $1', [
    sessionPolicyKey,
  ]);
  const parsed = sessionPolicySchema.safeParse(rows[0]?.value);
  return parsed.success ? parsed.data : defaultSessionPolicy;
}

/** Replaces the policy. */
export async function writeSessionPolicy(executor: SqlExecutor, policy: SessionPolicy): Promise<void> {
  await executor.query(
    `insert into settings (key, value) values ($1, $2::jsonb)
     on conflict (key) do update set value = excluded.value, updated_at = now()`,
    [sessionPolicyKey, JSON.stringify(policy)],
  );
}
