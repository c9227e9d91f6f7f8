import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharedRateLimits, type SharedRateLimits } from '../../../server/cluster/shared-rate-limits';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { testEngines } from '../helpers/engines';

// The counting itself is the same on both engines; several nodes only ever share PostgreSQL.
describe.each(testEngines())('rate limits shared between nodes, on $name', (engine) => {
  let database: SqlDatabase;
  let clock = Date.UTC(2026, 11, 7, 9, 0, 0);
  const open: SharedRateLimits[] = [];
  /** A node's counts; it syncs only when the test says (the interval is an hour). */
  const node = (): SharedRateLimits => {
    const limits = createSharedRateLimits({
      database,
      log: () => undefined,
      syncIntervalMs: 3_600_000,
      now: () => clock,
    });
    open.push(limits);
    return limits;
  };

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, readMigrations());
  });

  afterAll(async () => {
    await Promise.all(open.map((limits) => limits.close()));
    await database.close();
  });

  it('counts a node’s own hits at once and the other nodes’ after a sync, in one shared window', async () => {
    const [first, second] = [node(), node()];
    for (let hit = 0; hit < 3; hit += 1) {
      first.hit('POST /api/login 10.0.0.1', 60_000);
    }
    expect(second.hit('POST /api/login 10.0.0.1', 60_000).current).toBe(1);
    await first.sync();
    await second.sync();
    expect(second.peek('POST /api/login 10.0.0.1', 60_000).current).toBe(4);
    expect(first.peek('POST /api/login 10.0.0.1', 60_000).current).toBe(3);
    await first.sync();
    expect(first.hit('POST /api/login 10.0.0.1', 60_000).current).toBe(5);
    // Another address, or the same address on another route, has a count of its own.
    expect(first.hit('POST /api/login 10.0.0.2', 60_000).current).toBe(1);
    expect(first.peek('POST /api/tickets 10.0.0.1', 60_000).current).toBe(0);
  });

  it('starts every node at zero in the next window and says how long the window still runs', async () => {
    const [first, second] = [node(), node()];
    clock = Math.floor(clock / 60_000) * 60_000 + 45_000;
    first.hit('GET /api/help/ticket 10.0.0.9', 60_000);
    await first.sync();
    // A key this node has not counted yet learns the other nodes' hits with its next sync.
    expect(second.hit('GET /api/help/ticket 10.0.0.9', 60_000)).toEqual({ current: 1, ttl: 15_000 });
    await second.sync();
    expect(second.peek('GET /api/help/ticket 10.0.0.9', 60_000)).toEqual({ current: 2, ttl: 15_000 });
    clock += 15_000;
    expect(first.hit('GET /api/help/ticket 10.0.0.9', 60_000)).toEqual({ current: 1, ttl: 60_000 });
    await second.sync();
    await first.sync();
    expect(first.peek('GET /api/help/ticket 10.0.0.9', 60_000).current).toBe(1);
  });

  it('prunes shared rows a minute after their window ends', async () => {
    const limits = node();
    limits.hit('POST /api/tickets 10.0.0.7', 1_000);
    await limits.sync();
    const rows = async (): Promise<number> =>
      Number(
        (
          await database.query<{ count: number | string }>(
            `select count(*) as count from rate_limit_windows where key = 'POST /api/tickets 10.0.0.7'`,
          )
        )[0]?.count,
      );
    expect(await rows()).toBe(1);
    clock += 120_000;
    await limits.sync();
    expect(await rows()).toBe(0);
  });
});
