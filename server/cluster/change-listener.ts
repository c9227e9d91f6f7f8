import { openDedicatedConnection } from './dedicated-connection';

/** Options of `startChangeListener`. */
export interface ChangeListenerOptions {
  url: string;
  /**
   * Something may have been committed to the change log: read it (the broadcaster reads after its last seq).
   * Called on each notification, after each reconnection (whatever was committed while the connection was
   * down is in the log), and every `pollMs` as a guard against a connection that died without saying so.
   */
  onCommitted: () => void;
  log: (line: string) => void;
  /** 10 s by default. */
  pollMs?: number;
}

/** Listens for other nodes' commits to the change log. */
export interface ChangeListener {
  close(): Promise<void>;
}

/**
 * LISTENs on the change log's channel (migration 0040: each commit notifies its newest seq, nothing else) on
 * a dedicated connection. Notifications are only a doorbell: the order and content come from the log, read
 * by seq, so a notification lost while the connection was down costs nothing and none is acted on twice.
 */
export async function startChangeListener(options: ChangeListenerOptions): Promise<ChangeListener> {
  let isFirst = true;
  const connection = await openDedicatedConnection({
    url: options.url,
    name: 'console change listener',
    log: options.log,
    onConnect: async (client) => {
      client.on('notification', () => options.onCommitted());
      const rows = await client.query<{ schema: string }>('select current_schema() as schema');
      const schema = rows.rows[0]?.schema ?? 'public';
      // The channel is an identifier: quoted, exactly as the trigger names it.
      await client.query(`listen "console_changes_${schema.replaceAll('"', '""')}"`);
      if (!isFirst) {
        options.onCommitted();
      }
      isFirst = false;
    },
    onLost: () => undefined,
  });
  const poll = setInterval(() => options.onCommitted(), options.pollMs ?? 10_000);
  poll.unref();
  return {
    close: async () => {
      clearInterval(poll);
      await connection.close();
    },
  };
}
