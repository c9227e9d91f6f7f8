import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real ticket service started for the end-to-end tests, serving the built console. */
export interface TestService {
  url: string;
  adminToken: string;
  stop(): Promise<void>;
}

/**
 * Starts `server/cli.ts` exactly as `npm run web` does (demo data, built console from dist/web) on a free
 * port with a fresh temporary data directory, and resolves once it prints its address.
 */
export async function startTestService(): Promise<TestService> {
  const dataDir = mkdtempSync(join(tmpdir(), 'console-e2e-'));
  const adminToken = `e2e-admin-${process.pid}`;
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
      '0',
      '--data',
      dataDir,
    ],
    {
      env: { ...process.env, CONSOLE_ADMIN_TOKEN: adminToken },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start in 60 s:\n${output}`)), 60_000);
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
  return {
    url,
    adminToken,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
