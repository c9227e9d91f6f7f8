import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';

/** Where Debian's dovecot-imapd puts the server (installed by .ci/run). */
export const dovecotBinary =
  ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'].find((path) => existsSync(path)) ?? null;

/** A Dovecot instance of the test's own: loopback, a non-privileged port, one passwd-file user. */
export interface TestDovecot {
  /** `imap://agent:secret@127.0.0.1:<port>/INBOX` */
  url: string;
  port: number;
  /** Appends a raw mail to `mailbox` (INBOX by default), as a mail server delivering it would. */
  append(raw: Buffer | string, mailbox?: string): Promise<void>;
  /** How many mails `mailbox` holds. */
  count(mailbox: string): Promise<number>;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `dovecot -c <config>` with a configuration written to a temporary folder: IMAP only, plain login
 * allowed on 127.0.0.1, Maildir in the folder, every process running as the current user (no root needed).
 */
export async function startTestDovecot(): Promise<TestDovecot> {
  if (dovecotBinary === null) {
    throw new Error('dovecot is not installed (apt-get install dovecot-imapd)');
  }
  const folder = mkdtempSync(join(tmpdir(), 'console-dovecot-'));
  const port = await freePort();
  const user = userInfo();
  const group = spawnSync('id', ['-gn'], { encoding: 'utf8' }).stdout.trim() || user.username;
  // As root (CI containers), Dovecot refuses to run its login and internal processes as root: the Debian
  // package's own users take them. As anyone else, everything runs as that user.
  const isRoot = user.uid === 0;
  const loginUser = isRoot ? 'dovenull' : user.username;
  const internalUser = isRoot ? 'dovecot' : user.username;
  const internalGroup = isRoot ? 'dovecot' : group;
  // Dovecot's auth process (its own user when run as root) reads the passwd-file in this folder.
  chmodSync(folder, 0o755);
  mkdirSync(join(folder, 'run'));
  // The mailbox's owner: this user, or (as root, which Dovecot never lets own mail) the package's `dovecot`.
  const idOf = (flag: string): number =>
    Number(spawnSync('id', [flag, 'dovecot'], { encoding: 'utf8' }).stdout.trim());
  const mailUid = isRoot ? idOf('-u') : user.uid;
  const mailGid = isRoot ? idOf('-g') : user.gid;
  mkdirSync(join(folder, 'mail'));
  chownSync(join(folder, 'mail'), mailUid, mailGid);
  writeFileSync(
    join(folder, 'passwd'),
    `agent:{PLAIN}secret:${mailUid}:${mailGid}::${join(folder, 'mail')}\n`,
  );
  const config = join(folder, 'dovecot.conf');
  writeFileSync(
    config,
    `protocols = imap
listen = 127.0.0.1
base_dir = ${join(folder, 'run')}
state_dir = ${join(folder, 'run')}
instance_name = console-test-${port}
log_path = ${join(folder, 'dovecot.log')}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
first_valid_uid = ${mailUid}
first_valid_gid = ${mailGid}
default_login_user = ${loginUser}
default_internal_user = ${internalUser}
default_internal_group = ${internalGroup}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${join(folder, 'passwd')}
}
userdb {
  driver = passwd-file
  args = username_format=%u ${join(folder, 'passwd')}
}
`,
  );
  // The master daemonizes and keeps inherited pipes open: no pipes, or spawnSync would wait for it forever.
  const started = spawnSync(dovecotBinary, ['-c', config], { stdio: 'ignore' });
  if (started.status !== 0) {
    const log = existsSync(join(folder, 'dovecot.log'))
      ? readFileSync(join(folder, 'dovecot.log'), 'utf8')
      : '';
    throw new Error(`dovecot did not start (exit ${String(started.status)}): ${log}`);
  }
  const client = async <T>(work: (connection: ImapFlow) => Promise<T>): Promise<T> => {
    // The master process answers a moment after it forks: retry the first connection briefly.
    let connection: ImapFlow;
    for (let attempt = 0; ; attempt += 1) {
      connection = new ImapFlow({
        host: '127.0.0.1',
        port,
        secure: false,
        auth: { user: 'agent', pass: 'secret' },
        logger: false,
      });
      try {
        await connection.connect();
        break;
      } catch (error) {
        if (attempt > 40) {
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    try {
      return await work(connection);
    } finally {
      await connection.logout();
    }
  };
  return {
    url: `imap://agent:secret@127.0.0.1:${port}/INBOX`,
    port,
    append: async (raw, mailbox = 'INBOX') => {
      await client(async (connection) => {
        await connection.append(mailbox, raw);
      });
    },
    count: (mailbox) =>
      client(async (connection) => {
        const status = await connection.status(mailbox, { messages: true }).catch(() => null);
        // imapflow answers false (not an object) when the mailbox cannot be read: no messages then.
        return status ? (status.messages ?? 0) : 0;
      }),
    stop: () => {
      spawnSync('doveadm', ['-c', config, 'stop'], { stdio: 'ignore' });
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
