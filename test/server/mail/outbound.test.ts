import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../../server/mail/outbound-queue';
import { startTestService, type TestService } from '../helpers/service';
import { mailTestClient } from './mail-client';
import { composeMail, startCaptureServer, type CaptureServer } from '../../mail/smtp';
import { eventually, testMailOptions } from './mail-harness';

describe('the outbound mail queue', () => {
  let relay: CaptureServer;
  let dataDir: string;
  let service: TestService | null = null;

  const start = (overrides: Parameters<typeof testMailOptions>[1] = {}): Promise<TestService> =>
    startTestService(null, { dataDir, analysisThread: false, mail: testMailOptions(relay, overrides) });

  beforeAll(async () => {
    relay = await startCaptureServer();
    dataDir = mkdtempSync(join(tmpdir(), 'console-outbound-'));
  });

  afterAll(async () => {
    await service?.stop();
    await relay?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('backs off: 5 s, 10 s, 20 s … at most an hour', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 5000))).toEqual([5000, 10000, 20000, 40000]);
    expect(retryDelayMs(30, 5000)).toBe(60 * 60 * 1000);
  });

  it('retries through a relay outage, marks "not delivered" after the last attempt, sends again on retry', async () => {
    service = await start({ maxAttempts: 3 });
    const client = mailTestClient(service);
    relay.failNext(1);
    await client.send(
      await composeMail({
        from: 'retry@example.com',
        to: 'help@exchange.test',
        subject: 'Retry me',
        text: 'First mail.',
        messageId: '<retry-1@example.com>',
      }),
      'retry@example.com',
    );
    // The first attempt meets a 451; the second gets through.
    const acknowledgement = await eventually(() =>
      relay.mails.find((mail) => mail.recipients.includes('retry@example.com')),
    );
    const number = Number(/\[#(\d+)\]/.exec(acknowledgement.parsed.subject ?? '')?.[1]);
    const ticket = await client.ticketByNumber(number);
    const sent = await eventually(async () => {
      const mail = await client.mail(ticket?.id ?? '');
      return mail.outbound[0]?.state === 'sent' ? mail.outbound[0] : undefined;
    });
    expect(sent.attempts).toBe(2);

    relay.setFailing(true);
    const posted = await service.request('POST', `/api/tickets/${ticket?.id ?? ''}/messages`, {
      body: { kind: 'reply', body: 'We are checking your deposit.' },
    });
    expect(posted.status).toBe(201);
    const failed = await eventually(async () => {
      const mail = await client.mail(ticket?.id ?? '');
      return mail.outbound.find((entry) => entry.kind === 'reply' && entry.state === 'failed');
    });
    expect(failed.attempts).toBe(3);
    expect(failed.last_error).toMatch(/451|relay unavailable/);

    relay.setFailing(false);
    const retried = await service.request('POST', `/api/mail/outbound/${failed.id}/retry`);
    expect(retried.status).toBe(200);
    const again = await service.request('POST', `/api/mail/outbound/${failed.id}/retry`);
    expect([200, 409]).toContain(again.status);
    await eventually(() =>
      relay.mails.find((mail) => mail.parsed.text?.includes('We are checking your deposit.')),
    );
    const delivered = await eventually(async () => {
      const mail = await client.mail(ticket?.id ?? '');
      return mail.outbound.find((entry) => entry.id === failed.id && entry.state === 'sent');
    });
    expect(delivered.message_id).toBe((posted.body as { id: string }).id);
    expect(
      relay.mails.filter((mail) => mail.parsed.text?.includes('We are checking your deposit.')),
    ).toHaveLength(1);
  });

  it('keeps queued mail across a restart and sends each once', async () => {
    const client = mailTestClient(service ?? (await start()));
    const list = (await service?.request('GET', '/api/tickets?limit=1'))?.body as {
      tickets: { id: string }[];
    };
    const ticketId = list.tickets[0]?.id ?? '';
    relay.setFailing(true);
    for (const index of [1, 2, 3]) {
      const posted = await service?.request('POST', `/api/tickets/${ticketId}/messages`, {
        body: { kind: 'reply', body: `Restart reply ${index}` },
      });
      expect(posted?.status).toBe(201);
    }
    await service?.stop();
    service = null;
    relay.setFailing(false);
    service = await start();
    for (const index of [1, 2, 3]) {
      await eventually(
        () => relay.mails.find((mail) => mail.parsed.text?.includes(`Restart reply ${index}`)),
        15_000,
      );
    }
    await service.service.mail?.whenOutboundIdle();
    for (const index of [1, 2, 3]) {
      expect(relay.mails.filter((mail) => mail.parsed.text?.includes(`Restart reply ${index}`))).toHaveLength(
        1,
      );
    }
    void client;
  });
});
