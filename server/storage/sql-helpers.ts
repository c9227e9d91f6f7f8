import type { SqlExecutor, SqlParameter } from './database';

/** Small helpers the repositories share. */

/** True when `text` has the form of a UUID (the ids of every table). */
export function isUuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}

/** The first row of a statement that always returns one. */
export function firstRow<Row>(rows: Row[]): Row {
  const row = rows[0];
  if (row === undefined) {
    throw new Error('the statement returned no row');
  }
  return row;
}

/** Collects the parameters of a statement built piece by piece; `add` returns the placeholder to write. */
export class ParameterList {
  readonly values: SqlParameter[] = [];

  /** Adds `value` and returns its placeholder (`$3`). */
  add(value: SqlParameter): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Runs a statement whose single result column is a JSON object named `json_row`, and resolves with those
 * objects. Every read of customer or agent text goes through this: PGlite decodes each text column with a
 * TextDecoder that drops a leading U+FEFF (byte order mark), so a value starting with one would not come back
 * exactly as stored; inside a JSON document the character is not leading and survives. Timestamps arrive as
 * ISO text and bigints as numbers.
 */
export async function queryJsonRows<Row>(
  executor: SqlExecutor,
  sql: string,
  parameters: readonly SqlParameter[] = [],
): Promise<Row[]> {
  const rows = await executor.query<{ json_row: Row }>(sql, parameters);
  return rows.map((row) => row.json_row);
}
