import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { intakeBody, largeText } from './intake-bodies';

/**
 * The load generator of the "reads and large intakes" bench's first figure: six 1,000,000-character intakes
 * sent at once, and three small ones arriving while they are read, analyzed and stored. It runs in its own
 * worker thread because real customers send from other machines: built and sent from the service's own
 * thread, the six 1 MB bodies (and reading the answers) took the service's event loop, and a small intake's
 * answer waited there for the client, not for the service.
 */

/** What the bench hands the worker. */
export interface LargeIntakeLoad {
  url: string;
  adminToken: string;
  /** Rounds of six large and three small intakes. */
  rounds: number;
}

/** What the worker answers: each small intake's milliseconds, or the first failure. */
export type LargeIntakeLoadOutcome = { samples: number[] } | { error: string };

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/** Posts one intake; resolves with the status and the milliseconds until the whole answer arrived. */
function post(url: string, token: string, body: Buffer): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const sent = request(
      new URL('/api/tickets', url),
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': body.byteLength,
        },
      },
      (response) => {
        response.on('data', () => undefined);
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }),
        );
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

async function sendLoad(load: LargeIntakeLoad): Promise<number[]> {
  const large = Array.from({ length: 6 }, (_, index) => intakeBody(index, largeText(1_000_000, index)));
  // Warm up: connections, the analysis worker, the database.
  for (let index = 0; index < 20; index += 1) {
    await post(load.url, load.adminToken, intakeBody(index, 'My deposit has not arrived.'));
  }
  const samples: number[] = [];
  for (let round = 0; round < load.rounds; round += 1) {
    const bulky = large.map((body) => post(load.url, load.adminToken, body));
    // Small intakes arrive while the large ones are read, analyzed and stored.
    const smalls = [5, 50, 150].map(async (delay, index) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      const text = 'XRP withdrawal pending for 3 hours, TXID 3AC4911BC0F6D0B807BF.';
      const answer = await post(load.url, load.adminToken, intakeBody(1000 + round * 3 + index, text));
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
  return samples;
}

sendLoad(workerData as LargeIntakeLoad).then(
  (samples) => parentPort?.postMessage({ samples } satisfies LargeIntakeLoadOutcome),
  (error: unknown) => parentPort?.postMessage({ error: String(error) } satisfies LargeIntakeLoadOutcome),
);
