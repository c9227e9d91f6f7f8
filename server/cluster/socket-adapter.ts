import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';

/** The socket.io adapter between the nodes, and what closes its connections. */
export interface SocketAdapter {
  /** For `new Server(…, { adapter })`. */
  adapter: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}

/**
 * `@socket.io/postgres-adapter` on a small pool of its own: it carries only ephemeral traffic between nodes
 * (each node's presence, ids only: socket-server.ts), never changes, which come from the change log. Its
 * channel is named after the schema, like the change log's, so services in different schemas of one
 * database (tests) stay apart.
 */
export async function createSocketAdapter(url: string, log: (line: string) => void): Promise<SocketAdapter> {
  const pool = new pg.Pool({ connectionString: url, max: 3, application_name: 'console socket adapter' });
  pool.on('error', () => undefined);
  // The adapter keeps one client checked out for LISTEN, and pg's pool only guards idle clients against
  // errors: an unguarded error (the backend was terminated) would end the process. The adapter reconnects
  // on the client's `end`.
  const guarded = new WeakSet<pg.PoolClient>();
  pool.on('acquire', (client) => {
    if (!guarded.has(client)) {
      guarded.add(client);
      client.on('error', (error) => log(`socket adapter: connection lost: ${error.message}`));
    }
  });
  try {
    const rows = await pool.query<{ schema: string }>('select current_schema() as schema');
    const schema = rows.rows[0]?.schema ?? 'public';
    const adapter = createAdapter(pool, {
      channelPrefix: `console_sockets_${schema}`,
      errorHandler: (error) => log(`socket adapter: ${error.message}`),
    });
    return { adapter, close: () => pool.end() };
  } catch (error) {
    await pool.end();
    throw error;
  }
}
