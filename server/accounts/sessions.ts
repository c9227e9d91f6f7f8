import { sessionEndReasons, type SessionEnded } from '../../shared/domain/account-schemas';
import type { Agent } from '../../shared/domain/schemas';
import { generateToken, hashToken } from '../storage/credentials';
import type { SqlExecutor, SqlParameter } from '../storage/database';
import { agentFromRow, type AgentRow } from '../storage/rows';
import { queryJsonRows } from '../storage/sql-helpers';
import { defaultSessionPolicy, sessionPolicyKey } from './session-policy';

/**
 * Agents' sessions: each API token is stored as its SHA-256 hash (`api_tokens`, the token itself is 256 random
 * bits and is never stored) with the time its session began and the time it was last used. A token is valid
 * while its agent is enabled, its session is younger than the absolute lifetime and it was used within the
 * idle lifetime; both lifetimes come from the leads' `session_policy` setting, read in the same query, so a
 * change applies to sessions already open, on every node. Tokens with `expires = false` (the desktop shell's
 * local agent) never end by time.
 */

/** Why a session ended. */
export type SessionEndReason = SessionEnded['reason'];

/** A token is marked used at most this often (one write per minute per token, not one per request). */
const touchIntervalMs = 60_000;

/** The lifetimes in force, as SQL expressions over the joined `settings` row `p` (defaults when absent). */
const idleSeconds = `coalesce((p.value ->> 'idle_minutes')::integer, ${defaultSessionPolicy.idle_minutes}) * 60`;
const absoluteSeconds = `coalesce((p.value ->> 'absolute_hours')::integer, ${defaultSessionPolicy.absolute_hours}) * 3600`;

/** What a token check found. */
export interface SessionMatch {
  agent: Agent;
  tokenHash: string;
  /** When the session ends at the latest (absolute lifetime); null for tokens that never expire. */
  expiresAt: Date | null;
  idleTimeoutSeconds: number | null;
}

/** Options of `issueSessionToken`. */
export interface IssueOptions {
  /** False for the desktop shell's local agent: the token never ends by time. True by default. */
  expires?: boolean;
}

/** Issues a new token for `agentId` (only its hash is stored) and resolves with it and its absolute end. */
export async function issueSessionToken(
  executor: SqlExecutor,
  agentId: string,
  label: string,
  now: number,
  options: IssueOptions = {},
): Promise<{ token: string; expiresAt: Date | null; idleTimeoutSeconds: number | null }> {
  const token = generateToken();
  const expires = options.expires ?? true;
  // The agent's sessions that ended by time go now: the table holds live sessions, not history.
  await executor.query(
    `delete from api_tokens t using (select 1) as one left join settings p on p.key = '${sessionPolicyKey}'
     where t.agent_id = $1 and not ${validAt}`,
    [agentId, new Date(now)],
  );
  const rows = await executor.query<{ absolute_seconds: number; idle_seconds: number }>(
    `with issued as (
       insert into api_tokens (token_hash, agent_id, label, session_started_at, last_used_at, expires)
       values ($1, $2, $3, $4, $4, $5) returning 1
     )
     select ${absoluteSeconds} as absolute_seconds, ${idleSeconds} as idle_seconds
     from issued left join settings p on p.key = '${sessionPolicyKey}'`,
    [hashToken(token), agentId, label, new Date(now), expires],
  );
  const row = rows[0];
  return expires && row
    ? {
        token,
        expiresAt: new Date(now + Number(row.absolute_seconds) * 1000),
        idleTimeoutSeconds: Number(row.idle_seconds),
      }
    : { token, expiresAt: null, idleTimeoutSeconds: null };
}

/** The condition a valid token row `t` (joined with `p`, the policy) meets at `$2` (now). */
const validAt = `(not t.expires or (
    t.session_started_at + make_interval(secs => ${absoluteSeconds}) > $2
    and t.last_used_at + make_interval(secs => ${idleSeconds}) > $2))`;

/**
 * The session `token` opens at `now`, or null (unknown, ended by time, signed out, or its agent disabled).
 * Marks the token used (at most once a minute).
 */
export async function findSession(
  executor: SqlExecutor,
  token: string,
  now: number,
): Promise<SessionMatch | null> {
  const tokenHash = hashToken(token);
  const at = new Date(now);
  const rows = await queryJsonRows<{
    agent: AgentRow;
    expires: boolean;
    session_started_at: string;
    last_used_at: string;
    absolute_seconds: number;
    idle_seconds: number;
  }>(
    executor,
    `select json_build_object(
       'agent', json_build_object('id', a.id, 'email', a.email, 'name', a.name, 'role', a.role),
       'expires', t.expires, 'session_started_at', t.session_started_at, 'last_used_at', t.last_used_at,
       'absolute_seconds', ${absoluteSeconds}, 'idle_seconds', ${idleSeconds}) as json_row
     from api_tokens t join agents a on a.id = t.agent_id
     left join settings p on p.key = '${sessionPolicyKey}'
     where t.token_hash = $1 and not a.is_disabled and ${validAt}`,
    [tokenHash, at],
  );
  const row = rows[0];
  if (!row) {
    return null;
  }
  if (row.expires && now - Date.parse(row.last_used_at) >= touchIntervalMs) {
    await executor.query(
      'update api_tokens set last_used_at = $2 where token_hash = $1 and last_used_at < $2',
      [tokenHash, at],
    );
  }
  return {
    agent: agentFromRow(row.agent),
    tokenHash,
    expiresAt: row.expires
      ? new Date(Date.parse(row.session_started_at) + row.absolute_seconds * 1000)
      : null,
    idleTimeoutSeconds: row.expires ? row.idle_seconds : null,
  };
}

