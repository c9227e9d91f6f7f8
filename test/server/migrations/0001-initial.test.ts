import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCategories } from '../../../shared/domain/vocabulary';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { testEngines } from '../helpers/engines';

const initial = readMigrations().filter((migration) => migration.version === '0001');

describe.each(testEngines())('migration 0001-initial on $name', (engine) => {
  let database: SqlDatabase;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, initial);
  });

  afterAll(async () => {
    await database.close();
  });

  it('creates the tables of the ticket service', async () => {
    const rows = await database.query<{ table_name: string }>(
      'select table_name from information_schema.tables where table_schema = current_schema() order by table_name',
    );
    expect(rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining([
        'agents',
        'api_tokens',
        'attachments',
        'categories',
        'changes',
        'customers',
        'messages',
        'schema_migrations',
        'settings',
        'tickets',
      ]),
    );
  });

  it('seeds the default categories and the system admin', async () => {
    const categories = await database.query<{ key: string }>(
      'select key from categories where is_default order by key',
    );
    expect(categories.map((row) => row.key)).toEqual([...defaultCategories].sort());
    const admins = await database.query<{ role: string; is_system: boolean }>(
      "select role, is_system from agents where email_key = 'admin@localhost'",
    );
    expect(admins).toEqual([{ role: 'admin', is_system: true }]);
  });

  it('numbers tickets from 1001 and enforces the vocabularies', async () => {
    const [customer] = await database.query<{ id: string }>(
      "insert into customers (email, email_key) values ('a@example.com', 'a@example.com') returning id",
    );
    const insert = (status: string) =>
      database.query<{ number: number | string }>(
        `insert into tickets (customer_id, requester_email, subject, body, status, source, checklist)
         values ($1, 'a@example.com', 's', 'b', $2, 'web', '{}'::jsonb) returning number`,
        [customer?.id ?? null, status],
      );
    expect((await insert('new')).map((row) => Number(row.number))).toEqual([1001]);
    await expect(insert('lost')).rejects.toThrow();
    await expect(
      database.query(
        "insert into agents (email, email_key, name, role) values ('x@y.z', 'x@y.z', 'X', 'boss')",
      ),
    ).rejects.toThrow();
  });
});
