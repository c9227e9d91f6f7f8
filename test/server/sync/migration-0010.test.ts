import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import {
  IdempotencyKeyReused,
  IdempotentReplay,
  pruneIdempotencyKeys,
  runIdempotent,
  type IdempotentWrite,
} from '../../../server/storage/idempotency';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { testEngines } from '../helpers/engines';

const before0010 = readMigrations().filter((migration) => migration.version < '0010');
const upTo0010 = readMigrations().filter((migration) => migration.version <= '0010');

describe.each(testEngines())('migration 0010-idempotency on $name', (engine) => {
  let database: SqlDatabase;
  let agentId: string;

  function write(key: string, requestHash = 'hash-a'): IdempotentWrite<{ count: number }> {
    return {
      key,
      agentId,
      method: 'POST',
      path: '/api/tickets/x/messages',
      requestHash,
      respond: (outcome) => ({ status: 201, body: { count: outcome.count, text: 'é ✓' } }),
    };
  }

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0010);
    const [agent] = await database.query<{ id: string }>(
      `insert into agents (email, email_key, name, role) values ('wei@example.com', 'wei@example.com', 'Wei', 'agent')
       returning id`,
    );
    agentId = agent?.id ?? '';
    expect(await migrate(database, upTo0010)).toEqual(['0010']);
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps the agents and records a key with its answer, which a retry gets back without running again', async () => {
    const [agent] = await database.query<{ name: string }>('select name from agents where id = $1', [
      agentId,
    ]);
    expect(agent?.name).toBe('Wei');
    let runs = 0;
    const work = () => Promise.resolve({ count: ++runs });
    await database.transaction((transaction) => runIdempotent(transaction, write('k-1'), work));
    const retry = database.transaction((transaction) => runIdempotent(transaction, write('k-1'), work));
    const replay: unknown = await retry.catch((error: unknown) => error);
    expect(replay).toBeInstanceOf(IdempotentReplay);
    expect((replay as IdempotentReplay).response).toEqual({
      status: 201,
      bodyText: '{"count":1,"text":"é ✓"}',
    });
    expect(runs).toBe(1);
    const reused = database.transaction((transaction) =>
      runIdempotent(transaction, write('k-1', 'hash-b'), work),
    );
    await expect(reused).rejects.toBeInstanceOf(IdempotencyKeyReused);
    expect(runs).toBe(1);
  });

  it('stores nothing for a write whose transaction rolled back, so the key stays usable', async () => {
    const failing = database.transaction((transaction) =>
      runIdempotent(transaction, write('k-2'), () => Promise.reject(new Error('disk full'))),
    );
    await expect(failing).rejects.toThrow('disk full');
    const outcome = await database.transaction((transaction) =>
      runIdempotent(transaction, write('k-2'), () => Promise.resolve({ count: 7 })),
    );
    expect(outcome).toEqual({ count: 7 });
  });

  it('prunes keys older than seven days and keeps the recent ones', async () => {
    await database.transaction((transaction) =>
      runIdempotent(transaction, write('k-old'), () => Promise.resolve({ count: 1 })),
    );
    await database.query(
      `update idempotency_keys set created_at = now() - interval '8 days' where key = 'k-old'`,
    );
    expect(await pruneIdempotencyKeys(database)).toBe(1);
    const keys = await database.query<{ key: string }>('select key from idempotency_keys order by key');
    expect(keys.map((row) => row.key)).toEqual(['k-1', 'k-2']);
  });
});
