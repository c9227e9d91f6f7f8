import { Agent, request } from 'node:http';
import { startService, type RunningService } from '../../server/service';
import { quantile, type BenchResult } from './table';

/**
 * Two figures of issue 16 (docs/security.md): a small intake's p95 while six 1 MB intakes arrive at once
 * (intake analyses only the first 50,000 characters of a text, and its analysis queue takes small texts
 * first), and the cost of the access log on ticket reads: p95 of `GET /api/tickets/:id` with the access log
 * and read budget, and without them. PGlite in memory, the analysis worker thread on, loopback HTTP.
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

function intakeBody(index: number, bodyText: string): Buffer {
  return Buffer.from(
    JSON.stringify({
      requester: { email: `reads-bench${index}@example.com`, name: `Bench ${index}` },
      category: 'deposit_withdrawal',
      subject: `Withdrawal ${index} not received`,
      body: bodyText,
    }),
  );
}

/** A customer's long text of `bytes` characters (1,000,000 is the body limit): the same paragraph many times, as a pasted log would be. */
function largeText(bytes: number, seed: number): string {
  const paragraph = `Attempt ${seed}: withdrawal of 0.5 ETH to 0x4a55e8c1d6f0b2a3c4d5e6f708192a3b4c5d6e7f failed with error 502 at 10:02, app 1.45.2 on iPhone 14. `;
  return paragraph.repeat(Math.ceil(bytes / paragraph.length)).slice(0, bytes);
}

async function withService<T>(
  options: { auditReads?: boolean },
  work: (service: RunningService) => Promise<T>,
): Promise<T> {
  const service = await startService({
    port: 0,
    dataDir: null,
    adminToken: 'reads-bench-admin',
    log: () => undefined,
    ...options,
  });
  try {
    return await work(service);
  } finally {
    await service.close();
  }
}

/** p95 of a small intake sent while six 1 MB intakes are in flight, over `rounds` rounds. */
async function smallIntakeUnderLargeOnes(rounds: number): Promise<BenchResult> {
  return withService({}, async (service) => {
    const admin = service.adminToken;
    const large = Array.from({ length: 6 }, (_, index) => intakeBody(index, largeText(1_000_000, index)));
    // Warm up: connections, the worker thread, the database.
    for (let index = 0; index < 20; index += 1) {
      await send(
        service.url,
        'POST',
        '/api/tickets',
        admin,
        intakeBody(index, 'My deposit has not arrived.'),
      );
    }
    const samples: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const bulky = large.map((body) => send(service.url, 'POST', '/api/tickets', admin, body));
      // Small intakes arrive while the large ones are read, analyzed and stored.
      const smalls = [5, 50, 150].map(async (delay, index) => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        const answer = await send(
          service.url,
          'POST',
          '/api/tickets',
          admin,
          intakeBody(
            1000 + round * 3 + index,
            'XRP withdrawal pending for 3 hours, TXID 3AC4911BC0F6D0B807BF.',
          ),
        );
        if (answer.status !== 201) {
          throw new Error(`small intake answered ${answer.status}`);
        }
        return answer.ms;
      });
      samples.push(...(await Promise.all(smalls)));
      const statuses = (await Promise.all(bulky)).map((answer) => answer.status);
      if (statuses.some((status) => status !== 201)) {
        throw new Error(`large intakes answered ${statuses.join(', ')}`);
      }
    }
    return {
      scenario: 'intake beside six 1 MB intakes (PGlite)',
      metric: `small intake p95, ${samples.length} samples`,
      value: quantile(samples, 0.95),
      unit: 'ms',
      target: '<= 200',
    };
  });
}

/** p95 of ticket detail reads by one agent, `reads` reads with 4 in flight over `tickets` tickets. */
async function ticketReads(auditReads: boolean, tickets: number, reads: number): Promise<number> {
  return withService({ auditReads }, async (service) => {
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

/** The scenario of `npm run bench`: `tsx test/bench/run.ts reads` runs only it. */
export async function benchReads(): Promise<BenchResult[]> {
  const intake = await smallIntakeUnderLargeOnes(10);
  const without = await ticketReads(false, 500, 2100);
  const withLog = await ticketReads(true, 500, 2100);
  return [
    intake,
    {
      scenario: 'ticket reads (PGlite)',
      metric: 'GET /api/tickets/:id p95, without access log',
      value: without,
      unit: 'ms',
      target: '',
    },
    {
      scenario: 'ticket reads (PGlite)',
      metric: 'GET /api/tickets/:id p95, with access log and read budget',
      value: withLog,
      unit: 'ms',
      target: '',
      note: `+${(withLog - without).toFixed(1)} ms`,
    },
  ];
}