/** Of `tokenHashes`, those that still open a session at `now` (the live sockets' periodic check). */
export async function liveTokenHashes(
  executor: SqlExecutor,
  tokenHashes: readonly string[],
  now: number,
): Promise<Set<string>> {
  if (tokenHashes.length === 0) {
    return new Set();
  }
  const rows = await executor.query<{ token_hash: string }>(
    `select t.token_hash from api_tokens t join agents a on a.id = t.agent_id
     left join settings p on p.key = '${sessionPolicyKey}'
     where t.token_hash = any($1::text[]) and not a.is_disabled and ${validAt}`,
    [[...tokenHashes], new Date(now)],
  );
  return new Set(rows.map((row) => row.token_hash));
}

/** How long the reason a session ended is kept for the 401s its token still gets. */
const endedRetentionMs = 30 * 24 * 3600 * 1000;

/**
 * Deletes the tokens `where` selects (SQL over `api_tokens`, parameters from `$3`) and records why each
 * session ended, pruning reasons older than the retention. Resolves with how many sessions ended.
 */
async function endSessions(
  executor: SqlExecutor,
  where: string,
  parameters: readonly SqlParameter[],
  reason: SessionEndReason,
  now: number,
): Promise<number> {
  await executor.query('delete from ended_sessions where ended_at < $1', [new Date(now - endedRetentionMs)]);
  const rows = await executor.query(
    `with ended as (delete from api_tokens where ${where} returning token_hash)
     insert into ended_sessions (token_hash, reason, ended_at)
     select token_hash, $1, $2 from ended
     on conflict (token_hash) do update set reason = excluded.reason, ended_at = excluded.ended_at
     returning 1`,
    [reason, new Date(now), ...parameters],
  );
  return rows.length;
}

/** Ends one session (sign-out). Resolves with whether the token existed. */
export async function revokeSession(
  executor: SqlExecutor,
  tokenHash: string,
  reason: SessionEndReason,
  now: number,
): Promise<boolean> {
  return (await endSessions(executor, 'token_hash = $3', [tokenHash], reason, now)) > 0;
}

/** Ends every session of `agentId`, except the one `keepTokenHash` names. Resolves with how many ended. */
export async function revokeAgentSessions(
  executor: SqlExecutor,
  agentId: string,
  reason: SessionEndReason,
  now: number,
  keepTokenHash: string | null = null,
): Promise<number> {
  return endSessions(
    executor,
    'agent_id = $3 and token_hash is distinct from $4',
    [agentId, keepTokenHash],
    reason,
    now,
  );
}

/**
 * Why the session of `token` ended, for a token that no longer opens one: the recorded reason (signed out,
 * disabled, password changed), `disabled` or `expired` for a token still stored whose agent is disabled or
 * whose lifetime ran out, or null for a token the service never issued (or ended more than 30 days ago).
 */
export async function endedSessionReason(
  executor: SqlExecutor,
  token: string,
): Promise<SessionEndReason | null> {
  const tokenHash = hashToken(token);
  return (await endedSessionReasons(executor, [tokenHash])).get(tokenHash) ?? null;
}

/**
 * `endedSessionReason` by token hash, for the live sockets' periodic check: of `tokenHashes`, why each that
 * the service knows ended. Call it only with hashes that no longer open a session (a stored, still valid
 * token would read `expired`).
 */
export async function endedSessionReasons(
  executor: SqlExecutor,
  tokenHashes: readonly string[],
): Promise<Map<string, SessionEndReason>> {
  if (tokenHashes.length === 0) {
    return new Map();
  }
  const rows = await executor.query<{ token_hash: string; reason: string | null }>(
    `select h.token_hash, coalesce(
       (select e.reason from ended_sessions e where e.token_hash = h.token_hash),
       (select case when a.is_disabled then 'disabled' else 'expired' end
        from api_tokens t join agents a on a.id = t.agent_id where t.token_hash = h.token_hash)) as reason
     from unnest($1::text[]) as h(token_hash)`,
    [[...tokenHashes]],
  );
  const reasons = new Map<string, SessionEndReason>();
  for (const row of rows) {
    const reason = sessionEndReasons.find((known) => known === row.reason);
    if (reason !== undefined) {
      reasons.set(row.token_hash, reason);
    }
  }
  return reasons;
}

/** How many sessions each agent has open at `now`. */
export async function activeSessionCounts(executor: SqlExecutor, now: number): Promise<Map<string, number>> {
  const rows = await executor.query<{ agent_id: string; count: number }>(
    `select t.agent_id, count(*)::integer as count from api_tokens t
     left join settings p on p.key = '${sessionPolicyKey}'
     where ${validAt.replaceAll('$2', '$1')} group by t.agent_id`,
    [new Date(now)],
  );
  return new Map(rows.map((row) => [row.agent_id, Number(row.count)]));
}
