import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketDetailSchema, ticketListSchema } from '../../../shared/domain/schemas';
import { parseImportArguments, UsageError } from '../../../server/import/options';
import { runImport, type ImportEnvironment, type ImportSummary } from '../../../server/import/run-import';
import { testEngines } from '../helpers/engines';
import { startTestService, testAdminToken, type TestService } from '../helpers/service';

const fixtures = 'test/fixtures/import';

/** Runs the importer as `npm run import -- <argumentsList>` would, capturing what it prints. */
async function importFile(
  argumentsList: string[],
  overrides: Partial<ImportEnvironment> = {},
): Promise<ImportSummary & { output: string; progress: string }> {
  let output = '';
  let progress = '';
  let clock = 0;
  const options = parseImportArguments(argumentsList, { CONSOLE_ADMIN_TOKEN: testAdminToken });
  const summary = await runImport(options, {
    stdout: { write: (text: string) => (output += text) },
    stderr: { write: (text: string) => (progress += text), isTTY: false },
    isCi: true,
    fetch,
    sleep: () => Promise.resolve(),
    now: () => (clock += 10),
    ...overrides,
  });
  return { ...summary, output, progress };
}

describe.each(testEngines())('npm run import on $name', (engine) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(engine);
  });

  afterAll(async () => {
    await service.stop();
  });

  async function ticketBySubject(subject: string): Promise<ReturnType<typeof ticketDetailSchema.parse>> {
    const listed = ticketListSchema.parse(
      (await service.request('GET', `/api/tickets?q=${encodeURIComponent(subject)}`)).body,
    );
    const found = listed.tickets.find((ticket) => ticket.subject === subject);
    expect(found, subject).toBeDefined();
    return ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${found?.id ?? ''}`)).body);
  }

  it('imports a CSV with a mapping file; bad rows are named by their place in the file; a re-run skips', async () => {
    const run = [`${fixtures}/tickets.csv`, '--server', service.url, '--mapping', `${fixtures}/mapping.json`];
    const first = await importFile(run);
    expect(first).toMatchObject({ read: 5, imported: 3, skipped: 0, exitCode: 0 });
    expect(first.errors.map((error) => [error.index, error.line])).toEqual([
      [2, 5],
      [4, 7],
    ]);
    expect(first.output).toContain('error: record 2 (line 5): created_at: "03/04/2024"');
    expect(first.output).toContain('5 read, 3 imported, 0 skipped');
    // Not a terminal: plain progress lines, no bar redrawn with carriage returns.
    expect(first.progress).toMatch(/read 5 · imported 3 · skipped 0 · errors 2/);
    expect(first.progress).not.toContain('\r');

    const ticket = await ticketBySubject('Deposit not credited');
    expect(ticket).toMatchObject({
      status: 'solved',
      category: 'deposit',
      // 09:15 in Seoul (the mapping's time zone) is 00:15 UTC.
      created_at: '2024-03-02T00:15:00.000Z',
      requester: { email: 'minji.kim@example.com', name: 'Kim Minji' },
    });
    expect(ticket.body).toContain('6 confirmations');
    expect(ticket.messages.map((message) => message.body)).toContain(
      'We credited your deposit, sorry for the delay.',
    );
    expect((await ticketBySubject('Withdrawal stuck, "processing" for a day')).status).toBe(
      'awaiting_customer',
    );

    const again = await importFile(run);
    expect(again).toMatchObject({ imported: 0, skipped: 3, exitCode: 0 });
  });

  it('imports NDJSON in small batches and maps the service-side positions back to the file', async () => {
    const result = await importFile([`${fixtures}/tickets.ndjson`, '--server', service.url, '--batch', '2']);
    expect(result).toMatchObject({ read: 5, imported: 3, exitCode: 0 });
    expect(result.errors.map((error) => error.index)).toEqual([2, 4]);
    expect((await ticketBySubject('입금이 반영되지 않았어요')).requester.locale).toBe('ko');
  });

  it('imports a Zendesk export: comments become messages, private notes stay out, category from a field', async () => {
    const result = await importFile([
      `${fixtures}/zendesk-export.json`,
      '--server',
      service.url,
      '--zendesk-category-field',
      '360001',
      '--zendesk-category-tag-prefix',
      'category_',
    ]);
    expect(result).toMatchObject({ read: 3, imported: 2, exitCode: 0 });
    expect(result.errors).toEqual([
      { index: 2, line: 1, message: expect.stringContaining('created_at') as string },
    ]);
    const ticket = await ticketBySubject('Withdrawal to hardware wallet failed');
    expect(ticket).toMatchObject({ status: 'solved', category: 'withdrawal', priority: 'high' });
    const bodies = ticket.messages.map((message) => message.body);
    expect(bodies).toContain('That worked, thank you!');
    expect(bodies).not.toContain('Customer is VIP, check the address book first.');
    expect((await ticketBySubject('KYC documents rejected')).category).toBe('kyc');
  });

  it('checks a file without sending anything on --dry-run', async () => {
    const result = await importFile([
      `${fixtures}/tickets.ndjson`,
      '--server',
      'http://127.0.0.1:9',
      '--dry-run',
    ]);
    expect(result).toMatchObject({ imported: 3, failure: null, exitCode: 0 });
    expect(result.output).toContain('3 valid (would be sent)');
  });

  it('exits non-zero when the token is refused, naming the reason', async () => {
    const result = await importFile([
      `${fixtures}/tickets.ndjson`,
      '--server',
      service.url,
      '--token',
      'wrong',
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.output).toMatch(/import stopped: the service refused the import: 401/);
  });
});

describe('npm run import against a struggling service', () => {
  let server: Server;
  let url = '';
  let answers: { status: number; headers?: Record<string, string> }[] = [];
  let received: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        received.push(body);
        const answer = answers.shift() ?? { status: 200 };
        const lines = body.split('\n').filter((line) => line !== '').length;
        response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
        response.end(
          answer.status === 200
            ? JSON.stringify({ imported: lines, skipped: 0, errors: [] })
            : JSON.stringify({ error: { code: 'unavailable', message: 'try later' } }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('retries a batch after 503 and 429, waiting as Retry-After says, and then imports it', async () => {
    answers = [{ status: 503 }, { status: 429, headers: { 'retry-after': '7' } }];
    received = [];
    const waits: number[] = [];
    const result = await importFile([`${fixtures}/tickets.ndjson`, '--server', url], {
      sleep: (milliseconds) => {
        waits.push(milliseconds);
        return Promise.resolve();
      },
      retry: { attempts: 5, baseDelayMs: 100, maxDelayMs: 60_000 },
    });
    expect(result).toMatchObject({ imported: 3, exitCode: 0 });
    expect(waits).toEqual([100, 7000]);
    expect(received).toHaveLength(3);
    expect(new Set(received).size).toBe(1); // The same batch each time.
    expect(result.output).toContain('retrying a batch in 0.1 s (attempt 2): 503 try later');
  });

  it('gives up with a non-zero exit when the service stays down, or cannot be reached at all', async () => {
    answers = Array.from({ length: 3 }, () => ({ status: 502 }));
    const down = await importFile([`${fixtures}/tickets.ndjson`, '--server', url], {
      retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 10 },
    });
    expect(down).toMatchObject({ imported: 0, exitCode: 1 });
    expect(down.failure).toMatch(/gave up after 3 attempts: 502/);

    const unreachable = await importFile([`${fixtures}/tickets.ndjson`, '--server', 'http://127.0.0.1:9'], {
      retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 10 },
    });
    expect(unreachable.exitCode).toBe(1);
    expect(unreachable.output).toMatch(/import stopped: gave up after 2 attempts: fetch failed/);
  });
});

describe('import command line', () => {
  it('explains mistakes instead of starting', () => {
    expect(() => parseImportArguments([], { CONSOLE_ADMIN_TOKEN: 't' })).toThrow(UsageError);
    expect(() => parseImportArguments(['a.csv'], {})).toThrow(/CONSOLE_ADMIN_TOKEN/);
    expect(() => parseImportArguments(['a.csv', '--format', 'xml'], { CONSOLE_ADMIN_TOKEN: 't' })).toThrow(
      /--format/,
    );
    expect(() =>
      parseImportArguments(['a.csv', '--timezone', 'Moon/Base'], { CONSOLE_ADMIN_TOKEN: 't' }),
    ).toThrow(/time zone/);
    expect(parseImportArguments(['a.csv'], { CONSOLE_ADMIN_TOKEN: 't' })).toMatchObject({
      server: 'http://127.0.0.1:8080',
      token: 't',
      batchSize: 500,
    });
  });

  it('exits non-zero when every record is refused, and stops at a CSV quote that is never closed', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'import-'));
    const allBad = join(folder, 'all-bad.ndjson');
    await writeFile(allBad, '{"external_id":"a"}\n{"external_id":"b"}\n');
    const refused = await importFile([allBad, '--dry-run']);
    expect(refused).toMatchObject({ read: 2, imported: 0, exitCode: 1 });

    const unclosed = join(folder, 'unclosed.csv');
    await writeFile(
      unclosed,
      'external_id,subject,body,email,created_at\nx,"never closed,b,c@example.com,2024-01-01\n',
    );
    const broken = await importFile([unclosed, '--dry-run']);
    expect(broken.exitCode).toBe(1);
    expect(broken.failure).toMatch(/line 2: a quoted field is not closed/);
    await rm(folder, { recursive: true });
  });

  it('reports a missing file as a failure, not a crash', async () => {
    const result = await importFile([`${fixtures}/no-such-file.csv`]);
    expect(result.exitCode).toBe(1);
    expect(result.failure).toMatch(/cannot read/);
  });
});
