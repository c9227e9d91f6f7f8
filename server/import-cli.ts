import { setTimeout as sleep } from 'node:timers/promises';
import { importUsage, parseImportArguments, UsageError } from './import/options';
import { runImport } from './import/run-import';

/*
 * `npm run import -- <file> [--server URL --token T] [--format json|ndjson|csv|zendesk] [--mapping m.json]
 * [--batch 500] [--dry-run]`: a client of `POST /api/import` (docs/import.md). Exit codes: 0 imported (bad
 * rows are listed but do not fail the run), 1 the service refused everything or could not be reached or the
 * file could not be read, 2 a mistake on the command line.
 */

async function main(): Promise<number> {
  let options;
  try {
    options = parseImportArguments(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${importUsage}\n`);
      return 2;
    }
    throw error;
  }
  const summary = await runImport(options, {
    stdout: process.stdout,
    stderr: process.stderr,
    isCi: process.env.CI === 'true' || process.env.CI === '1',
    fetch,
    sleep: (milliseconds) => sleep(milliseconds),
    now: () => Date.now(),
  });
  return summary.exitCode;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `import failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
