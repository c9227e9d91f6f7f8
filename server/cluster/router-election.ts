import type pg from 'pg';
import { advisoryLocks } from '../storage/advisory-locks';
import { openDedicatedConnection, type DedicatedConnection } from './dedicated-connection';

/** Options of `startRouterElection`. */
export interface RouterElectionOptions {
  url: string;
  /** Called when this node becomes the router (true) and when it stops being it (false). */
  onChange: (isRouter: boolean) => void;
  log: (line: string) => void;
  /** How often a node that is not the router tries the lock, and the router checks its connection; 1 s by default. */
  intervalMs?: number;
}

/** This node's part in electing the one router. */
export interface RouterElection {
  isRouter(): boolean;
  /** Gives up the router's part (the lock is released with the connection) and stops trying. */
  close(): Promise<void>;
}

/**
 * Elects one router among the nodes of one database: the node holding a session-level advisory lock on a
 * dedicated connection. The lock lives exactly as long as that connection: when the router's process dies
 * or its connection is lost, PostgreSQL frees it and the next node to try (every `intervalMs`) takes over.
 * The lock is keyed by the schema too, so services in different schemas of one database elect separately.
 * Resolves after the first try, so a lone node is the router before it answers its first request.
 */
export async function startRouterElection(options: RouterElectionOptions): Promise<RouterElection> {
  const intervalMs = options.intervalMs ?? 1000;
  let isRouter = false;
  let isClosed = false;
  let isTrying = false;
  const setRouter = (next: boolean): void => {
    if (next !== isRouter) {
      isRouter = next;
      options.log(next ? 'router: this node routes waiting tickets' : 'router: this node stopped routing');
      options.onChange(next);
    }
  };
  const tryLock = async (client: pg.Client): Promise<void> => {
    const rows = await client.query<{ locked: boolean }>(
      'select pg_try_advisory_lock($1, hashtext(current_schema())) as locked',
      [advisoryLocks.router],
    );
    if (rows.rows[0]?.locked === true && !isClosed) {
      setRouter(true);
    }
  };
  const attempt = async (connection: DedicatedConnection | null): Promise<void> => {
    const client = connection?.client() ?? null;
    if (client === null || isTrying || isClosed) {
      return;
    }
    isTrying = true;
    try {
      if (isRouter) {
        // A round trip notices a connection that died quietly (the lock went with it).
        await client.query('select 1');
      } else {
        await tryLock(client);
      }
    } catch {
      // The connection reports its loss through onLost; the next attempt runs on the new one.
    } finally {
      isTrying = false;
    }
  };
  let connection: DedicatedConnection | null = null;
  connection = await openDedicatedConnection({
    url: options.url,
    name: 'console router election',
    log: options.log,
    onConnect: tryLock,
    onLost: () => setRouter(false),
  });
  const timer = setInterval(() => {
    void attempt(connection);
  }, intervalMs);
  timer.unref();
  return {
    isRouter: () => isRouter,
    close: async () => {
      isClosed = true;
      clearInterval(timer);
      setRouter(false);
      await connection?.close();
    },
  };
}
