/**
 * The one interface every storage engine implements (PGlite embedded, PostgreSQL over the network).
 * Both speak the same SQL; the repositories only ever see this interface.
 */

/** A value a statement can take as a parameter. */
export type SqlParameter =
  string | number | boolean | null | Date | Uint8Array | readonly (string | number | boolean | null)[];

/** Runs statements: the database itself, or one open transaction. */
export interface SqlExecutor {
  /** Runs one statement with `$1`-style parameters and resolves with its rows. */
  query<Row>(sql: string, parameters?: readonly SqlParameter[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  runScript(sql: string): Promise<void>;
}

/** A database connection (or pool) that can also run transactions. */
export interface SqlDatabase extends SqlExecutor {
  /** Which engine answers; for log lines and engine-specific tests only, never for SQL dialects. */
  readonly engine: 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction: commits when it resolves, rolls back when it throws. Inside `work`, use
   * only the executor it receives (PGlite would wait forever for a statement sent outside it).
   */
  transaction<T>(work: (transaction: SqlExecutor) => Promise<T>): Promise<T>;
  /** Waits for running statements, then closes every connection. */
  close(): Promise<void>;
}

/** Where the data lives: a PostgreSQL URL wins over a PGlite data folder; neither means in memory. */
export interface DatabaseLocation {
  dataDir?: string | null;
  databaseUrl?: string | null;
}

/** Opens the database `location` names (the adapters are loaded lazily: each pulls in its engine). */
export async function openDatabase(location: DatabaseLocation): Promise<SqlDatabase> {
  if (location.databaseUrl) {
    const { openPostgresDatabase } = await import('./postgres-database');
    return openPostgresDatabase({ url: location.databaseUrl });
  }
  const { openPgliteDatabase } = await import('./pglite-database');
  return openPgliteDatabase({ dataDir: location.dataDir ?? null });
}
