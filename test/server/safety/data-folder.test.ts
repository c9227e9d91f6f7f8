import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { intakeReceiptSchema } from '../../../shared/domain/workflow-schemas';
import { startService } from '../../../server/service';
import { intakeRequest, sendRequest, testAdminToken } from '../helpers/service';
import {
  otpLine,
  passwordLine,
  privateKeyLine,
  secretStrings,
  seedLine,
  seedPhrase,
} from './secret-fixtures';

const pngBase64 = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64');

/** Every file under `folder`, recursively. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the data folder after secrets went through every entry', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'console-secrets-'));

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('holds none of the secrets in any byte, and the log holds none either', async () => {
    const logLines: string[] = [];
    const service = await startService({
      port: 0,
      dataDir,
      adminToken: testAdminToken,
      intakeRateLimit: { max: 100_000, windowMs: 60_000 },
      log: (line) => logLines.push(line),
    });
    const send = (method: string, path: string, body: unknown, token: string | null = testAdminToken) =>
      sendRequest(service.url, method, path, { body, token });
    try {
      const intake = await send(
        'POST',
        '/api/tickets',
        intakeRequest({
          requester: { email: 'bytes@example.com', name: `Owner ${passwordLine}`, locale: 'en' },
          subject: `Wallet drained ${otpLine}`,
          body: `${seedLine}\n${privateKeyLine}`,
          device: passwordLine,
          attachments: [{ name: `${seedPhrase}.png`, type: 'image/png', data: pngBase64 }],
        }),
        null,
      );
      expect(intake.status).toBe(201);
      const receipt = intakeReceiptSchema.parse(intake.body);
      const follow = await send(
        'POST',
        `/api/tickets/${receipt.id}/customer-messages`,
        {
          body: `again: ${seedLine} ${passwordLine}`,
          attachments: [{ name: `${privateKeyLine}.png`, type: 'image/png', data: pngBase64 }],
        },
        receipt.access_token,
      );
      expect(follow.status).toBe(201);
      for (const kind of ['note', 'reply']) {
        const message = await send('POST', `/api/tickets/${receipt.id}/messages`, {
          kind,
          body: `${kind}: ${privateKeyLine} ${seedLine}`,
        });
        expect(message.status).toBe(201);
      }
      const imported = await send('POST', '/api/import', [
        {
          external_id: 'bytes-1',
          requester: { email: 'history@example.com', name: passwordLine },
          subject: `Old ${passwordLine}`,
          body: seedLine,
          created_at: '2024-12-01T09:00:00Z',
          messages: [{ author: 'customer', body: privateKeyLine, created_at: '2024-12-01T10:00:00Z' }],
        },
      ]);
      expect(imported.body).toMatchObject({ imported: 1 });
      // A refused request stores nothing and logs nothing of what it carried.
      const refused = await send('POST', '/api/tickets', { subject: seedLine }, null);
      expect(refused.status).toBe(400);
    } finally {
      await service.close();
    }
    const files = filesUnder(dataDir);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const secret of secretStrings) {
        expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${file}`).toBe(false);
      }
    }
    const log = logLines.join('\n');
    for (const secret of secretStrings) {
      expect(log).not.toContain(secret);
    }
  });
});
