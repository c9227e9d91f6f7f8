import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service';
import { dovecotBinary, startTestDovecot, type TestDovecot } from '../../mail/dovecot';
import { mailTestClient } from './mail-client';
import { composeMail, startCaptureServer, type CaptureServer } from '../../mail/smtp';
import { eventually, testMailOptions } from './mail-harness';

// A real IMAP server: Debian's dovecot-imapd, which .ci/run installs. Skipped only where it is absent (a
// developer machine without it), with this reason.
describe.skipIf(dovecotBinary === null)('IMAP polling of a real Dovecot mailbox (dovecot-imapd)', () => {
  let dovecot: TestDovecot;
  let relay: CaptureServer;
  let dataDir: string;
  let service: TestService | null = null;

  const start = async (): Promise<TestService> =>
    startTestService(null, {
      dataDir,
      analysisThread: false,
      mail: testMailOptions(relay, { smtpPort: null, imapUrl: dovecot.url }),
    });
  const mailFrom = (index: number) =>
    composeMail({
      from: `imap-customer-${index}@example.com`,
      to: 'help@exchange.test',
      subject: `IMAP ${index}`,
      text: `Mail number ${index} through the team mailbox.`,
      messageId: `<imap-${index}@example.com>`,
    });

  beforeAll(async () => {
    dovecot = await startTestDovecot();
    relay = await startCaptureServer();
    dataDir = mkdtempSync(join(tmpdir(), 'console-imap-'));
  });

  afterAll(async () => {
    await service?.stop();
    dovecot?.stop();
    await relay?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('turns the mailbox into tickets, moves each mail to Processed, and survives a restart without skipping or repeating', async () => {
    for (const index of [1, 2, 3]) {
      await dovecot.append(await mailFrom(index));
    }
    service = await start();
    const client = mailTestClient(service);
    expect(await eventually(async () => ((await client.ticketCount()) === 3 ? 3 : undefined), 20_000)).toBe(
      3,
    );
    expect(await eventually(async () => ((await dovecot.count('INBOX')) === 0 ? 0 : undefined))).toBe(0);
    expect(await dovecot.count('Processed')).toBe(3);
    // A new mail while the service runs arrives through IDLE.
    await dovecot.append(await mailFrom(4));
    expect(await eventually(async () => ((await client.ticketCount()) === 4 ? 4 : undefined), 20_000)).toBe(
      4,
    );

    await service.stop();
    service = null;
    // While it is down: two new mails, and a copy of one already processed put back (a client's undo).
    await dovecot.append(await mailFrom(5));
    await dovecot.append(await mailFrom(1));
    await dovecot.append(await mailFrom(6));
    service = await start();
    const restarted = mailTestClient(service);
    expect(await eventually(async () => ((await dovecot.count('INBOX')) === 0 ? 0 : undefined), 20_000)).toBe(
      0,
    );
    expect(await restarted.ticketCount()).toBe(6);
    const subjects = (
      (await service.request('GET', '/api/tickets?limit=100')).body as { tickets: { subject: string }[] }
    ).tickets
      .map((ticket) => ticket.subject)
      .sort();
    expect(subjects).toEqual(['IMAP 1', 'IMAP 2', 'IMAP 3', 'IMAP 4', 'IMAP 5', 'IMAP 6']);
    expect(await dovecot.count('Processed')).toBe(7);
    // Two service starts under a loaded CI machine take most of this.
  }, 240_000);
});
