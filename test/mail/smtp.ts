import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import PostalMime, { type Email } from 'postal-mime';
import smtpServer from 'smtp-server';

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
