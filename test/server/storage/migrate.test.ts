import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { testEngines } from '../helpers/engines';

describe('readMigrations', () => {
  it('reads the service migrations in version order, one file each', () => {
    const migrations = readMigrations();
    expect(migrations[0]).toMatchObject({ version: '0001', name: '0001-initial' });
    const versions = migrations.map((migration) => migration.version);
    expect(versions).toEqual([...versions].sort());
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('ignores files that are not NNNN-name.sql', () => {
    const directory = mkdtempSync(join(tmpdir(), 'migrations-'));
    try {
      writeFileSync(join(directory, '0002-second.sql'), 'select 2;');
      writeFileSync(join(directory, '0001-first.sql'), 'select 1;');
      writeFileSync(join(directory, 'README.md'), '#');
      writeFileSync(join(directory, '0003-draft.sql.bak'), '');
      expect(readMigrations(directory).map((migration) => migration.name)).toEqual([
        '0001-first',
        '0002-second',
      ]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe.each(testEngines())('migrate on $name', (engine) => {
  let database: SqlDatabase;

  beforeAll(async () => {
    database = await engine.openDatabase();
  });

  afterAll(async () => {
    await database.close();
  });

  it('applies every migration to an empty database, then nothing the second time', async () => {
    const all = readMigrations().map((migration) => migration.version);
    expect(await migrate(database)).toEqual(all);
    expect(await migrate(database)).toEqual([]);
    const recorded = await database.query<{ version: string }>(
      'select version from schema_migrations order by version',
    );
    expect(recorded.map((row) => row.version)).toEqual(all);
  });

  it('rolls back a failing migration whole and leaves it unrecorded', async () => {
    const broken = [
      {
        version: '9999',
        name: '9999-broken',
        sql: 'create table half_done (id int); select * from nowhere;',
      },
    ];
    await expect(migrate(database, broken)).rejects.toThrow();
    const tables = await database.query(
      "select 1 from information_schema.tables where table_name = 'half_done'",
    );
    expect(tables).toEqual([]);
    expect(await database.query("select 1 from schema_migrations where version = '9999'")).toEqual([]);
  });
});
