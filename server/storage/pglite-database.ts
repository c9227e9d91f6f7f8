import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlDatabase, SqlExecutor, SqlParameter } from './database';

/** Options of the embedded engine. */
export interface PgliteDatabaseOptions {
  /** Folder holding the database files; null keeps everything in memory (tests, throwaway demos). */
  dataDir: string | null;
}

/**
 * Makes `folder` and everything in it private to the service's user: folders 0700, files 0600 (PGlite's
 * engine creates its files 0666, WAL included). Symbolic links are left alone.
 */
export function makePrivate(folder: string): void {
  chmodSync(folder, 0o700);
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    const stats = lstatSync(path);
    if (stats.isDirectory()) {
      makePrivate(path);
    } else if (stats.isFile() && (stats.mode & 0o777) !== 0o600) {
      chmodSync(path, 0o600);
    }
  }
}

/** Runs `work` with the process umask at 077, so files it creates are private; the old umask returns after. */
async function withPrivateUmask<T>(work: () => Promise<T>): Promise<T> {
  let previous: number | null = null;
  try {
    previous = process.umask(0o077);
  } catch {
    // Worker threads cannot change the umask: the chmod pass that follows still applies.
  }
  try {
    return await work();
  } finally {
    if (previous !== null) {
      process.umask(previous);
    }
  }
}

/**
 * Opens (creating if needed) an embedded PostgreSQL (PGlite) database. A data folder is private to the
 * service's user (docs/security.md "Data at rest"): created 0700 under a 077 umask, and every file in it is
 * made 0600 after opening and after closing (the folder's mode already keeps other users out of files the
 * engine creates in between, such as new WAL segments).
 */
export async function openPgliteDatabase(options: PgliteDatabaseOptions): Promise<SqlDatabase> {
  const { dataDir } = options;
  if (dataDir !== null) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    makePrivate(dataDir);
  }
  const database =
    dataDir === null
      ? await PGlite.create()
      : await withPrivateUmask(async () => {
          const opened = await PGlite.create({ dataDir });
          // The first statement writes the rest of a new cluster's files.
          await opened.query('select 1');
          return opened;
        });
  if (dataDir !== null) {
    makePrivate(dataDir);
  }
  return {
    engine: 'pglite',
    query: (sql, parameters) => runQuery(database, sql, parameters),
    runScript: async (sql) => {
      await database.exec(sql);
    },
    transaction: (work) => database.transaction((transaction) => work(wrapTransaction(transaction))),
    close: async () => {
      await database.close();
      if (dataDir !== null) {
        makePrivate(dataDir);
      }
    },
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
