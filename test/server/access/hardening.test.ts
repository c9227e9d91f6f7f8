import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzedText, analyzedTextLength } from '../../../server/intake-analysis/analysis';
import { openPgliteDatabase } from '../../../server/storage/pglite-database';
import { apiErrorSchema, importResultSchema, ticketDetailSchema } from '../../../shared/domain/schemas';
import { intakeReceiptSchema } from '../../../shared/domain/workflow-schemas';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, testAdminToken, type TestService } from '../helpers/service';

const pdf = Buffer.from('%PDF-1.4\n%fake but well-formed start\n');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

/** Every folder and file under `folder` with its permission bits. */
function modes(folder: string): { path: string; mode: number; isDirectory: boolean }[] {
  const found: { path: string; mode: number; isDirectory: boolean }[] = [];
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    const stats = statSync(path);
    found.push({ path, mode: stats.mode & 0o777, isDirectory: stats.isDirectory() });
    if (stats.isDirectory()) {
      found.push(...modes(path));
    }
  }
  return found;
}

describe('the PGlite data folder', () => {
  it('is private to the service user, WAL included, after writes and after closing', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'console-private-'));
    const dataDir = join(parent, 'pglite');
    try {
      const database = await openPgliteDatabase({ dataDir });
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      await database.query('create table filler (id serial primary key, text text)');
      await database.query("insert into filler (text) select repeat('x', 1000) from generate_series(1, 500)");
      await database.close();
      const entries = modes(dataDir);
      expect(entries.some((entry) => entry.path.includes('pg_wal') && !entry.isDirectory)).toBe(true);
      const open = entries.filter((entry) =>
        entry.isDirectory ? entry.mode !== 0o700 : entry.mode !== 0o600,
      );
      expect(open).toEqual([]);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
    // Creating a PGlite cluster on disk takes a while on a busy machine.
  }, 240_000);
});

describe('analyzed text', () => {
  it('is at most the first 50,000 characters, never ending inside a surrogate pair', () => {
    expect(analyzedText('short')).toBe('short');
    const long = 'a'.repeat(analyzedTextLength - 1) + '😀' + 'tail';
    const cut = analyzedText(long);
    expect(cut).toBe('a'.repeat(analyzedTextLength - 1));
    expect(analyzedText('b'.repeat(200_000))).toHaveLength(analyzedTextLength);
  });
});

describe.each(testEngines())('hardening on $name', (engine) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(engine);
  });

  afterAll(async () => {
    await service.stop();
  });

  async function refused(body: Record<string, unknown>, status: number, code: string, field?: string) {
    const response = await service.request('POST', '/api/tickets', { token: null, body });
    expect(response.status).toBe(status);
    const { error } = apiErrorSchema.parse(response.body);
    expect(error.code).toBe(code);
    if (field !== undefined) {
      expect(error.field).toBe(field);
    }
  }

  it('refuses an attachment whose name does not agree with its type, and strips bidi controls', async () => {
    const attachment = (name: string, type: string, data: Buffer) =>
      intakeRequest({ attachments: [{ name, type, data: data.toString('base64') }] });
    await refused(
      attachment('refund-form.html', 'text/plain', Buffer.from('<h1>refund</h1>')),
      400,
      'attachment_extension_mismatch',
      'attachments.0.name',
    );
    await refused(attachment('shot.pdf', 'image/png', png), 400, 'attachment_extension_mismatch');
    await refused(attachment('noextension', 'image/png', png), 400, 'attachment_extension_mismatch');
    // "invoice<RLO>fdp.exe" reads as "invoiceexe.pdf": without the override it is what it is, an .exe.
    await refused(
      attachment('invoice\u202efdp.exe', 'application/pdf', pdf),
      400,
      'attachment_extension_mismatch',
    );
    const filed = await service.request('POST', '/api/tickets', {
      token: null,
      body: attachment('\u2066statement\u2069 \u200fmarch.PDF', 'application/pdf', pdf),
    });
    expect(filed.status).toBe(201);
    const ticket = ticketDetailSchema.parse(
      (await service.request('GET', `/api/tickets/${intakeReceiptSchema.parse(filed.body).id}`)).body,
    );
    expect(ticket.attachments.map((entry) => entry.name)).toEqual(['statement march.PDF']);
    const download = await fetch(`${service.url}/api/attachments/${ticket.attachments[0]?.id}`, {
      headers: { authorization: `Bearer ${testAdminToken}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 400, never 500, to a NUL in any text field, routing edits included', async () => {
    const team = await service.request('POST', '/api/routing/teams', {
      body: { name: 'Funds\u0000', categories: [], member_ids: [], strategy: 'round_robin' },
    });
    expect(team.status).toBe(400);
    expect(apiErrorSchema.parse(team.body).error).toMatchObject({ code: 'unstorable_text', field: 'name' });
    const query = await service.request('GET', '/api/tickets?q=%00');
    expect(query.status).toBe(400);
    expect(apiErrorSchema.parse(query.body).error.code).toBe('unstorable_text');
  });

  it('answers 415 to a JSON route sent text/plain', async () => {
    const response = await service.request('POST', '/api/tickets', {
      token: null,
      raw: JSON.stringify(intakeRequest()),
      contentType: 'text/plain',
    });
    expect(response.status).toBe(415);
    expect(apiErrorSchema.parse(response.body).error.code).toBe('unsupported_media_type');
  });

  it('refuses an import record with too many messages alone, without a stack overflow', async () => {
    const message = { author: 'customer', body: 'again', created_at: '2024-01-01T00:00:00Z' };
    const record = (id: string, messages: number) => ({
      external_id: id,
      requester: { email: `${id}@example.com` },
      subject: 'history',
      body: 'old ticket',
      created_at: '2024-01-01T00:00:00Z',
      messages: Array.from({ length: messages }, () => message),
    });
    const response = await service.request('POST', '/api/import', {
      body: [record('fine-1', 3), record('huge', 200_000), record('fine-2', 1_000)],
    });
    expect(response.status).toBe(200);
    const result = importResultSchema.parse(response.body);
    expect(result.imported).toBe(2);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.index).toBe(1);
    expect(result.errors[0]?.message).toContain('10000 messages');
  });

  it('caps the sockets one token may hold open', async () => {
    const sockets: Socket[] = [];
    const connect = (): Promise<Socket> =>
      new Promise((resolve, reject) => {
        const socket = io(service.url, {
          auth: { token: testAdminToken },
          transports: ['websocket'],
          reconnection: false,
          forceNew: true,
        });
        sockets.push(socket);
        socket.once('connect', () => resolve(socket));
        socket.once('connect_error', reject);
      });
    try {
      for (let index = 0; index < 10; index += 1) {
        await connect();
      }
      await expect(connect()).rejects.toThrow('too_many_connections');
      sockets[0]?.close();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(connect()).resolves.toBeDefined();
    } finally {
      for (const socket of sockets) {
        socket.close();
      }
    }
  });
});
