import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startService } from '../../server/service';
import type { BenchResult } from './table';

const sampleBodies = [
  '어제 오후 3시쯤 XRP 출금했는데 아직 도착하지 않았어요. TXID 3AC4911BC0F6D0B807BF2177CED8F1AB97CFFB5780944A55B15EE527613618F6 입니다. 앱 재설치도 해봤습니다.',
  'My USDT deposit on TRC20 has not been credited after 2 hours. Tx hash 0x4a55e8c1d6f0b2a3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b. iPhone 14, iOS 17.2, app 1.45.2',
  '昨天下午3点提交的限价单无法撤销，订单号 4f1c2e9a-7b3d-4e5f-9a1b-2c3d4e5f6a7b，已经重启过应用。',
  'API returns 401 invalid signature since this morning. I regenerated the key already. Error: {"error":{"name":"invalid_query_payload"}}',
];

/**
 * Intake throughput: posts `count` tickets through `POST /api/tickets` over loopback HTTP with a few
 * requests in flight, the way a burst of web-form submissions arrives.
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
    const post = async (index: number): Promise<void> => {
      const response = await fetch(`${service.url}/api/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
        body: JSON.stringify({
          requester: { email: `bench${index % 5000}@example.com`, name: `Bench ${index}` },
          category: 'deposit_withdrawal',
          subject: `Bench ticket ${index}`,
          body: sampleBodies[index % sampleBodies.length],
        }),
      });
      if (response.status !== 201) {
        throw new Error(`intake answered ${response.status}: ${await response.text()}`);
      }
    };
    // Warm up connections, JIT and the database's caches before timing.
    for (let index = 0; index < 50; index += 1) {
      await post(index);
    }
    let next = 0;
    const startedAt = performance.now();
    const worker = async (): Promise<void> => {
      while (next < options.count) {
        const index = next;
        next += 1;
        await post(index);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    const seconds = (performance.now() - startedAt) / 1000;
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
