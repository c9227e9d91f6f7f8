import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startService } from '../../server/service';
import { startModuleWorker } from '../../server/threads/module-worker';
import type { IntakeLoad, IntakeLoadOutcome } from './intake-load';
import type { BenchResult } from './table';

/**
 * Intake throughput: posts `count` tickets through `POST /api/tickets` over loopback HTTP with a few
 * requests in flight, the way a burst of web-form submissions arrives. The requests are sent from a worker
 * thread (`intake-load.ts`), as they would come from other machines, so the service's thread does only
 * the service's work.
 */
export async function benchIntake(options: {
  label: string;
  databaseUrl?: string;
  count: number;
  concurrency: number;
  target: string;
  /** Runs after the service starts, before timing (the triage bench loads a model with it); names what it did. */
  prepare?: (service: { url: string; adminToken: string }) => Promise<string>;
}): Promise<BenchResult> {
  const dataDir = options.databaseUrl ? null : mkdtempSync(join(tmpdir(), 'console-bench-'));
  const adminToken = 'bench-admin-token';
  const service = await startService({
    port: 0,
    dataDir,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    adminToken,
    log: () => undefined,
  });
  try {
    const prepared = options.prepare ? await options.prepare({ url: service.url, adminToken }) : null;
    const load: IntakeLoad = {
      urls: [service.url],
      adminToken,
      count: options.count,
      concurrency: options.concurrency,
      warmup: 50,
    };
    const seconds = await runLoad(load);
    return {
      scenario: `intake (${options.label})`,
      metric: `throughput, ${options.count} tickets, ${options.concurrency} in flight${prepared ? `, ${prepared}` : ''}`,
      value: options.count / seconds,
      unit: 'tickets/s',
      target: options.target,
    };
  } finally {
    await service.close();
    if (dataDir) {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

/** Runs the load generator in a worker thread and resolves with the timed seconds. */
export function runLoad(load: IntakeLoad): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = startModuleWorker(new URL('./intake-load.ts', import.meta.url), { workerData: load });
    worker.once('message', (outcome: IntakeLoadOutcome) => {
      void worker.terminate();
      if ('error' in outcome) {
        reject(new Error(outcome.error));
      } else {
        resolve(outcome.seconds);
      }
    });
    worker.once('error', reject);
  });
}
