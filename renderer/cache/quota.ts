import type { CacheDatabase } from './cache-database';

/**
 * Whether a failed write ran out of disk: a QuotaExceededError as the browser throws it, Dexie's wrapper
 * of it, or an AbortError whose inner error is one (a transaction aborted by the quota).
 */
export function isQuotaError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') {
      return false;
    }
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError') {
      return true;
    }
    current = inner;
  }
  return false;
}

/** Statuses whose tickets an agent rarely reopens: their threads go first when the disk is full. */
const closedStatuses = new Set(['solved', 'closed']);

/**
 * Frees space by dropping the cached threads of every closed (or solved) ticket, the ones opened longest ago
 * first, or, when no closed ticket has one, the `minimum` threads opened longest ago. Queue rows and the
 * outbox are never evicted: the queue must still show, and the outbox is the agent's unsent work. Returns
 * how many threads were dropped.
 */
export async function evictOldThreads(database: CacheDatabase, minimum = 200): Promise<number> {
  const threads = await database.messages.orderBy('opened_at').primaryKeys();
  const tickets = await database.tickets.bulkGet(threads);
  const closed = threads.filter((_, index) => closedStatuses.has(tickets[index]?.status ?? ''));
  const victims =
    closed.length > 0 ? closed.slice(0, Math.max(minimum, closed.length)) : threads.slice(0, minimum);
  await database.messages.bulkDelete(victims);
  return victims.length;
}

/**
 * Runs a cache write; when the disk is full, evicts old threads, tells `onEvicted` (the console shows it)
 * and tries once more. A second failure is given up on: the cache is a copy, the console keeps working
 * from memory and the service.
 */
export async function writeWithQuotaRecovery(
  database: CacheDatabase,
  write: () => Promise<unknown>,
  onEvicted: (count: number) => void,
): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (!isQuotaError(error)) {
      throw error;
    }
  }
  onEvicted(await evictOldThreads(database));
  try {
    await write();
    return true;
  } catch (error) {
    if (isQuotaError(error)) {
      return false;
    }
    throw error;
  }
}

/** Asks the browser once to keep the cache under storage pressure; false where it is not offered. */
export async function requestPersistentStorage(storage: StorageManager | undefined): Promise<boolean> {
  if (!storage?.persist) {
    return false;
  }
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
