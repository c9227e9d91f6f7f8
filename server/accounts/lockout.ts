import type { SqlExecutor } from '../storage/database';

/**
 * Failed logins lock the account, whatever address they come from: after `maxFailures` failures for one
 * e-mail within `windowMs`, logins for that e-mail answer 429 until the lock ends. Each lock in a row lasts
 * twice the one before (15 minutes, 30, 60, … at most a day); a successful login clears the count. Unknown
 * e-mails are counted the same way, so the answer never tells whether an account exists. Failed second-factor
 * codes count as failed logins too.
 */
export const lockoutRules = {
  maxFailures: 10,
  windowMs: 15 * 60_000,
  firstLockMs: 15 * 60_000,
  longestLockMs: 24 * 60 * 60_000,
} as const;

/** When the account `emailKey` may try again, or null when it is not locked at `now`. */
export async function lockedUntil(
  executor: SqlExecutor,
  emailKey: string,
  now: number,
): Promise<Date | null> {
  const rows = await executor.query<{ locked_until: Date | string }>(
    'select locked_until from login_locks where email_key = $1 and locked_until > $2',
    [emailKey, new Date(now)],
  );
  return rows[0] ? new Date(rows[0].locked_until) : null;
}

/**
 * Records a failed login for `emailKey` at `now`; when it is the `maxFailures`th within the window, locks the
 * account and resolves with the lock's end (else null).
 */
export async function recordFailedLogin(
  executor: SqlExecutor,
  emailKey: string,
  now: number,
): Promise<Date | null> {
  const at = new Date(now);
  const windowStart = new Date(now - lockoutRules.windowMs);
  await executor.query('delete from login_failures where email_key = $1 and failed_at <= $2', [
    emailKey,
    windowStart,
  ]);
  const rows = await executor.query<{ count: number }>(
    `with added as (insert into login_failures (email_key, failed_at) values ($1, $2) returning 1)
     select (select count(*) from login_failures where email_key = $1)::integer + (select count(*) from added)::integer as count`,
    [emailKey, at],
  );
  if (Number(rows[0]?.count ?? 0) < lockoutRules.maxFailures) {
    return null;
  }
  const locks = await executor.query<{ locked_until: Date | string }>(
    `insert into login_locks as l (email_key, locked_until, strikes) values ($1, $2::timestamptz + make_interval(secs => $3), 1)
     on conflict (email_key) do update set
       strikes = l.strikes + 1,
       locked_until = $2::timestamptz + make_interval(secs => least($4, $3 * power(2, l.strikes)))
     returning locked_until`,
    [emailKey, at, lockoutRules.firstLockMs / 1000, lockoutRules.longestLockMs / 1000],
  );
  // The failures that caused the lock are spent: after it, another full run is needed for the next lock.
  await executor.query('delete from login_failures where email_key = $1', [emailKey]);
  return locks[0] ? new Date(locks[0].locked_until) : null;
}

/** A successful login: the account's failures and lock history are forgotten. */
export async function clearFailedLogins(executor: SqlExecutor, emailKey: string): Promise<void> {
  await executor.query('delete from login_failures where email_key = $1', [emailKey]);
  await executor.query('delete from login_locks where email_key = $1', [emailKey]);
}
