import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real ticket service started for the end-to-end tests, serving the built console. */
export interface TestService {
  url: string;
  adminToken: string;
  stop(): Promise<void>;
  /**
   * Kills the service (SIGKILL, as a crash) and starts it again on the same port and data directory, after
   * `downtimeMs` and after `whileDown` (what agents do during the outage) has finished.
   */
  restart(options?: { downtimeMs?: number; whileDown?: () => Promise<void> }): Promise<void>;
}

/** What a test adds to the service's start: environment (the mail settings) and command-line arguments. */
export interface TestServiceOptions {
  env?: Readonly<Record<string, string>>;
  args?: readonly string[];
}

/**
 * Starts `server/cli.ts` exactly as `npm run web` does (demo data, built console from dist/web) on a free
 * port with a fresh temporary data directory, and resolves once it prints its address.
 */
export async function startTestService(serviceOptions: TestServiceOptions = {}): Promise<TestService> {
  const dataDir = mkdtempSync(join(tmpdir(), 'console-e2e-'));
  const adminToken = `e2e-admin-${process.pid}`;
  let { child, url } = await spawnService(dataDir, '0', adminToken, serviceOptions);
  const port = new URL(url).port;
  return {
    url,
    adminToken,
    async stop() {
      await killService(child, 'SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
    async restart(options = {}) {
      await killService(child, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, options.downtimeMs ?? 0));
      await options.whileDown?.();
      ({ child, url } = await spawnService(dataDir, port, adminToken, serviceOptions));
    },
  };
}

/** One of several service nodes on PostgreSQL (docs/deploy.md), serving the built console. */
export interface ServiceNode {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a node as `npm run web` would (demo data, loaded once per database; built console from dist/web)
 * with `DATABASE_URL=databaseUrl` and `--cluster`, and resolves once it listens. Start the first node alone:
 * it migrates the database and loads the demo before the next one joins.
 */
export async function startServiceNode(databaseUrl: string, adminToken: string): Promise<ServiceNode> {
  const { child, url } = await spawnService(null, '0', adminToken, {
    env: { DATABASE_URL: databaseUrl },
    args: ['--cluster'],
  });
  return {
    url,
    stop: async () => {
      // A node closes its sockets before it exits; should that hang, the test still ends.
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await killService(child, 'SIGTERM');
      clearTimeout(timer);
    },
  };
}

async function killService(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }
}

/**
 * The HS256 secret the e2e service verifies `X-Customer-Assertion` with: tests sign a logged-in customer's
 * assertion with it, as the exchange's own site would.
 */
export const customerAssertionSecret = 'e2e-customer-assertion-secret-0123456789';

/**
 * Spawns the service on `port` (0: any free one) over `dataDir` (null: none, for a node on PostgreSQL);
 * resolves with its address once listening.
 */
async function spawnService(
  dataDir: string | null,
  port: string,
  adminToken: string,
  options: TestServiceOptions,
): Promise<{ child: ChildProcess; url: string }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/cli.ts',
      '--demo',
      '--serve-console',
      'dist/web',
      '--port',
      port,
      ...(dataDir === null ? [] : ['--data', dataDir]),
      ...(options.args ?? []),
    ],
    {
      env: {
        ...process.env,
        ...options.env,
        CONSOLE_ADMIN_TOKEN: adminToken,
        CUSTOMER_ASSERTION_SECRET: customerAssertionSecret,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    // Generous: on a shared 2-core machine under load, compiling and loading the demo took over 80 s.
    const timer = setTimeout(() => reject(new Error(`service did not start in 180 s:\n${output}`)), 180_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with ${code}:\n${output}`));
    });
  });
  return { child, url };
}
