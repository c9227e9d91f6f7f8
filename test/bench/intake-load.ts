import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * The intake bench's load generator. It runs in its own worker thread because the web-form submissions it
 * stands for come from other machines: sending them from the service's own thread would charge the
 * client's work (building, sending and parsing HTTP) to the service it measures.
 */

/** What the bench hands the worker. */
export interface IntakeLoad {
  /** The nodes to post to, in turn (one URL for a single service). */
  urls: readonly string[];
  adminToken: string;
  count: number;
  concurrency: number;
  /** Tickets sent one by one before timing (connections, JIT, the database's caches). */
  warmup: number;
}

/** What the worker answers: the timed seconds, or the first failure. */
export type IntakeLoadOutcome = { seconds: number } | { error: string };

const sampleBodies = [
  '어제 오후 3시쯤 XRP 출금했는데 아직 도착하지 않았어요. TXID 3AC4911BC0F6D0B807BF2177CED8F1AB97CFFB5780944A55B15EE527613618F6 입니다. 앱 재설치도 해봤습니다.',
  'My USDT deposit on TRC20 has not been credited after 2 hours. Tx hash 0x4a55e8c1d6f0b2a3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b. iPhone 14, iOS 17.2, app 1.45.2',
  '昨天下午3点提交的限价单无法撤销，订单号 4f1c2e9a-7b3d-4e5f-9a1b-2c3d4e5f6a7b，已经重启过应用。',
  'API returns 401 invalid signature since this morning. I regenerated the key already. Error: {"error":{"name":"invalid_query_payload"}}',
];

async function sendLoad(load: IntakeLoad): Promise<number> {
  // node:http with a keep-alive pool, not fetch: fetch's streams cost the load generator several times
  // more CPU per request, and on a 2-core machine that CPU is taken from the service it measures.
  const agent = new Agent({ keepAlive: true, maxSockets: load.concurrency });
  const targets = load.urls.map((url) => new URL('/api/tickets', url));
  const post = (index: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({
        requester: { email: `bench${index % 5000}@example.com`, name: `Bench ${index}` },
        category: 'deposit_withdrawal',
        subject: `Bench ticket ${index}`,
        body: sampleBodies[index % sampleBodies.length],
      });
      const sent = request(
        // Round robin over the nodes, as a load balancer spreads the submissions.
        targets[index % targets.length] as URL,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${load.adminToken}`,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            if (response.statusCode === 201) {
              resolve();
            } else {
              reject(
                new Error(`intake answered ${response.statusCode}: ${Buffer.concat(chunks).toString()}`),
              );
            }
          });
          response.on('error', reject);
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });
  for (let index = 0; index < load.warmup; index += 1) {
    await post(index);
  }
  let next = load.warmup;
  const end = load.warmup + load.count;
  const startedAt = performance.now();
  const sender = async (): Promise<void> => {
    while (next < end) {
      const index = next;
      next += 1;
      await post(index);
    }
  };
  await Promise.all(Array.from({ length: load.concurrency }, sender));
  const seconds = (performance.now() - startedAt) / 1000;
  agent.destroy();
  return seconds;
}

if (parentPort !== null && workerData !== undefined && workerData !== null) {
  const port = parentPort;
  sendLoad(workerData as IntakeLoad).then(
    (seconds) => port.postMessage({ seconds } satisfies IntakeLoadOutcome),
    (error: unknown) => port.postMessage({ error: String(error) } satisfies IntakeLoadOutcome),
  );
}
