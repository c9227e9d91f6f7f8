import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlDatabase, SqlExecutor, SqlParameter } from './database';

/** Options of the embedded engine. */
export interface PgliteDatabaseOptions {
  /** Folder holding the database files; null keeps everything in memory (tests, throwaway demos). */
  dataDir: string | null;
}

/** Opens (creating if needed) an embedded PostgreSQL (PGlite) database. */
export async function openPgliteDatabase(options: PgliteDatabaseOptions): Promise<SqlDatabase> {
  if (options.dataDir !== null) {
    mkdirSync(options.dataDir, { recursive: true });
  }
  const database =
    options.dataDir === null ? await PGlite.create() : await PGlite.create({ dataDir: options.dataDir });
  return {
    engine: 'pglite',
    query: (sql, parameters) => runQuery(database, sql, parameters),
    runScript: async (sql) => {
      await database.exec(sql);
    },
    transaction: (work) => database.transaction((transaction) => work(wrapTransaction(transaction))),
    close: () => database.close(),
  };
}

function wrapTransaction(transaction: Transaction): SqlExecutor {
  return {
    query: (sql, parameters) => runQuery(transaction, sql, parameters),
    runScript: async (sql) => {
      await transaction.exec(sql);
    },
  };
}

async function runQuery<Row>(
  executor: PGlite | Transaction,
  sql: string,
  parameters: readonly SqlParameter[] = [],
): Promise<Row[]> {
  const result = await executor.query<Row>(sql, [...parameters]);
  return result.rows;
}
