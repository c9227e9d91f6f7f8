import type { SqlExecutor } from './database';

/**
 * Idempotency keys (migration 0010, docs/sync.md). A write sent with `Idempotency-Key` claims the key first
 * thing in its transaction and records the answer it gave in that same transaction, so the key is stored
 * if and only if the write is. A retry with the same key and the same request gets the stored answer and
 * applies nothing; the same key with another request is refused.
 */

/** The answer a write gave: HTTP status and the JSON body exactly as sent. */
export interface StoredResponse {
  status: number;
  /** JSON text, kept as text so a replay answers byte for byte what the first attempt answered. */
  bodyText: string;
}

/** A write made under an idempotency key, and how to turn its outcome into the answer to store. */
export interface IdempotentWrite<Outcome> {
  key: string;
  agentId: string;
  method: string;
  path: string;
  /** Hash of what makes the request itself (method, path, version precondition, body). */
  requestHash: string;
  /**
   * The answer for `outcome`, or null for a refusal: a refused write stores nothing, its key included, so a
   * retry is judged afresh.
   */
  respond(outcome: Outcome): { status: number; body: unknown } | null;
}

/** Thrown inside the write's transaction when the key was applied before: nothing is written again. */
export class IdempotentReplay extends Error {
  constructor(readonly response: StoredResponse) {
    super('idempotency key already applied');
    this.name = 'IdempotentReplay';
  }
}

/** Thrown when the key was already used for a different request. */
export class IdempotencyKeyReused extends Error {
  constructor() {
    super('idempotency key reused for a different request');
    this.name = 'IdempotencyKeyReused';
  }
}

/** How long keys are kept at least: a console offline for a long weekend still replays safely. */
export const idempotencyRetentionDays = 7;

interface KeyRow {
  method: string;
  path: string;
  request_hash: string;
  response_status: number | null;
  response_body: string | null;
}

/**
 * Claims `write`'s key inside `transaction`: resolves when the caller may apply the write, throws
 * `IdempotentReplay` when it was applied before and `IdempotencyKeyReused` when the key belongs to another
 * request. A concurrent request holding the same key makes this wait (on the primary key) until it commits
 * or rolls back, so two duplicates in flight at once apply once.
 */
export async function claimIdempotencyKey(
  transaction: SqlExecutor,
  write: IdempotentWrite<unknown>,
): Promise<void> {
  const inserted = await transaction.query(
    `insert into idempotency_keys (agent_id, key, method, path, request_hash) values ($1, $2, $3, $4, $5)
     on conflict (agent_id, key) do nothing returning key`,
    [write.agentId, write.key, write.method, write.path, write.requestHash],
  );
  if (inserted.length > 0) {
    return;
  }
  const rows = await transaction.query<KeyRow>(
    `select method, path, request_hash, response_status, response_body from idempotency_keys
     where agent_id = $1 and key = $2`,
    [write.agentId, write.key],
  );
  const stored = rows[0];
  if (
    stored === undefined ||
    stored.method !== write.method ||
    stored.path !== write.path ||
    stored.request_hash !== write.requestHash
  ) {
    // A row that vanished between the two statements can only come from pruning; refusing is the safe side.
    throw new IdempotencyKeyReused();
  }
  if (stored.response_status === null || stored.response_body === null) {
    throw new Error(`idempotency key ${write.key} is claimed but has no answer`);
  }
  throw new IdempotentReplay({ status: Number(stored.response_status), bodyText: stored.response_body });
}

/** Records the answer of a claimed write, or releases the key when the write was refused. */
export async function settleIdempotencyKey<Outcome>(
  transaction: SqlExecutor,
  write: IdempotentWrite<Outcome>,
  outcome: Outcome,
): Promise<void> {
  const response = write.respond(outcome);
  if (response === null) {
    await transaction.query('delete from idempotency_keys where agent_id = $1 and key = $2', [
      write.agentId,
      write.key,
    ]);
    return;
  }
  await transaction.query(
    `update idempotency_keys set response_status = $3, response_body = $4 where agent_id = $1 and key = $2`,
    [write.agentId, write.key, response.status, JSON.stringify(response.body)],
  );
}

/** Runs `work` under `write`'s key in `transaction` (or plainly when there is no key). */
export async function runIdempotent<Outcome>(
  transaction: SqlExecutor,
  write: IdempotentWrite<Outcome> | undefined,
  work: () => Promise<Outcome>,
): Promise<Outcome> {
  if (write === undefined) {
    return work();
  }
  await claimIdempotencyKey(transaction, write);
  const outcome = await work();
  await settleIdempotencyKey(transaction, write, outcome);
  return outcome;
}

/** Deletes keys older than the retention; resolves with how many went. */
export async function pruneIdempotencyKeys(executor: SqlExecutor): Promise<number> {
  const rows = await executor.query(
    `delete from idempotency_keys where created_at < now() - make_interval(days => $1) returning key`,
    [idempotencyRetentionDays],
  );
  return rows.length;
}
