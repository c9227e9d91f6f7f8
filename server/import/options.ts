import { parseArgs } from 'node:util';
import { isKnownTimeZone } from '../../shared/import/dates';

/** The source formats the importer reads. */
export const importFormats = ['json', 'ndjson', 'csv', 'zendesk'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** What `npm run import -- <file> ...` was asked to do (docs/import.md). */
export interface ImportOptions {
  file: string;
  server: string;
  token: string | null;
  /** Null: decided from the file name and its first bytes. */
  format: ImportFormat | null;
  mappingFile: string | null;
  /** `--map field=Column,...`, applied over the mapping file. */
  map: string | null;
  timezone: string | null;
  batchSize: number;
  dryRun: boolean;
  zendeskCategoryField: string | null;
  zendeskCategoryTagPrefix: string | null;
}

/** A mistake on the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export const importUsage = `usage: npm run import -- <file> [--server URL] [--token T] [--format json|ndjson|csv|zendesk]
       [--mapping mapping.json] [--map field=Column,...] [--timezone Asia/Seoul] [--batch 500] [--dry-run]
       [--zendesk-category-field ID] [--zendesk-category-tag-prefix PREFIX]
The token defaults to CONSOLE_ADMIN_TOKEN; the server to http://127.0.0.1:8080. See docs/import.md.`;

/** Parses the arguments; throws UsageError with the reason. */
export function parseImportArguments(
  argumentsList: readonly string[],
  environment: NodeJS.ProcessEnv,
): ImportOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argumentsList],
      allowPositionals: true,
      options: {
        server: { type: 'string' },
        token: { type: 'string' },
        format: { type: 'string' },
        mapping: { type: 'string' },
        map: { type: 'string' },
        timezone: { type: 'string' },
        batch: { type: 'string' },
        'dry-run': { type: 'boolean' },
        'zendesk-category-field': { type: 'string' },
        'zendesk-category-tag-prefix': { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || positionals[0] === undefined) {
    throw new UsageError(positionals.length === 0 ? 'name the file to import' : 'import one file at a time');
  }
  const format = values.format ?? null;
  if (format !== null && !(importFormats as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${importFormats.join(', ')}`);
  }
  const batchSize = values.batch === undefined ? 500 : Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
    throw new UsageError('--batch must be a whole number from 1 to 10000');
  }
  if (values.timezone !== undefined && !isKnownTimeZone(values.timezone)) {
    throw new UsageError(`--timezone: "${values.timezone}" is not an IANA time zone such as Asia/Seoul`);
  }
  const server = values.server ?? 'http://127.0.0.1:8080';
  try {
    new URL(server);
  } catch {
    throw new UsageError(`--server: "${server}" is not a URL`);
  }
  const dryRun = values['dry-run'] ?? false;
  const token = values.token ?? environment.CONSOLE_ADMIN_TOKEN ?? null;
  if (token === null && !dryRun) {
    throw new UsageError('give the admin token with --token or CONSOLE_ADMIN_TOKEN');
  }
  return {
    file: positionals[0],
    server: server.replace(/\/+$/, ''),
    token,
    format: format as ImportFormat | null,
    mappingFile: values.mapping ?? null,
    map: values.map ?? null,
    timezone: values.timezone ?? null,
    batchSize,
    dryRun,
    zendeskCategoryField: values['zendesk-category-field'] ?? null,
    zendeskCategoryTagPrefix: values['zendesk-category-tag-prefix'] ?? null,
  };
}
