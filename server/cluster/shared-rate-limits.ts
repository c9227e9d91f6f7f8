import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { SqlExecutor } from '../storage/database';

/** Options of `createSharedRateLimits`. */
export interface SharedRateLimitsOptions {
  database: SqlExecutor;
  log: (line: string) => void;
  /** How often this node adds its hits to the shared counts and reads the other nodes'; 250 ms by default. */
  syncIntervalMs?: number;
  /** The clock, in epoch milliseconds (tests pass their own). */
  now?: () => number;
}

/** One key's count in its current window, as `@fastify/rate-limit` reads it. */
export interface RateLimitCount {
  current: number;
  /** Milliseconds until the window ends. */
  ttl: number;
}

/** Counts of every node, kept in PostgreSQL's `rate_limit_windows` (migration 0049). */
export interface SharedRateLimits {
  /** Counts one hit of `key` in its window of `windowMs`: this node's hits at once, other nodes' as of the last sync. */
  hit(key: string, windowMs: number): RateLimitCount;
  /** The count of `key` without a hit. */
  peek(key: string, windowMs: number): RateLimitCount;
  /** Adds this node's unsynced hits to the shared counts and reads everyone's (the timer calls it too). */
  sync(): Promise<void>;
  /** Stops syncing (hits not yet synced are written first). */
  close(): Promise<void>;
}

interface WindowCount {
  key: string;
  windowStart: number;
  windowMs: number;
  /** Hits here not yet added to the shared row. */
  unsynced: number;
  /** Hits here already in the shared row. */
  synced: number;
  /** Other nodes' hits, as of the last sync. */
  others: number;
}

/** Shared rows are kept this long after their window ends, then pruned. */
const retainAfterWindowMs = 60_000;
const pruneIntervalMs = 60_000;

/**
 * Rate limits shared by the nodes of one database. Each node counts in memory, so a request never waits
 * for the database, and every `syncIntervalMs` adds its new hits to one shared row per key and window and
 * reads back the total. Windows are fixed and aligned to the epoch (`floor(now / window)`), so every node
 * agrees on them. A node sees its own hits at once and the others' within one sync: across N nodes a
 * burst can exceed a limit by what the other nodes took in the last interval, never by a whole budget per
 * node, which is what per-node limits allowed.
 */
export function createSharedRateLimits(options: SharedRateLimitsOptions): SharedRateLimits {
  const now = options.now ?? (() => Date.now());
  const syncIntervalMs = options.syncIntervalMs ?? 250;
  const counts = new Map<string, WindowCount>();
  let syncing: Promise<void> | null = null;
  let lastPrune = now();
  let isClosed = false;

  const countOf = (key: string, windowMs: number): WindowCount => {
    const windowStart = Math.floor(now() / windowMs) * windowMs;
    const id = `${windowMs}:${key}`;
    const known = counts.get(id);
    if (known !== undefined && known.windowStart === windowStart) {
      return known;
    }
    const fresh: WindowCount = { key, windowStart, windowMs, unsynced: 0, synced: 0, others: 0 };
    counts.set(id, fresh);
    return fresh;
  };
  const answer = (count: WindowCount): RateLimitCount => ({
    current: count.unsynced + count.synced + count.others,
    ttl: Math.max(0, count.windowStart + count.windowMs - now()),
  });

  const syncOnce = async (): Promise<void> => {
    const at = now();
    // Windows that ended are forgotten here; their shared rows are pruned below.
    for (const [id, count] of counts) {
      if (count.windowStart + count.windowMs <= at && count.unsynced === 0) {
        counts.delete(id);
      }
    }
    const batch = [...counts.values()].map((count) => ({ count, delta: count.unsynced }));
    if (batch.length > 0) {
      // One statement for every live key: adds this node's new hits (0 reads only) and returns the totals.
      const rows = await options.database.query<{ key: string; window_start: string | number; hits: number }>(
        `insert into rate_limit_windows (key, window_start, window_ms, hits)
         select * from unnest($1::text[], $2::bigint[], $3::integer[], $4::integer[])
         on conflict (key, window_start) do update set hits = rate_limit_windows.hits + excluded.hits
         returning key, window_start, hits`,
        [
          batch.map(({ count }) => count.key),
          batch.map(({ count }) => count.windowStart),
          batch.map(({ count }) => count.windowMs),
          batch.map(({ delta }) => delta),
        ],
      );
      const totals = new Map(rows.map((row) => [`${Number(row.window_start)}:${row.key}`, Number(row.hits)]));
      for (const { count, delta } of batch) {
        count.unsynced -= delta;
        count.synced += delta;
        const total = totals.get(`${count.windowStart}:${count.key}`);
        if (total !== undefined) {
          count.others = Math.max(0, total - count.synced);
        }
      }
    }
    if (at - lastPrune >= pruneIntervalMs) {
      lastPrune = at;
      await options.database.query('delete from rate_limit_windows where window_start + window_ms < $1', [
        at - retainAfterWindowMs,
      ]);
    }
  };
  const sync = (): Promise<void> => {
    syncing ??= syncOnce().finally(() => {
      syncing = null;
    });
    return syncing;
  };

  const timer = setInterval(() => {
    sync().catch((error: unknown) => {
      // Counting goes on in memory; the next sync adds what this one could not.
      if (!isClosed) {
        options.log(`rate limits: sync failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }, syncIntervalMs);
  timer.unref();

  return {
    hit(key, windowMs) {
      const count = countOf(key, windowMs);
      count.unsynced += 1;
      return answer(count);
    },
    peek: (key, windowMs) => answer(countOf(key, windowMs)),
    sync,
    async close() {
      isClosed = true;
      clearInterval(timer);
      await sync().catch(() => undefined);
    },
  };
}

/**
 * What `@fastify/rate-limit` passes to `child`: its types say the route's options, the plugin passes its
 * merged parameters, with the route under `routeInfo` (as its own Redis store reads it).
 */
interface ChildParameters {
  routeInfo?: { method?: string | string[]; url?: string };
  groupId?: string;
}

/**
 * The `store` for `@fastify/rate-limit` that counts in `shared`. Each route counts apart (its method and
 * URL prefix the key), as the plugin's own stores do; routes with one `groupId` share a count.
 */
export function sharedRateLimitStore(shared: SharedRateLimits): FastifyRateLimitStoreCtor {
  const storeWithPrefix = (
    prefix: string,
  ): FastifyRateLimitStore & { read: FastifyRateLimitStore['incr'] } => ({
    incr(key, callback, timeWindow) {
      callback(null, shared.hit(`${prefix}${key}`, timeWindow));
    },
    read(key, callback, timeWindow) {
      callback(null, shared.peek(`${prefix}${key}`, timeWindow));
    },
    child(routeOptions) {
      const { routeInfo: route, groupId } = routeOptions as unknown as ChildParameters;
      const method = Array.isArray(route?.method) ? route.method.join(',') : (route?.method ?? '');
      return storeWithPrefix(groupId === undefined ? `${method} ${route?.url ?? ''} ` : `group ${groupId} `);
    },
  });
  return class {
    constructor() {
      return storeWithPrefix('');
    }
  } as unknown as FastifyRateLimitStoreCtor;
}
