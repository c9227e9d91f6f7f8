import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SqlDatabase } from './database';
import { advisoryLocks } from './advisory-locks';

/** One schema step: `server/migrations/0002-add-sla.sql` is version `0002`, name `0002-add-sla`. */
export interface Migration {
  version: string;
  name: string;
  sql: string;
}

/** The folder the service's migrations live in (next to this folder). */
export const migrationsDirectory = fileURLToPath(new URL('../migrations/', import.meta.url));

/** Reads the migrations of `directory`, in version order. Files are `NNNN-words.sql`. */
export function readMigrations(directory: string = migrationsDirectory): Migration[] {
  return readdirSync(directory)
    .filter((file) => /^\d{4}-[a-z0-9-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: file.slice(0, 4),
      name: file.replace(/\.sql$/, ''),
      sql: readFileSync(`${directory}/${file}`, 'utf8'),
    }));
}

/**
 * Brings the database up to date: applies, in order and each in its own transaction, every migration not
 * yet listed in `schema_migrations`. Safe when several service nodes start at once (an advisory lock makes
 * them take turns). Resolves with the versions it applied.
 */
export async function migrate(
  database: SqlDatabase,
  migrations: Migration[] = readMigrations(),
): Promise<string[]> {
  await database.query(
    `create table if not exists schema_migrations (
       version text primary key,
       name text not null,
       applied_at timestamptz not null default now()
     )`,
  );
  const applied: string[] = [];
  for (const migration of migrations) {
    const didApply = await database.transaction(async (transaction) => {
      await transaction.query('select pg_advisory_xact_lock($1)', [advisoryLocks.migrations]);
      const existing = await transaction.query<{ version: string }>(
        'select version from schema_migrations where version = $1',
        [migration.version],
      );
      if (existing.length > 0) {
        return false;
      }
      await transaction.runScript(migration.sql);
      await transaction.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (didApply) {
      applied.push(migration.version);
    }
  }
  return applied;
}
