import { ImapFlow } from 'imapflow';
import type { SqlExecutor } from '../storage/database';

/** A running IMAP poller. */
export interface ImapPoller {
  /** Resolves after the next full pass over the mailbox (tests). */
  nextPass(): Promise<void>;
  close(): Promise<void>;
}

/** Options of `startImapPoller`. */
export interface ImapPollerOptions {
  /** `imaps://user:password@host:993/INBOX` (`imap://` for plain IMAP on loopback; the path is the mailbox). */
  url: string;
  /** An OAuth2 access token used instead of the URL's password. */
  accessToken: string | null;
  processedFolder: string;
  database: SqlExecutor;
  /** Stores one raw mail; resolves once it is recorded (a repeat resolves too: it is dropped). */
  receive: (raw: Uint8Array) => Promise<unknown>;
  log: (line: string) => void;
  /** Longest wait between passes when the server announces nothing; 60 s by default. */
  pollMs?: number;
  /** Wait before reconnecting after a failure; 5 s by default. */
  reconnectMs?: number;
}

interface Cursor {
  uid_validity: string;
  last_uid: string | number;
}

/** The connection settings an IMAP URL names. */
export function imapSettings(
  url: string,
  accessToken: string | null,
): {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  pass: string;
  mailbox: string;
  accessToken: string | null;
} {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'imaps:';
  if (!secure && parsed.protocol !== 'imap:') {
    throw new Error(`IMAP_URL must start with imap:// or imaps:// (got ${parsed.protocol})`);
  }
  const mailbox = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'INBOX';
  return {
    host: parsed.hostname,
    port: parsed.port === '' ? (secure ? 993 : 143) : Number(parsed.port),
    secure,
    user: decodeURIComponent(parsed.username),
    pass: decodeURIComponent(parsed.password),
    mailbox,
    accessToken,
  };
}

async function readCursor(database: SqlExecutor, mailbox: string): Promise<Cursor | null> {
  const rows = await database.query<Cursor>(
    'select uid_validity, last_uid from mail_imap_cursors where mailbox = $1',
    [mailbox],
  );
  return rows[0] ?? null;
}

async function writeCursor(
  database: SqlExecutor,
  mailbox: string,
  uidValidity: string,
  lastUid: number,
): Promise<void> {
  await database.query(
    `insert into mail_imap_cursors (mailbox, uid_validity, last_uid) values ($1, $2, $3)
     on conflict (mailbox) do update set uid_validity = excluded.uid_validity, last_uid = excluded.last_uid,
       updated_at = now()`,
    [mailbox, uidValidity, lastUid],
  );
}

/**
 * Polls a team mailbox with imapflow: IDLE while connected (a new mail wakes it), a pass every `pollMs`
 * otherwise. Each pass reads the mail after the stored cursor (UIDVALIDITY and the last UID, in the
 * database) in UID order; each mail is recorded by `receive`, then moved to `processedFolder`, then the
 * cursor advances. A restart at any point neither skips a mail (the cursor only moves after the mail is
 * recorded) nor repeats one (a mail recorded but not yet moved comes back as a repeated Message-ID and is
 * dropped). A new UIDVALIDITY (the mailbox was recreated) reads the mailbox from its start.
 */
export function startImapPoller(options: ImapPollerOptions): ImapPoller {
  const settings = imapSettings(options.url, options.accessToken);
  const pollMs = options.pollMs ?? 60_000;
  let isClosed = false;
  let client: ImapFlow | null = null;
  let wake: (() => void) | null = null;
  const passWaiters: (() => void)[] = [];

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        wake = null;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
    });
  }

  async function pass(connection: ImapFlow): Promise<void> {
    const lock = await connection.getMailboxLock(settings.mailbox);
    try {
      const mailbox = connection.mailbox;
      if (mailbox === false) {
        throw new Error(`mailbox ${settings.mailbox} is not open`);
      }
      const uidValidity = String(mailbox.uidValidity);
      const cursor = await readCursor(options.database, settings.mailbox);
      let lastUid = cursor !== null && cursor.uid_validity === uidValidity ? Number(cursor.last_uid) : 0;
      if (mailbox.exists === 0) {
        return;
      }
      const listed = await connection.fetchAll(`${lastUid + 1}:*`, { uid: true }, { uid: true });
      const uids = listed
        .map((message) => message.uid)
        .filter((uid) => uid > lastUid)
        .sort((left, right) => left - right);
      for (const uid of uids) {
        if (isClosed) {
          return;
        }
        const message = await connection.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
        if (message !== false && message.source !== undefined) {
          await options.receive(new Uint8Array(message.source));
        }
        await connection.messageMove(String(uid), options.processedFolder, { uid: true });
        lastUid = uid;
        await writeCursor(options.database, settings.mailbox, uidValidity, lastUid);
      }
    } finally {
      lock.release();
    }
  }

  async function run(): Promise<void> {
    while (!isClosed) {
      const connection = new ImapFlow({
        host: settings.host,
        port: settings.port,
        secure: settings.secure,
        auth: settings.accessToken
          ? { user: settings.user, accessToken: settings.accessToken }
          : { user: settings.user, pass: settings.pass },
        logger: false,
        // Loopback test servers and the team's own relay may use self-signed certificates only on loopback.
        ...(settings.host === '127.0.0.1' || settings.host === 'localhost'
          ? { tls: { rejectUnauthorized: false } }
          : {}),
      });
      client = connection;
      connection.on('exists', () => wake?.());
      connection.on('error', (error: Error) => options.log(`imap: ${error.message}`));
      try {
        await connection.connect();
        await connection.mailboxCreate(options.processedFolder).catch(() => undefined);
        options.log(`mail: polling ${settings.mailbox} at ${settings.host}:${settings.port}`);
        while (!isClosed && connection.usable) {
          await pass(connection);
          passWaiters.splice(0).forEach((resolve) => resolve());
          // imapflow IDLEs on its own while the connection is quiet; a new mail's EXISTS wakes this wait.
          await sleep(pollMs);
        }
      } catch (error) {
        if (!isClosed) {
          options.log(`imap: ${error instanceof Error ? error.message : String(error)}; reconnecting`);
        }
      } finally {
        await connection.logout().catch(() => connection.close());
      }
      if (!isClosed) {
        await sleep(options.reconnectMs ?? 5_000);
      }
    }
  }

  const running = run();
  return {
    nextPass: () =>
      new Promise<void>((resolve) => {
        passWaiters.push(resolve);
        wake?.();
      }),
    close: async () => {
      isClosed = true;
      wake?.();
      await client?.logout().catch(() => client?.close());
      await running;
      passWaiters.splice(0).forEach((resolve) => resolve());
    },
  };
}
