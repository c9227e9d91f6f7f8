import { insertAgent } from '../../server/storage/agent-store';
import { issueSessionToken } from '../../server/accounts/sessions';
import { openPostgresDatabase } from '../../server/storage/postgres-database';
import { startModuleWorker } from '../../server/threads/module-worker';

/**
 * The several-nodes bench's agents: accounts with a session each, and one socket.io socket per agent (the
 * way each console holds one), held by a worker thread per node (`agent-socket-worker.ts`).
 */

/** Runs `task` over `items` with at most `concurrency` at once, keeping the order of the results. */
export async function inBatches<Item, Result>(
  items: readonly Item[],
  concurrency: number,
  task: (item: Item, index: number) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = new Array<Result>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index] as Item, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/**
 * Creates `count` agents (role agent) in `schema` and a session token for each, through the service's own
 * storage functions (`insertAgent`, `issueSessionToken`: the token is stored as its SHA-256 hash, as a login
 * stores it). Not through `POST /api/login`: 1,500 logins would spend minutes on scrypt and the per-address
 * login budget (100 a minute), which is not what this bench measures. Each agent gets its own token because
 * one token may hold at most 10 sockets.
 */
export async function createAgentSessions(
  postgresUrl: string,
  schema: string,
  count: number,
): Promise<string[]> {
  const database = await openPostgresDatabase({ url: postgresUrl, schema, poolSize: 8 });
  try {
    const numbers = Array.from({ length: count }, (_, index) => index + 1);
    return await inBatches(numbers, 8, async (number) => {
      const agent = await insertAgent(
        database,
        { email: `bench-agent-${number}@example.com`, name: `Bench agent ${number}`, role: 'agent' },
        null,
      );
      return (await issueSessionToken(database, agent.id, 'bench', Date.now())).token;
    });
  } finally {
    await database.close();
  }
}

/** What one socket heard: the seqs in arrival order, and when each arrived (milliseconds since the epoch). */
export interface HeardChanges {
  seqs: number[];
  arrivals: number[];
  /** Whether the socket lost its connection during the run (its missing changes count as lost). */
  dropped: boolean;
}

/** The parent's requests to a socket worker (`agent-socket-worker.ts`). */
export type SocketWorkerRequest =
  { type: 'start' } | { type: 'report'; lastSeq: number; expected: number; timeoutMs: number };

/** A socket worker's answers. */
export type SocketWorkerAnswer =
  | { type: 'connected' }
  | { type: 'report'; sockets: HeardChanges[]; eventLoopDelayP99Ms: number }
  | { type: 'error'; error: string };

/** What a socket worker is started with. */
export interface SocketWorkerData {
  url: string;
  tokens: string[];
}

/** A worker thread holding one node's agents' sockets. */
export interface SocketWorker {
  /** Clears what was heard so far and starts timing the worker's event loop. */
  start(): void;
  /**
   * Waits until every socket heard `expected` changes up to `lastSeq` (or `timeoutMs` passed), then
   * resolves with what each heard and the worker's event-loop delay since `start`.
   */
  report(
    lastSeq: number,
    expected: number,
    timeoutMs: number,
  ): Promise<{ sockets: HeardChanges[]; eventLoopDelayP99Ms: number }>;
  /** Closes the sockets with the thread. */
  close(): Promise<void>;
}

/**
 * Connects one socket per token to `url` in a worker thread of its own: the agents' consoles run on other
 * machines, and 500 sockets' events parsed on the bench's thread would delay its own requests and each
 * other's arrival times (measured: event-loop delay p99 3.5 s with 1,500 sockets on the bench's thread).
 */
export async function startSocketWorker(url: string, tokens: string[]): Promise<SocketWorker> {
  const worker = startModuleWorker(new URL('./agent-socket-worker.ts', import.meta.url), {
    workerData: { url, tokens } satisfies SocketWorkerData,
  });
  const next = (): Promise<SocketWorkerAnswer> =>
    new Promise((resolve, reject) => {
      const onError = (error: Error): void => {
        worker.off('message', onMessage);
        reject(error);
      };
      const onMessage = (answer: SocketWorkerAnswer): void => {
        worker.off('error', onError);
        resolve(answer);
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
    });
  const expect = async <Type extends SocketWorkerAnswer['type']>(
    type: Type,
  ): Promise<Extract<SocketWorkerAnswer, { type: Type }>> => {
    const answer = await next();
    if (answer.type === 'error') {
      throw new Error(`socket worker for ${url}: ${answer.error}`);
    }
    if (answer.type !== type) {
      throw new Error(`socket worker for ${url} answered ${answer.type}, not ${type}`);
    }
    return answer as Extract<SocketWorkerAnswer, { type: Type }>;
  };
  try {
    await expect('connected');
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  const send = (request: SocketWorkerRequest): void => worker.postMessage(request);
  return {
    start: () => send({ type: 'start' }),
    report: async (lastSeq, expected, timeoutMs) => {
      const answer = expect('report');
      send({ type: 'report', lastSeq, expected, timeoutMs });
      return answer;
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
