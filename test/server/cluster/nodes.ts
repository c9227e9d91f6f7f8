import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import {
  agentSchema,
  changeListSchema,
  changeSchema,
  intakeResponseSchema,
  liveChangeEvent,
  loginResponseSchema,
  type Change,
} from '../../../shared/domain/schemas';
import { startService, type RunningService, type ServiceOptions } from '../../../server/service';
import { intakeRequest, sendRequest, testAdminToken } from '../helpers/service';

export { createNodeSchema, dropNodeSchema } from './node-schema';

/** Runs one statement on `url` (outside any node), for what a test does to the database directly. */
export async function queryDirectly<Row>(
  url: string,
  sql: string,
  parameters: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** Creates a ticket through the node at `url` and resolves with its id. */
export async function intake(url: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await sendRequest(url, 'POST', '/api/tickets', {
    token: null,
    body: intakeRequest(overrides),
  });
  return intakeResponseSchema.parse(response.body).id;
}

/** Creates an agent (English, role agent) through the node at `url` and logs it in. */
export async function createAgent(url: string, name: string): Promise<{ id: string; token: string }> {
  const email = `${name.toLowerCase()}@example.com`;
  const password = `${name.toLowerCase()}-cluster-password`;
  const created = await sendRequest(url, 'POST', '/api/agents', {
    body: { email, name, role: 'agent', password, languages: ['en'] },
  });
  const login = await sendRequest(url, 'POST', '/api/login', { token: null, body: { email, password } });
  return { id: agentSchema.parse(created.body).id, token: loginResponseSchema.parse(login.body).token };
}

/** A node in this test process; its log lines go to `log`; `overrides` replace its options. */
export function startNode(
  databaseUrl: string,
  log: (line: string) => void,
  overrides: Partial<ServiceOptions> = {},
): Promise<RunningService> {
  return startService({
    log,
    port: 0,
    dataDir: null,
    databaseUrl,
    adminToken: testAdminToken,
    intakeRateLimit: { max: 100_000, windowMs: 60_000 },
    routerElectionIntervalMs: 200,
    ...overrides,
  });
}

/** A node in a process of its own (`server/cli.ts`), so a test can kill it. */
export interface ChildNode {
  url: string;
  /** SIGKILL: the process dies without closing anything, as in a crash. */
  kill(): Promise<void>;
}

/** Children still running: a failed test must not leave a node behind. */
export const childNodes = new Set<ChildProcess>();

/** Starts `server/cli.ts` on `databaseUrl` and resolves once it listens. */
export async function startChildNode(databaseUrl: string): Promise<ChildNode> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', '--port', '0', '--cluster'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, CONSOLE_ADMIN_TOKEN: testAdminToken },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  childNodes.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      childNodes.delete(child);
      resolve();
    }),
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`node exited:\n${output}`)));
  });
  return {
    url,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Connects a socket (no automatic reconnection: the test decides where to go) and resolves once connected. */
export function connectSocket(url: string, token = testAdminToken): Promise<Socket> {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Every change a socket receives, in arrival order. */
export function recordChanges(socket: Socket): Change[] {
  const received: Change[] = [];
  socket.on(liveChangeEvent, (change: unknown) => received.push(changeSchema.parse(change)));
  return received;
}

/** The whole change log after `since`, read through `url` page by page. */
export async function readLog(url: string, since = 0): Promise<Change[]> {
  const changes: Change[] = [];
  let cursor = since;
  for (;;) {
    const page = changeListSchema.parse(
      (await sendRequest(url, 'GET', `/api/changes?since=${cursor}&limit=10000`)).body,
    );
    changes.push(...page.changes);
    if (page.changes.length === 0) {
      return changes;
    }
    cursor = page.next;
  }
}

/** Waits until `accept()` holds, up to `timeoutMs`; resolves either way (the caller asserts). */
export async function waitFor(accept: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!accept() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
