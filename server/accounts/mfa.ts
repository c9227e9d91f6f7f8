import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { MfaEnrolment } from '../../shared/domain/account-schemas';
import type { SqlExecutor } from '../storage/database';

/**
 * TOTP second factor (RFC 6238 through `otpauth`: SHA-1, 6 digits, 30-second steps, one step of clock drift
 * either way) with single-use recovery codes. Codes are checked against the stored secret; a code whose time
 * step was used already is refused, so a code seen over someone's shoulder cannot be replayed.
 */

/** What authenticator apps show as the account's issuer. */
const issuer = 'Support Console';
const period = 30;
const recoveryCodeCount = 10;

function totpFor(secret: string, label: string): TOTP {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period, secret: Secret.fromBase32(secret) });
}

/** Recovery codes are compared without letter case, spaces or dashes. */
function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(code), 'utf8').digest('hex');
}

/** Whether the agent has a confirmed second factor. */
export async function hasConfirmedMfa(executor: SqlExecutor, agentId: string): Promise<boolean> {
  const rows = await executor.query(
    'select 1 from agent_mfa where agent_id = $1 and confirmed_at is not null',
    [agentId],
  );
  return rows.length > 0;
}

/**
 * Starts (or restarts) an enrolment: a new random 160-bit secret, stored unconfirmed, replacing what the agent
 * had (callers refuse this for an agent whose factor is confirmed). Resolves with what the agent's app needs.
 */
export async function startEnrolment(
  executor: SqlExecutor,
  agentId: string,
  label: string,
): Promise<MfaEnrolment> {
  const secret = new Secret({ size: 20 }).base32;
  await executor.query(
    `insert into agent_mfa (agent_id, secret) values ($1, $2)
     on conflict (agent_id) do update set secret = excluded.secret, confirmed_at = null, last_used_step = null,
       created_at = now()`,
    [agentId, secret],
  );
  const otpauthUrl = totpFor(secret, label).toString();
  const svg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return {
    secret,
    otpauth_url: otpauthUrl,
    qr_code: `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`,
  };
}

/**
 * Checks a TOTP code against the agent's secret (confirmed, or pending when `pending`) at `now`, and spends
 * its time step. Resolves with whether it was right and unused.
 */
export async function checkTotpCode(
  executor: SqlExecutor,
  agentId: string,
  code: string,
  now: number,
  pending = false,
): Promise<boolean> {
  const rows = await executor.query<{ secret: string; last_used_step: string | number | null }>(
    `select secret, last_used_step from agent_mfa where agent_id = $1 and confirmed_at is ${pending ? '' : 'not '}null`,
    [agentId],
  );
  const row = rows[0];
  const token = code.replace(/\s/g, '');
  if (!row || !/^\d{6}$/.test(token)) {
    return false;
  }
  const totp = totpFor(row.secret, agentId);
  const delta = totp.validate({ token, timestamp: now, window: 1 });
  if (delta === null) {
    return false;
  }
  const step = totp.counter({ timestamp: now }) + delta;
  // Only a later step than the last one used counts: the update is the check, so two concurrent uses of one
  // code cannot both pass.
  const spent = await executor.query(
    `update agent_mfa set last_used_step = $2 where agent_id = $1 and (last_used_step is null or last_used_step < $2)
     returning 1`,
    [agentId, step],
  );
  return spent.length > 0;
}

/** Confirms the pending enrolment and resolves with new recovery codes (shown once; only hashes are kept). */
export async function confirmEnrolment(
  executor: SqlExecutor,
  agentId: string,
  now: number,
): Promise<string[]> {
  await executor.query('update agent_mfa set confirmed_at = $2 where agent_id = $1', [
    agentId,
    new Date(now),
  ]);
  return replaceRecoveryCodes(executor, agentId);
}

/** Replaces the agent's recovery codes with ten new ones (`xxxxx-xxxxx`, 50 random bits each). */
export async function replaceRecoveryCodes(executor: SqlExecutor, agentId: string): Promise<string[]> {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const codes = Array.from({ length: recoveryCodeCount }, () => {
    const letters = [...randomBytes(10)].map((byte) => alphabet[byte % alphabet.length] ?? 'a').join('');
    return `${letters.slice(0, 5)}-${letters.slice(5)}`;
  });
  await executor.query('delete from mfa_recovery_codes where agent_id = $1', [agentId]);
  await executor.query('insert into mfa_recovery_codes (agent_id, code_hash) select $1, unnest($2::text[])', [
    agentId,
    codes.map(hashRecoveryCode),
  ]);
  return codes;
}

/** Spends one unused recovery code of the agent; resolves with whether it was one. */
export async function useRecoveryCode(
  executor: SqlExecutor,
  agentId: string,
  code: string,
  now: number,
): Promise<boolean> {
  const rows = await executor.query(
    `update mfa_recovery_codes set used_at = $3 where agent_id = $1 and code_hash = $2 and used_at is null returning 1`,
    [agentId, hashRecoveryCode(code), new Date(now)],
  );
  return rows.length > 0;
}

/** How many unused recovery codes the agent has. */
export async function recoveryCodesLeft(executor: SqlExecutor, agentId: string): Promise<number> {
  const rows = await executor.query<{ count: number }>(
    'select count(*)::integer as count from mfa_recovery_codes where agent_id = $1 and used_at is null',
    [agentId],
  );
  return Number(rows[0]?.count ?? 0);
}

/** Removes the agent's second factor and recovery codes. */
export async function removeMfa(executor: SqlExecutor, agentId: string): Promise<void> {
  await executor.query('delete from mfa_recovery_codes where agent_id = $1', [agentId]);
  await executor.query('delete from agent_mfa where agent_id = $1', [agentId]);
}
