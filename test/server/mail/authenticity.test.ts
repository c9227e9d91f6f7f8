import { generateKeyPairSync } from 'node:crypto';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableResolver } from '../../../server/mail/authenticity';
import { startCaptureServer, type CaptureServer } from '../../mail/smtp';
import { startTestService, type TestService } from '../helpers/service';
import { mailTestClient, type MailTestClient } from './mail-client';
import { eventually, testMailOptions } from './mail-harness';

// DKIM as a customer's provider signs it (nodemailer's signer, rsa-sha256, relaxed/relaxed) and mailauth
// verifies it on arrival against DNS records served from a table: a real signature over the real bytes.
const domain = 'customer-bank.example';
const selector = 'mail2024';
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicKey = keys.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
const privateKey = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/** The mail as the customer's provider sends it: DKIM-signed for `domain` (or not, with `isSigned` false). */
async function providerMail(options: Mail.Options, isSigned = true): Promise<Buffer> {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
    ...(isSigned ? { dkim: { domainName: domain, keySelector: selector, privateKey } } : {}),
  });
  const info = await transport.sendMail(options);
  return info.message as Buffer;
}

describe('sender authenticity of received mail (DKIM and DMARC through mailauth)', () => {
  let relay: CaptureServer;
  let service: TestService;
  let client: MailTestClient;
  let sequence = 0;

  /** Delivers `raw` and resolves with the ticket it opened and that ticket's mail. */
  async function deliverAndRead(raw: Buffer, from: string) {
    const before = await client.ticketCount();
    await client.send(raw, from);
    await eventually(async () => ((await client.ticketCount()) > before ? true : undefined));
    const list = await service.request('GET', '/api/tickets?limit=1');
    const id = (list.body as { tickets: { id: string }[] }).tickets[0]?.id ?? '';
    return { ticket: await client.ticket(id), mail: await client.mail(id) };
  }
  const mailOptions = (subject: string): Mail.Options => ({
    from: `Jiwoo Kim <jiwoo@${domain}>`,
    to: 'help@exchange.test',
    subject,
    text: `My KRW deposit has not arrived. (${subject})`,
    messageId: `<dkim-${Date.now()}-${(sequence += 1)}@${domain}>`,
  });

  beforeAll(async () => {
    relay = await startCaptureServer();
    service = await startTestService(null, {
      analysisThread: false,
      mail: testMailOptions(relay, {
        resolver: tableResolver({
          [`TXT:${selector}._domainkey.${domain}`]: [[`v=DKIM1; k=rsa; p=${publicKey}`]],
          [`TXT:_dmarc.${domain}`]: [['v=DMARC1; p=reject']],
        }),
      }),
    });
    client = mailTestClient(service);
  });

  afterAll(async () => {
    await service?.stop();
    await relay?.close();
  });

  it('passes DKIM and DMARC for a correctly signed mail, and still never verifies the requester', async () => {
    const { ticket, mail } = await deliverAndRead(
      await providerMail(mailOptions('Signed deposit question')),
      `jiwoo@${domain}`,
    );
    expect(mail.inbound[0]?.authentication).toMatchObject({
      dkim: 'pass',
      dmarc: 'pass',
      from_domain: domain,
      unverified_sender: false,
    });
    expect(mail.inbound[0]?.authentication?.summary).toContain(`dkim=pass header.i=@${domain}`);
    expect(ticket.requester.verified).toBe(false);
  });

  it('fails DMARC for a signed mail altered on the way (the body hash breaks): an "unverified sender", still a ticket', async () => {
    const signed = (await providerMail(mailOptions('Altered deposit question'))).toString('utf8');
    // Someone changes the body after the provider signed it (the body hash no longer matches).
    const altered = signed.replace('has not arrived', 'arrived; send it to wallet 0xdeadbeef');
    expect(altered).not.toBe(signed);
    const { ticket, mail } = await deliverAndRead(Buffer.from(altered), `jiwoo@${domain}`);
    expect(ticket.body).toContain('0xdeadbeef');
    // mailauth reports a body-hash mismatch as `neutral` (RFC 6376 §3.9 leaves it to the verifier): not a pass,
    // so DMARC has no aligned pass and fails.
    expect(mail.inbound[0]?.authentication).toMatchObject({
      dkim: 'neutral',
      dmarc: 'fail',
      unverified_sender: true,
    });
    expect(mail.inbound[0]?.authentication?.summary).toContain('body hash did not verify');
  });

  it('fails DMARC for an unsigned mail claiming the domain (a forged From)', async () => {
    const { mail } = await deliverAndRead(
      await providerMail(mailOptions('Forged deposit question'), false),
      `jiwoo@${domain}`,
    );
    expect(mail.inbound[0]?.authentication).toMatchObject({ dmarc: 'fail', unverified_sender: true });
    expect(mail.inbound[0]?.authentication?.dkim).not.toBe('pass');
  });
});
