import type { AgentAccount } from '../../shared/domain/account-schemas';
import type { AgentRole } from '../../shared/domain/vocabulary';
import { emailKey } from '../storage/agent-store';
import { hashPassword, unmatchablePasswordHash, verifyPassword } from '../storage/credentials';
import type { SqlExecutor } from '../storage/database';
import { queryJsonRows } from '../storage/sql-helpers';
import { activeSessionCounts } from './sessions';

/** Accounts as leads manage them: listing, disabling and enabling, and an agent's own password. */

/** An agent's account row (the service's own accounts excluded). */
interface AccountRow {
  id: string;
  name: string;
  email: string;
  role: AgentRole;
  disabled: boolean;
  mfa_enabled: boolean;
}

/**
 * Whether the agent has a confirmed second factor, as SQL over the agents table `a`. Before migration 0016
 * (MFA) is applied the table does not exist, so this is only used once both are (the service migrates first).
 */
const mfaEnabledSql =
  'exists (select 1 from agent_mfa m where m.agent_id = a.id and m.confirmed_at is not null)';

const accountJson = `json_build_object('id', a.id, 'name', a.name, 'email', a.email, 'role', a.role,
  'disabled', a.is_disabled, 'mfa_enabled', ${mfaEnabledSql}) as json_row`;

/** Every person's account (not the service's own), by name, with how many sessions each has open at `now`. */
export async function listAccounts(executor: SqlExecutor, now: number): Promise<AgentAccount[]> {
  const rows = await queryJsonRows<AccountRow>(
    executor,
    `select ${accountJson} from agents a where not a.is_system order by a.name, a.email`,
  );
  const sessions = await activeSessionCounts(executor, now);
  return rows.map((row) => ({ ...row, active_sessions: sessions.get(row.id) ?? 0 }));
}

/** One person's account, or null (unknown id, or one of the service's own accounts). */
export async function findAccount(
  executor: SqlExecutor,
  agentId: string,
  now: number,
): Promise<AgentAccount | null> {
  const rows = await queryJsonRows<AccountRow>(
    executor,
    `select ${accountJson} from agents a where a.id::text = lower($1) and not a.is_system`,
    [agentId],
  );
  const row = rows[0];
  if (!row) {
    return null;
  }
  const sessions = await activeSessionCounts(executor, now);
  return { ...row, active_sessions: sessions.get(row.id) ?? 0 };
}

/** Marks the agent disabled (or enabled again) at `now`. */
export async function setAgentDisabled(
  executor: SqlExecutor,
  agentId: string,
  disabled: boolean,
  now: number,
): Promise<void> {
  await executor.query(
    'update agents set is_disabled = $2, disabled_at = $3 where id = $1 and not is_system',
    [agentId, disabled, disabled ? new Date(now) : null],
  );
}

/** What a login's password step found. */
export interface PasswordCheck {
  /** The enabled agent whose password matched, or null. */
  agentId: string | null;
  emailKey: string;
}

/**
 * Checks an e-mail and password: matches only an enabled agent with a password. Takes as long for an unknown
 * e-mail as for a known one (a hash is always computed).
 */
export async function checkPassword(
  executor: SqlExecutor,
  email: string,
  password: string,
): Promise<PasswordCheck> {
  const key = emailKey(email);
  const rows = await executor.query<{ id: string; password_hash: string | null }>(
    'select id, password_hash from agents where email_key = $1 and not is_disabled and not is_system',
    [key],
  );
  const row = rows[0];
  const isMatch = await verifyPassword(password, row?.password_hash ?? unmatchablePasswordHash);
  return { agentId: row && row.password_hash !== null && isMatch ? row.id : null, emailKey: key };
}

/** Whether `password` is the agent's current one. */
export async function isCurrentPassword(
  executor: SqlExecutor,
  agentId: string,
  password: string,
): Promise<boolean> {
  const rows = await executor.query<{ password_hash: string | null }>(
    'select password_hash from agents where id = $1',
    [agentId],
  );
  const stored = rows[0]?.password_hash ?? null;
  const isMatch = await verifyPassword(password, stored ?? unmatchablePasswordHash);
  return stored !== null && isMatch;
}

/** Stores a new password for the agent. */
export async function setPassword(
  executor: SqlExecutor,
  agentId: string,
  password: string,
  now: number,
): Promise<void> {
  await executor.query('update agents set password_hash = $2, password_changed_at = $3 where id = $1', [
    agentId,
    await hashPassword(password),
    new Date(now),
  ]);
}
