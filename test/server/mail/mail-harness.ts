import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import PostalMime, { type Email } from 'postal-mime';
import smtpServer from 'smtp-server';
import { tableResolver } from '../../../server/mail/authenticity';
import type { MailOptions } from '../../../server/mail/mail-service';

/** A mail an in-process SMTP server received. */
export interface CapturedMail {
  raw: Buffer;
  parsed: Email;
  recipients: string[];
}

/** An in-process smtp-server standing in for the team's relay: it keeps every mail it accepts. */
export interface CaptureServer {
  port: number;
  url: string;
  mails: CapturedMail[];
  /** The next `count` mails are answered 451 (a relay that is down for a while). */
  failNext(count: number): void;
  /** Every mail is answered 451 from now on (or again accepted). */
  setFailing(isFailing: boolean): void;
  close(): Promise<void>;
}

/** Starts a capturing SMTP server on a free loopback port. */
export async function startCaptureServer(): Promise<CaptureServer> {
  const mails: CapturedMail[] = [];
  let failures = 0;
  let isFailing = false;
  const server = new smtpServer.SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (isFailing || failures > 0) {
          failures = Math.max(0, failures - 1);
          callback(Object.assign(new Error('relay unavailable'), { responseCode: 451 }));
          return;
        }
        const raw = Buffer.concat(chunks);
        void PostalMime.parse(raw).then((parsed) => {
          mails.push({ raw, parsed, recipients: session.envelope.rcptTo.map((entry) => entry.address) });
          callback();
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mails,
    failNext: (count) => {
      failures = count;
    },
    setFailing: (value) => {
      isFailing = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Builds a raw RFC 5322 mail with nodemailer's composer (UTF-8, MIME as a real client writes it). */
export async function composeMail(options: Mail.Options): Promise<Buffer> {
  return new MailComposer(options).compile().build();
}

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
