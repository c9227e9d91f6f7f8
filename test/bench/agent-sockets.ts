import type { Socket } from 'socket.io-client';
import { liveChangeEvent } from '../../shared/domain/schemas';
import { insertAgent } from '../../server/storage/agent-store';
import { issueSessionToken } from '../../server/accounts/sessions';
import { openPostgresDatabase } from '../../server/storage/postgres-database';
import { connectSocket } from '../server/cluster/nodes';

/**
 * The several-nodes bench's agents: accounts with a session each, and one socket.io socket per agent, the
 * way each console holds one.
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

/** One connected agent's socket and the changes it heard: seqs and arrival times, in arrival order. */
export interface ListeningSocket {
  socket: Socket;
  seqs: number[];
  /** `performance.now()` at each arrival. */
  arrivals: number[];
  /** Whether the socket lost its connection during the run (its missing changes count as lost). */
  dropped: boolean;
}

/** Connects one socket per token, token `i` to `urls[i % urls.length]`, a few at a time. */
export async function connectAgents(
  urls: readonly string[],
  tokens: readonly string[],
  opened: Socket[],
): Promise<ListeningSocket[]> {
  return inBatches(tokens, 25, async (token, index) => {
    const socket = await connectSocket(urls[index % urls.length] as string, token);
    opened.push(socket);
    const listening: ListeningSocket = { socket, seqs: [], arrivals: [], dropped: false };
    // Only the seq is read: parsing each event with the contract's schema would charge 1,500 sockets'
    // validation to the clock that times the delivery.
    socket.on(liveChangeEvent, (change: { seq: number }) => {
      listening.arrivals.push(performance.now());
      listening.seqs.push(change.seq);
    });
    socket.on('disconnect', () => {
      listening.dropped = true;
    });
    return listening;
  });
}
