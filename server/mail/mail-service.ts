import { hostname } from 'node:os';
import type { DNSResolver } from 'mailauth';
import type { Message } from '../../shared/domain/schemas';
import type { SqlDatabase, SqlExecutor } from '../storage/database';
import type { IntakeContext } from '../tickets/accept-intake';
import { checkSender, timedSystemResolver } from './authenticity';
import { startImapPoller, type ImapPoller } from './imap-poller';
import { createMailIntake, type MailIntake } from './inbound';
import { startOutboundQueue, type OutboundQueue } from './outbound-queue';
import { queueReplyMail } from './replies';
import { createMessageIdSigner, resolveSigningSecret } from './signing';
import { startSmtpListener, type SmtpListener } from './smtp-listener';

/** The e-mail channel's configuration (docs/email.md); every part is optional. */
export interface MailOptions {
  /** Listen for inbound mail by SMTP on 127.0.0.1:`smtpPort` (0: a free port). */
  smtpPort?: number | null;
  /** Poll this mailbox (`imaps://user:password@host:993/INBOX`). */
  imapUrl?: string | null;
  /** An OAuth2 access token for the IMAP login instead of the URL's password (Google Workspace, Microsoft 365). */
  imapAccessToken?: string | null;
  /** Where processed mail is moved; `Processed` by default. */
  imapProcessedFolder?: string;
  /** Send through this relay (`smtp://host:port`). Without it nothing is sent (and nothing is queued). */
  smtpUrl?: string | null;
  /** The From of outbound mail; `support@localhost` by default. */
  mailFrom?: string | null;
  /** The HMAC secret of the service's Message-IDs; kept in the database when absent. */
  signingSecret?: string;
  /** DNS for SPF/DKIM/DMARC; the system's, with `dnsTimeoutMs` per query, by default. */
  resolver?: DNSResolver;
  dnsTimeoutMs?: number;
  /** Other addresses of the team (mail from them is the service's own). */
  ownAddresses?: readonly string[];
  /** First retry delay of the outbound queue (ms); 5 s by default. */
  retryBaseMs?: number;
  /** Attempts before a mail is "not delivered"; 6 by default. */
  maxAttempts?: number;
  /** How often the outbound queue looks for due retries (ms); 5 s by default. */
  outboundPollMs?: number;
}

/** True when `options` turns any part of the e-mail channel on. */
export function isMailEnabled(options: MailOptions | undefined): options is MailOptions {
  return (
    options !== undefined &&
    ((options.smtpPort !== undefined && options.smtpPort !== null) || !!options.imapUrl || !!options.smtpUrl)
  );
}

/** The running e-mail channel. */
export interface MailService {
  intake: MailIntake;
  /** The SMTP listener's port, or null without one. */
  smtpPort: number | null;
  /** Queues an agent's reply as mail inside the transaction that stores it (see server/mail/replies.ts). */
  onAgentReply(transaction: SqlExecutor, ticketId: string, message: Message): Promise<void>;
  /** After any commit: sends what was queued. */
  afterCommit(): void;
  /** Looks for due mail now (after a retry). */
  pokeOutbound(): void;
  /** Resolves once the outbound queue is idle (tests). */
  whenOutboundIdle(): Promise<void>;
  close(): Promise<void>;
}

/** The address inside `From` text such as `Support <help@example.com>`. */
export function addressOf(from: string): string {
  return /<([^<>]+)>/.exec(from)?.[1]?.trim() ?? from.trim();
}

/** Starts the parts of the e-mail channel `options` turn on. */
export async function startMailService(options: {
  mail: MailOptions;
  database: SqlDatabase;
  context: IntakeContext;
  log: (line: string) => void;
  onChangesCommitted: () => void;
  now?: () => number;
}): Promise<MailService> {
  const { mail, database, log } = options;
  const mailFrom = mail.mailFrom ?? 'support@localhost';
  const fromAddress = addressOf(mailFrom);
  const domain = fromAddress.split('@')[1] ?? 'localhost';
  const signer = createMessageIdSigner(await resolveSigningSecret(database, mail.signingSecret), domain);
  const resolver = mail.resolver ?? timedSystemResolver(mail.dnsTimeoutMs ?? 3_000);
  const mta = hostname();
  const outbound: OutboundQueue | null = mail.smtpUrl
    ? startOutboundQueue({
        database,
        smtpUrl: mail.smtpUrl,
        mailFrom,
        log,
        onChangesCommitted: options.onChangesCommitted,
        ...(mail.retryBaseMs !== undefined ? { retryBaseMs: mail.retryBaseMs } : {}),
        ...(mail.maxAttempts !== undefined ? { maxAttempts: mail.maxAttempts } : {}),
        ...(mail.outboundPollMs !== undefined ? { pollMs: mail.outboundPollMs } : {}),
      })
    : null;
  let hasQueued = false;
  const imapUser = mail.imapUrl ? decodeURIComponent(new URL(mail.imapUrl).username) : null;
  const intake = createMailIntake({
    context: options.context,
    database,
    signer,
    ownAddresses: [fromAddress, ...(imapUser?.includes('@') ? [imapUser] : []), ...(mail.ownAddresses ?? [])],
    authenticate: (raw, envelope) =>
      checkSender(raw, envelope, { resolver, timeoutMs: (mail.dnsTimeoutMs ?? 3_000) * 3, mta }),
    canSend: outbound !== null,
    onMailQueued: () => outbound?.poke(),
    onChangesCommitted: options.onChangesCommitted,
    log,
    ...(options.now ? { now: options.now } : {}),
  });
  const recovered = await intake.recoverPending();
  if (recovered > 0) {
    log(`mail: finished ${recovered} mails received before the last stop`);
  }
  let listener: SmtpListener | null = null;
  let poller: ImapPoller | null = null;
  try {
    if (mail.smtpPort !== undefined && mail.smtpPort !== null) {
      listener = await startSmtpListener({
        port: mail.smtpPort,
        receive: (raw, envelope) => intake.receive(raw, 'smtp', envelope),
        log,
      });
      log(`mail: SMTP intake on 127.0.0.1:${listener.port}`);
    }
    if (mail.imapUrl) {
      poller = startImapPoller({
        url: mail.imapUrl,
        accessToken: mail.imapAccessToken ?? null,
        processedFolder: mail.imapProcessedFolder ?? 'Processed',
        database,
        receive: (raw) => intake.receive(raw, 'imap'),
        log,
      });
    }
  } catch (error) {
    await listener?.close();
    await outbound?.close();
    throw error;
  }
  return {
    intake,
    smtpPort: listener?.port ?? null,
    onAgentReply: async (transaction, ticketId, message) => {
      if (outbound !== null && (await queueReplyMail(transaction, signer, ticketId, message))) {
        hasQueued = true;
      }
    },
    afterCommit: () => {
      if (hasQueued) {
        hasQueued = false;
        outbound?.poke();
      }
    },
    pokeOutbound: () => outbound?.poke(),
    whenOutboundIdle: async () => outbound?.whenIdle(),
    close: async () => {
      await listener?.close();
      await poller?.close();
      await outbound?.close();
    },
  };
}
