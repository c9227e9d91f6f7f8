import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchIntake } from './intake';
import { benchMetrics } from './metrics';
import { benchQueue } from './queue';
import { formatTable, type BenchResult } from './table';

/**
 * `npm run bench`: runs every scenario, prints a table and writes `bench-results.json` (CONTRACT.md).
 * PostgreSQL scenarios run when BENCH_DATABASE_URL (or TEST_DATABASE_URL) names a server.
 */
async function main(): Promise<void> {
  const results: BenchResult[] = [];
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const run = async (name: string, scenario: () => Promise<BenchResult | BenchResult[]>): Promise<void> => {
    process.stdout.write(`bench: ${name} ...\n`);
    try {
      const outcome = await scenario();
      results.push(...(Array.isArray(outcome) ? outcome : [outcome]));
    } catch (error) {
      results.push({
        scenario: name,
        metric: 'failed',
        value: null,
        unit: '',
        target: '',
        note: String(error).slice(0, 200),
      });
    }
  };

  await run('intake (PGlite)', () =>
    benchIntake({ label: 'PGlite', count: 3000, concurrency: 16, target: '>= 500' }),
  );
  if (databaseUrl) {
    await run('intake (PostgreSQL)', () =>
      benchIntake({ label: 'PostgreSQL', databaseUrl, count: 6000, concurrency: 32, target: '>= 1500' }),
    );
  } else {
    results.push({
      scenario: 'intake (PostgreSQL)',
      metric: 'throughput',
      value: null,
      unit: 'tickets/s',
      target: '>= 1500',
      note: 'skipped: set BENCH_DATABASE_URL',
    });
  }
  await run('queue (Chromium)', () => benchQueue({ webRoot: resolve('dist/web'), count: 100_000 }));
  if (databaseUrl) {
    await run('metrics (PostgreSQL)', () =>
      benchMetrics({
        databaseUrl,
        count: 1_000_000,
        target: '<= 1000',
        log: (line) => process.stdout.write(`${line}\n`),
      }),
    );
  } else {
    process.stdout.write(
      'bench: metrics (PostgreSQL) skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL\n',
    );
    results.push({
      scenario: 'metrics dashboard, 1,000,000 tickets (PostgreSQL)',
      metric: 'whole dashboard, 30 days (median)',
      value: null,
      unit: 'ms',
      target: '<= 1000',
      note: 'skipped: set BENCH_DATABASE_URL',
    });
  }

  process.stdout.write(`\n${formatTable(results)}\n`);
  writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write('\nwritten to bench-results.json\n');
}

await main();
