import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import pg from 'pg';
import { startService, type RunningService } from '../../server/service';
import { startModuleWorker } from '../../server/threads/module-worker';
import { intakeBody } from './intake-bodies';
import type { LargeIntakeLoad, LargeIntakeLoadOutcome } from './large-intake-load';
import { quantile, type BenchResult } from './table';

/**
 * Two figures of issue 16 (docs/security.md): a small intake's p95 while six 1 MB intakes arrive at once
 * (intake analyses only the first 50,000 characters of a text, and its analysis queue takes small texts
 * first), and the cost of the access log on ticket reads: p95 of `GET /api/tickets/:id` with the access log
 * and read budget, and without them. PGlite in memory (or PostgreSQL), the analysis worker threads on,
 * loopback HTTP; the large intakes' client runs in a worker thread of its own (large-intake-load.ts).
 */

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/** Sends one request; resolves with the status and the milliseconds until the whole answer arrived. */
function send(
  url: string,
  method: string,
  path: string,
  token: string | null,
  body: Buffer | null,
): Promise<{ status: number; ms: number; text: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {};
    if (token !== null) {
      headers.authorization = `Bearer ${token}`;
    }
    if (body !== null) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = body.byteLength;
    }
    const sent = request(new URL(path, url), { method, agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          ms: performance.now() - started,
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    sent.on('error', reject);
    sent.end(body ?? undefined);
  });
}

/**
 * Runs `work` against a service on PGlite in memory, or on the PostgreSQL server `databaseUrl` names, in a
 * schema of its own (dropped afterwards).
 */
async function withService<T>(
  options: { auditReads?: boolean; databaseUrl?: string },
  work: (service: RunningService) => Promise<T>,
): Promise<T> {
  const { databaseUrl, ...rest } = options;
  const schema = `bench_reads_${randomBytes(4).toString('hex')}`;
  let serviceUrl: string | null = null;
  if (databaseUrl !== undefined) {
    await onPostgres(databaseUrl, `create schema ${schema}`);
    const url = new URL(databaseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    serviceUrl = url.toString();
  }
  try {
    const service = await startService({
      port: 0,
      dataDir: null,
      adminToken: 'reads-bench-admin',
      log: () => undefined,
      ...(serviceUrl === null ? {} : { databaseUrl: serviceUrl }),
      ...rest,
    });
    try {
      return await work(service);
    } finally {
      await service.close();
    }
  } finally {
    if (databaseUrl !== undefined) {
      await onPostgres(databaseUrl, `drop schema if exists ${schema} cascade`);
    }
  }
}

async function onPostgres(databaseUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Runs the large-intake load generator in its own worker thread; resolves with the small intakes' milliseconds. */
function runLargeIntakeLoad(load: LargeIntakeLoad): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const worker = startModuleWorker(new URL('./large-intake-load.ts', import.meta.url), {
      workerData: load,
    });
    worker.once('message', (outcome: LargeIntakeLoadOutcome) => {
      void worker.terminate();
      if ('error' in outcome) {
        reject(new Error(outcome.error));
      } else {
        resolve(outcome.samples);
      }
    });
    worker.once('error', reject);
  });
}

/**
 * p95 of a small intake sent while six 1 MB intakes are in flight, over `rounds` rounds (three small intakes
 * a round), on PGlite in memory or on the PostgreSQL server `databaseUrl` names.
 */
async function smallIntakeUnderLargeOnes(rounds: number, databaseUrl?: string): Promise<BenchResult> {
  return withService(databaseUrl ? { databaseUrl } : {}, async (service) => {
    const samples = await runLargeIntakeLoad({ url: service.url, adminToken: service.adminToken, rounds });
    return {
      scenario: `intake beside six 1 MB intakes (${databaseUrl ? 'PostgreSQL' : 'PGlite'})`,
      metric: `small intake p95, ${samples.length} samples`,
      value: quantile(samples, 0.95),
      unit: 'ms',
      target: '<= 200',
    };
  });
}

/** p95 of ticket detail reads by one agent, `reads` reads with 4 in flight over `tickets` tickets. */
async function ticketReads(
  auditReads: boolean,
  tickets: number,
  reads: number,
  databaseUrl: string | undefined,
): Promise<number> {
  return withService({ auditReads, ...(databaseUrl ? { databaseUrl } : {}) }, async (service) => {
    const admin = service.adminToken;
    const ids: string[] = [];
    for (let index = 0; index < tickets; index += 1) {
      const answer = await send(
        service.url,
        'POST',
        '/api/tickets',
        admin,
        intakeBody(index, 'My USDT deposit on TRC20 has not been credited after 2 hours.'),
      );
      ids.push((JSON.parse(answer.text) as { id: string }).id);
    }
    const password = 'Bench-Reader-Quartz-9917';
    await send(
      service.url,
      'POST',
      '/api/agents',
      admin,
      Buffer.from(JSON.stringify({ email: 'reader@bench.example', name: 'Reader', role: 'agent', password })),
    );
    const login = await send(
      service.url,
      'POST',
      '/api/login',
      null,
      Buffer.from(JSON.stringify({ email: 'reader@bench.example', password })),
    );
    const token = (JSON.parse(login.text) as { token: string }).token;
    // A budget above the reads, so every read is allowed and counted.
    await send(
      service.url,
      'PUT',
      '/api/settings/read-limits',
      admin,
      Buffer.from(JSON.stringify({ hourly_ticket_budget: 1_000_000 })),
    );
    const samples: number[] = [];
    let next = 0;
    const reader = async (): Promise<void> => {
      while (next < reads) {
        const index = next;
        next += 1;
        const answer = await send(service.url, 'GET', `/api/tickets/${ids[index % ids.length]}`, token, null);
        if (answer.status !== 200) {
          throw new Error(`read answered ${answer.status}`);
        }
        if (index >= 100) {
          samples.push(answer.ms);
        }
      }
    };
    await Promise.all([reader(), reader(), reader(), reader()]);
    return quantile(samples, 0.95);
  });
}

/**
 * The scenario of `npm run bench` (`tsx test/bench/run.ts "reads and large"` runs only it), on PGlite in
 * memory, or on PostgreSQL with `databaseUrl`.
 */
export async function benchReads(databaseUrl?: string): Promise<BenchResult[]> {
  const label = databaseUrl ? 'PostgreSQL' : 'PGlite';
  const intake = await smallIntakeUnderLargeOnes(10, databaseUrl);
  const without = await ticketReads(false, 500, 2100, databaseUrl);
  const withLog = await ticketReads(true, 500, 2100, databaseUrl);
  return [
    intake,
    {
      scenario: `ticket reads (${label})`,
      metric: 'GET /api/tickets/:id p95, without access log',
      value: without,
      unit: 'ms',
      target: '',
    },
    {
      scenario: `ticket reads (${label})`,
      metric: 'GET /api/tickets/:id p95, with access log and read budget',
      value: withLog,
      unit: 'ms',
      target: '',
      note: `+${(withLog - without).toFixed(1)} ms`,
    },
  ];
}
