import pg from 'pg';

/** Options of `openDedicatedConnection`. */
export interface DedicatedConnectionOptions {
  /** The node's `DATABASE_URL`. */
  url: string;
  /** Its `application_name`, so an operator (or a test) can tell the connection apart in pg_stat_activity. */
  name: string;
  /**
   * Runs on the first connection and on every reconnection, before the connection counts as up: session
   * state (LISTEN, advisory locks) died with the previous connection and is set up again here.
   */
  onConnect: (client: pg.Client) => Promise<void>;
  /** Called once each time an established connection is lost. */
  onLost: () => void;
  log: (line: string) => void;
  /** The first wait before reconnecting; doubles up to `maxRetryMs`. 250 ms by default. */
  retryMs?: number;
  /** 5 s by default. */
  maxRetryMs?: number;
}

/** One PostgreSQL connection outside the pool, for session state, that comes back after it is lost. */
export interface DedicatedConnection {
  /** The connection while it is up, else null. */
  client(): pg.Client | null;
  /** Ends the connection and stops reconnecting. */
  close(): Promise<void>;
}

/**
 * Opens a dedicated connection (resolves once the first `onConnect` ran; rejects when the first attempt
 * fails, so a node with an unreachable database does not start). Afterwards a lost connection (the server
 * restarted, the backend was terminated, the network failed) is reported with `onLost` and opened again,
 * waiting longer after each failed attempt.
 */
export async function openDedicatedConnection(
  options: DedicatedConnectionOptions,
): Promise<DedicatedConnection> {
  const firstRetryMs = options.retryMs ?? 250;
  const maxRetryMs = options.maxRetryMs ?? 5000;
  let current: pg.Client | null = null;
  let isClosed = false;
  let retryTimer: NodeJS.Timeout | null = null;
  let nextRetryMs = firstRetryMs;

  const connect = async (): Promise<void> => {
    const client = new pg.Client({
      connectionString: options.url,
      application_name: options.name,
      keepAlive: true,
    });
    // Errors while connecting reject `connect` instead; only an established connection is lost.
    let isEstablished = false;
    const lose = (): void => {
      if (!isEstablished) {
        return;
      }
      isEstablished = false;
      if (current === client) {
        current = null;
        options.onLost();
      }
      client.end().catch(() => undefined);
      scheduleReconnect();
    };
    // An error on an idle client must not crash the process: it is a lost connection.
    client.on('error', (error) => {
      if (!isClosed) {
        options.log(`${options.name}: connection lost: ${error.message}`);
      }
      lose();
    });
    client.on('end', lose);
    try {
      await client.connect();
      await options.onConnect(client);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      throw error;
    }
    if (isClosed) {
      await client.end().catch(() => undefined);
      return;
    }
    current = client;
    isEstablished = true;
    nextRetryMs = firstRetryMs;
  };

  function scheduleReconnect(): void {
    if (isClosed || retryTimer !== null) {
      return;
    }
    const waitMs = nextRetryMs;
    nextRetryMs = Math.min(maxRetryMs, nextRetryMs * 2);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connect().then(
        () => options.log(`${options.name}: connected again`),
        (error: unknown) => {
          options.log(
            `${options.name}: reconnecting failed: ${error instanceof Error ? error.message : String(error)}`,
          );
          scheduleReconnect();
        },
      );
    }, waitMs);
  }

  await connect();
  return {
    client: () => current,
    close: async () => {
      isClosed = true;
      if (retryTimer !== null) {
        clearTimeout(retryTimer);
        retryTimer = null;
      }
      const client = current;
      current = null;
      if (client !== null) {
        client.removeAllListeners('end');
        await client.end().catch(() => undefined);
      }
    },
  };
}
