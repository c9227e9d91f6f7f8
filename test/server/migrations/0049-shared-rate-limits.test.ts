import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { testEngines } from '../helpers/engines';

const before0049 = readMigrations().filter((migration) => migration.version < '0049');
const upTo0049 = readMigrations().filter((migration) => migration.version <= '0049');

describe.each(testEngines())('migration 0049-shared-rate-limits on $name', (engine) => {
  let database: SqlDatabase;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0049);
    await database.query(`insert into changes (type, ticket_id) values ('settings.updated', null)`);
    expect(await migrate(database, upTo0049)).toEqual(['0049']);
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps what was stored and adds one count per key and window, adding hits on conflict', async () => {
    const changes = await database.query<{ count: number | string }>('select count(*) as count from changes');
    expect(Number(changes[0]?.count)).toBe(1);
    const add = (hits: number) =>
      database.query<{ hits: number }>(
        `insert into rate_limit_windows (key, window_start, window_ms, hits) values ('POST /api/login 10.0.0.1', 0, 60000, $1)
         on conflict (key, window_start) do update set hits = rate_limit_windows.hits + excluded.hits returning hits`,
        [hits],
      );
    expect(await add(2)).toEqual([{ hits: 2 }]);
    expect(await add(3)).toEqual([{ hits: 5 }]);
    await expect(add(-9)).rejects.toThrow();
  });
});
