import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { intakeResponseSchema, loginResponseSchema, ticketListSchema } from '../../shared/domain/schemas';
import { demoAgents } from '../../server/demo/generate-demo';
import { intakeRequest, sendRequest } from './helpers/service';

/** A `server/cli.ts` process. */
interface CliProcess {
  url: string;
  output(): string;
  /** Resolves once the output contains `text` (it keeps printing after the listening line). */
  waitFor(text: string): Promise<void>;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Children still running: a failed test must not leave a service behind. */
const running = new Set<ChildProcess>();

async function startCli(
  argumentsList: string[],
  environment: Record<string, string> = {},
): Promise<CliProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/cli.ts', ...argumentsList],
    {
      env: { ...process.env, CONSOLE_ADMIN_TOKEN: '', DATABASE_URL: '', ...environment },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.add(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(output);
      if (match?.[1] && match[2] !== '0') {
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  return {
    url,
    output: () => output,
    waitFor: async (text) => {
      for (let attempt = 0; attempt < 200 && !output.includes(text); attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(output).toContain(text);
    },
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

describe('server/cli.ts', () => {
  const folders: string[] = [];
  const dataFolder = (): string => {
    const folder = mkdtempSync(join(tmpdir(), 'console-cli-'));
    folders.push(folder);
    return folder;
  };

  afterAll(() => {
    for (const child of running) {
      child.kill('SIGKILL');
    }
    for (const folder of folders) {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('makes an admin token once, keeps it (mode 600) and keeps the data across restarts', async () => {
    const data = dataFolder();
    const first = await startCli(['--port', '0', '--data', data]);
    const printed = /admin token \(shown once[^)]*\): (\S+)/.exec(first.output())?.[1];
    const kept = readFileSync(join(data, 'admin-token'), 'utf8').trim();
    expect(printed).toBe(kept);
    expect(statSync(join(data, 'admin-token')).mode & 0o777).toBe(0o600);
    const created = await sendRequest(first.url, 'POST', '/api/tickets', {
      token: null,
      body: intakeRequest(),
    });
    expect(created.status).toBe(201);
    expect(await first.stop()).toBe(0);

    const second = await startCli(['--port', '0', '--data', data]);
    expect(second.output()).not.toContain('admin token');
    const list = await sendRequest(second.url, 'GET', '/api/tickets', { token: kept });
    expect(ticketListSchema.parse(list.body).tickets.map((ticket) => ticket.id)).toEqual([
      intakeResponseSchema.parse(created.body).id,
    ]);
    expect(await second.stop()).toBe(0);
  });

  it('refuses to start as one of several nodes on PGlite, and says why', async () => {
    const started = startCli(['--port', '0', '--data', dataFolder(), '--cluster']);
    await expect(started).rejects.toThrow(
      /exited with 1:\nseveral service nodes need PostgreSQL: set DATABASE_URL/,
    );
  });

  it('takes the admin token from CONSOLE_ADMIN_TOKEN', async () => {
    const service = await startCli(['--port', '0', '--data', dataFolder()], {
      CONSOLE_ADMIN_TOKEN: 'from-the-environment',
    });
    expect(service.output()).not.toContain('admin token');
    expect((await sendRequest(service.url, 'GET', '/api/me', { token: 'from-the-environment' })).status).toBe(
      200,
    );
    expect(await service.stop()).toBe(0);
  });

  it('loses no accepted write when stopped with SIGTERM under load', async () => {
    const data = dataFolder();
    const environment = { CONSOLE_ADMIN_TOKEN: 'admin' };
    const service = await startCli(['--port', '0', '--data', data], environment);
    const accepted: string[] = [];
    let isStopping = false;
    const writers = Array.from({ length: 8 }, async () => {
      while (!isStopping) {
        try {
          const response = await sendRequest(service.url, 'POST', '/api/tickets', {
            token: 'admin',
            body: intakeRequest(),
          });
          if (response.status === 201) {
            accepted.push(intakeResponseSchema.parse(response.body).id);
          }
        } catch {
          return;
        }
      }
    });
    while (accepted.length < 30) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const exitCode = await service.stop();
    isStopping = true;
    await Promise.all(writers);
    expect(exitCode).toBe(0);

    const restarted = await startCli(['--port', '0', '--data', data], environment);
    const stored = new Set<string>();
    let cursor: string | null = null;
    do {
      const query: string = `/api/tickets?limit=1000${cursor ? `&cursor=${cursor}` : ''}`;
      const page = ticketListSchema.parse(
        (await sendRequest(restarted.url, 'GET', query, { token: 'admin' })).body,
      );
      page.tickets.forEach((ticket) => stored.add(ticket.id));
      cursor = page.next_cursor;
    } while (cursor !== null);
    expect(accepted.filter((id) => !stored.has(id))).toEqual([]);
    expect(await restarted.stop()).toBe(0);
  });

  it('loads the demo data once and prints the demo logins', async () => {
    const data = dataFolder();
    const environment = { CONSOLE_ADMIN_TOKEN: 'admin' };
    const first = await startCli(['--port', '0', '--data', data, '--demo'], environment);
    expect(first.output()).toMatch(/demo data: \d+ agents, \d+ tickets/);
    const agent = demoAgents.find((candidate) => candidate.role === 'agent');
    await first.waitFor(`${agent?.email ?? '?'} (${agent?.password ?? '?'})`);
    const login = await sendRequest(first.url, 'POST', '/api/login', {
      token: null,
      body: { email: agent?.email, password: agent?.password },
    });
    const { token } = loginResponseSchema.parse(login.body);
    const total = ticketListSchema.parse(
      (await sendRequest(first.url, 'GET', '/api/tickets?limit=1', { token })).body,
    ).total;
    expect(total).toBeGreaterThanOrEqual(1000);
    expect(await first.stop()).toBe(0);

    const second = await startCli(['--port', '0', '--data', data, '--demo'], environment);
    expect(second.output()).not.toMatch(/demo data:/);
    expect(
      ticketListSchema.parse((await sendRequest(second.url, 'GET', '/api/tickets?limit=1', { token })).body)
        .total,
    ).toBe(total);
    expect(await second.stop()).toBe(0);
  });
});
