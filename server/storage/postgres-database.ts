import pg from 'pg';
import type { SqlDatabase, SqlExecutor, SqlParameter } from './database';

/** Options of the PostgreSQL engine. */
export interface PostgresDatabaseOptions {
  /** `postgres://user:password@host:port/database` */
  url: string;
  /** A schema to use instead of `public` (tests isolate each file in its own); created when missing. */
  schema?: string;
  /** Connections in the pool. */
  poolSize?: number;
}

/** Connects a pool to a PostgreSQL server (15 or later). */
export async function openPostgresDatabase(options: PostgresDatabaseOptions): Promise<SqlDatabase> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) {
    throw new Error(`not a plain schema name: ${options.schema}`);
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    options: options.schema === undefined ? undefined : `-c search_path=${options.schema}`,
  });
  // An idle client that loses its server must not crash the process; the next query reports the error.
  pool.on('error', () => undefined);
  if (options.schema !== undefined) {
    await pool.query(`create schema if not exists ${options.schema}`);
  }
  return {
    engine: 'postgres',
    query: (sql, parameters) => runQuery(pool, sql, parameters),
    runScript: async (sql) => {
      await pool.query(sql);
    },
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(wrapClient(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function wrapClient(client: pg.PoolClient): SqlExecutor {
  return {
    query: (sql, parameters) => runQuery(client, sql, parameters),
    runScript: async (sql) => {
      await client.query(sql);
    },
  };
}

async function runQuery<Row>(
  executor: pg.Pool | pg.PoolClient,
  sql: string,
  parameters: readonly SqlParameter[] = [],
): Promise<Row[]> {
  const result = await executor.query(sql, [...parameters]);
  return result.rows as Row[];
}
