import smtpServer from 'smtp-server';
import type { InboundEnvelope } from './inbound-store';

/** Biggest mail the listener takes (intake's request limit: 25 MiB of attachments, base64 included, and headers). */
export const maxInboundMailBytes = 40 * 1024 * 1024;

/** A running SMTP listener. */
export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

/**
 * An SMTP listener on `host:port` (loopback by default: the team's relay or a test delivers here) with
 * smtp-server. Each mail is handed to `receive` and answered 250 once stored (or dropped as the rules say);
 * a failure to store answers 451, so the relay tries again later. No AUTH, no STARTTLS: it is not an
 * internet-facing MX.
 */
export async function startSmtpListener(options: {
  port: number;
  host?: string;
  receive: (raw: Uint8Array, envelope: InboundEnvelope) => Promise<unknown>;
  log: (line: string) => void;
}): Promise<SmtpListener> {
  const server = new smtpServer.SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxInboundMailBytes,
    rejectOversized: true,
    logger: false,
    banner: 'Support Console mail intake',
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error: Error) => callback(error));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          return; // rejectOversized answers 552.
        }
        const envelope: InboundEnvelope = {
          ip: session.remoteAddress,
          helo: session.hostNameAppearsAs,
          sender: session.envelope.mailFrom === false ? null : session.envelope.mailFrom.address,
          recipients: session.envelope.rcptTo.map((recipient) => recipient.address),
        };
        options.receive(new Uint8Array(Buffer.concat(chunks)), envelope).then(
          () => callback(),
          (error: unknown) => {
            options.log(`smtp: could not store a mail (${String(error)})`);
            callback(Object.assign(new Error('temporary failure, try again later'), { responseCode: 451 }));
          },
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error: Error) => options.log(`smtp: ${error.message}`));
  const address = server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
