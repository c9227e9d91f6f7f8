import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { readChangesSince } from '../../../server/storage/change-log';
import { testEngines } from '../helpers/engines';

const before0040 = readMigrations().filter((migration) => migration.version < '0040');
const upTo0040 = readMigrations().filter((migration) => migration.version <= '0040');

describe.each(testEngines())('migration 0040-several-nodes on $name', (engine) => {
  let database: SqlDatabase;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0040);
    await database.query(
      `insert into changes (type, ticket_id) values ('settings.updated', null), ('settings.updated', null)`,
    );
    expect(await migrate(database, upTo0040)).toEqual(['0040']);
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps the change log and its numbering, and appends after it', async () => {
    const before = await readChangesSince(database, 0, 10);
    expect(before.map((change) => change.seq)).toEqual([1, 2]);
    await database.query(`insert into changes (type, ticket_id) values ('settings.updated', null)`);
    expect((await readChangesSince(database, 2, 10)).map((change) => change.seq)).toEqual([3]);
  });

  it('has the table the socket.io adapter keeps large payloads in', async () => {
    await database.query(`insert into socket_io_attachments (payload) values ('\\x01'::bytea)`);
    const rows = await database.query<{ count: number | string }>(
      'select count(*) as count from socket_io_attachments',
    );
    expect(Number(rows[0]?.count)).toBe(1);
  });
});
