import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { SqlDatabase } from '../../../server/storage/database';
import { openPgliteDatabase } from '../../../server/storage/pglite-database';
import { openPostgresDatabase } from '../../../server/storage/postgres-database';

/** A storage engine the server suites run against. */
export interface TestEngine {
  name: 'pglite' | 'postgres';
  /** A fresh, empty database (PostgreSQL: a new schema of its own, dropped on close). */
  openDatabase(): Promise<SqlDatabase>;
  /** A `databaseUrl` for `startService` pointing at a fresh schema, or null for PGlite in memory. */
  serviceDatabaseUrl(): Promise<string | null>;
  /** Drops what `serviceDatabaseUrl` created. */
  cleanUp(): Promise<void>;
}

const postgresUrl = process.env.TEST_DATABASE_URL;
let hasReportedSkip = false;

function freshSchemaName(): string {
  return `test_${randomBytes(6).toString('hex')}`;
}

function pgliteEngine(): TestEngine {
  return {
    name: 'pglite',
    openDatabase: () => openPgliteDatabase({ dataDir: null }),
    serviceDatabaseUrl: () => Promise.resolve(null),
    cleanUp: () => Promise.resolve(),
  };
}

function postgresEngine(url: string): TestEngine {
  const schemas: string[] = [];
  return {
    name: 'postgres',
    openDatabase: async () => {
      const schema = freshSchemaName();
      const database = await openPostgresDatabase({ url, schema, poolSize: 4 });
      return {
        ...database,
        close: async () => {
          await database.query(`drop schema if exists ${schema} cascade`);
          await database.close();
        },
      };
    },
    serviceDatabaseUrl: async () => {
      const schema = freshSchemaName();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`create schema ${schema}`);
      await client.end();
      schemas.push(schema);
      const serviceUrl = new URL(url);
      serviceUrl.searchParams.set('options', `-c search_path=${schema}`);
      return serviceUrl.toString();
    },
    cleanUp: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      for (const schema of schemas.splice(0)) {
        await client.query(`drop schema if exists ${schema} cascade`);
      }
      await client.end();
    },
  };
}

/**
 * PGlite always; PostgreSQL too when `TEST_DATABASE_URL` is set (each test file in fresh schemas of its own,
 * so files running in parallel never meet). Prints a line when PostgreSQL is skipped.
 */
export function testEngines(): TestEngine[] {
  if (!postgresUrl) {
    if (!hasReportedSkip) {
      hasReportedSkip = true;
      process.stdout.write('PostgreSQL suites skipped: set TEST_DATABASE_URL to run them\n');
    }
    return [pgliteEngine()];
  }
  return [pgliteEngine(), postgresEngine(postgresUrl)];
}
