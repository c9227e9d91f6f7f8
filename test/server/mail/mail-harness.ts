import nodemailer from 'nodemailer';
import { tableResolver } from '../../../server/mail/authenticity';
import type { MailOptions } from '../../../server/mail/mail-service';
import type { CaptureServer } from '../../mail/smtp';

/** Delivers a raw mail by SMTP to 127.0.0.1:`port` (the service's listener) with nodemailer. */
export async function deliver(
  port: number,
  raw: Buffer | string,
  envelope: { from: string; to: string[] },
): Promise<void> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    await transport.sendMail({ envelope, raw });
  } finally {
    transport.close();
  }
}

/** The mail settings tests use: SMTP intake on a free port, the capture server as relay, DNS from a table. */
export function testMailOptions(relay: CaptureServer, overrides: MailOptions = {}): MailOptions {
  return {
    smtpPort: 0,
    smtpUrl: relay.url,
    mailFrom: 'Support <help@exchange.test>',
    // The team's second address: a customer often writes to both.
    ownAddresses: ['support@exchange.test'],
    signingSecret: 'test-signing-secret',
    resolver: tableResolver({}),
    retryBaseMs: 50,
    outboundPollMs: 100,
    ...overrides,
  };
}

/** Waits until `check` returns a value (not undefined) or `timeoutMs` passes. */
export async function eventually<T>(
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 8000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error('timed out waiting');
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
