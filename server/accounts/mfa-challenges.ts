import { generateToken, hashToken } from '../storage/credentials';
import type { SqlExecutor } from '../storage/database';

/**
 * The second step of a login. After a right password for an agent who has (or must enrol) a second factor,
 * the service answers a short-lived `mfa_token` instead of a session token; it is stored as its hash, lives
 * five minutes, and allows five wrong codes before it is spent (then the password step starts again, and each
 * wrong code also counts towards the account's lockout).
 */

export const challengeLifetimeMs = 5 * 60_000;
export const maxCodeAttempts = 5;

/** A challenge's step: give a code, or enrol first. */
export type ChallengeStep = 'code' | 'enrol';

/** A live challenge. */
export interface Challenge {
  tokenHash: string;
  agentId: string;
  step: ChallengeStep;
}

/** Opens a challenge for `agentId` and resolves with its token and end. Earlier challenges of the agent end. */
export async function openChallenge(
  executor: SqlExecutor,
  agentId: string,
  step: ChallengeStep,
  now: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = generateToken();
  const expiresAt = new Date(now + challengeLifetimeMs);
  await executor.query('delete from mfa_challenges where agent_id = $1 or expires_at <= $2', [
    agentId,
    new Date(now),
  ]);
  await executor.query(
    'insert into mfa_challenges (token_hash, agent_id, step, expires_at) values ($1, $2, $3, $4)',
    [hashToken(token), agentId, step, expiresAt],
  );
  return { token, expiresAt };
}

/** The live challenge `token` names at `now`, or null (unknown, expired, spent, or its agent disabled). */
export async function findChallenge(
  executor: SqlExecutor,
  token: string,
  now: number,
): Promise<Challenge | null> {
  const rows = await executor.query<{ token_hash: string; agent_id: string; step: ChallengeStep }>(
    `select c.token_hash, c.agent_id, c.step from mfa_challenges c join agents a on a.id = c.agent_id
     where c.token_hash = $1 and c.expires_at > $2 and c.attempts < $3 and not a.is_disabled`,
    [hashToken(token), new Date(now), maxCodeAttempts],
  );
  const row = rows[0];
  return row ? { tokenHash: row.token_hash, agentId: row.agent_id, step: row.step } : null;
}

/** Counts a wrong code against the challenge. */
export async function recordWrongCode(executor: SqlExecutor, tokenHash: string): Promise<void> {
  await executor.query('update mfa_challenges set attempts = attempts + 1 where token_hash = $1', [
    tokenHash,
  ]);
}

/** Ends a challenge (it opened a session). */
export async function closeChallenge(executor: SqlExecutor, tokenHash: string): Promise<void> {
  await executor.query('delete from mfa_challenges where token_hash = $1', [tokenHash]);
}
