import nodemailer, { type Transporter } from 'nodemailer';
import type { SqlDatabase } from '../storage/database';
import { appendChanges } from '../storage/change-log';
import { claimDue, markAttemptFailed, markSent, type OutboundRow } from './outbound-store';

/** Options of `startOutboundQueue`. */
export interface OutboundQueueOptions {
  database: SqlDatabase;
  /** `smtp://host:port` (or smtps://, with credentials in the URL) of the team's relay. */
  smtpUrl: string;
  /** The From address (`Support <help@example.com>` or a bare address). */
  mailFrom: string;
  log: (line: string) => void;
  /** Called after a delivery state change was recorded with a change (the live doorbell). */
  onChangesCommitted: () => void;
  /** Attempts before a mail is marked failed; 6 by default. */
  maxAttempts?: number;
  /** The first retry's delay; doubled each attempt up to an hour. 5 s by default. */
  retryBaseMs?: number;
  /** How often due retries are looked for when nothing pokes the queue; 5 s by default. */
  pollMs?: number;
  /** Mails sent at once; 8 by default. */
  concurrency?: number;
}

/** The running sender. */
export interface OutboundQueue {
  /** Looks for due mail now (after a commit that queued some). */
  poke(): void;
  /** Resolves once nothing is being sent and nothing due is waiting (tests). */
  whenIdle(): Promise<void>;
  /** Stops taking mail; waits for sends in flight. */
  close(): Promise<void>;
}

/** The delay before attempt `attempts + 1`: base × 2^(attempts − 1), at most an hour. */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(60 * 60 * 1000, baseMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * Sends the durable outbound queue (migration 0030's `mail_outbound`) through nodemailer: each mail carries
 * its signed Message-ID, `In-Reply-To`/`References`, and `Auto-Submitted: auto-generated` when the service
 * wrote it (acknowledgements; an agent's reply carries none). A mail leaves once per queued row: it is
 * leased while sending and marked sent after the relay accepted it. If the node dies between the relay's
 * acceptance and that mark, the lease runs out and the mail is sent again with the SAME Message-ID, which
 * receivers (this service included) drop as a repeat. Failures are retried with backoff, then marked failed
 * ("not delivered" in the console, with a retry).
 */
export function startOutboundQueue(options: OutboundQueueOptions): OutboundQueue {
  const maxAttempts = options.maxAttempts ?? 6;
  const retryBaseMs = options.retryBaseMs ?? 5_000;
  const concurrency = options.concurrency ?? 8;
  const leaseMs = 2 * 60 * 1000;
  const transport: Transporter = nodemailer.createTransport(options.smtpUrl, {
    from: options.mailFrom,
  });
  let isClosed = false;
  let running: Promise<void> | null = null;
  let again = false;

  async function send(row: OutboundRow): Promise<void> {
    try {
      await transport.sendMail({
        from: options.mailFrom,
        to: row.recipient,
        ...(row.cc.length > 0 ? { cc: row.cc } : {}),
        subject: row.subject,
        text: row.body,
        messageId: row.header_message_id,
        ...(row.in_reply_to ? { inReplyTo: `<${row.in_reply_to}>` } : {}),
        ...(row.refs.length > 0 ? { references: row.refs.map((id) => `<${id}>`) } : {}),
        headers:
          row.kind === 'acknowledgement'
            ? { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' }
            : {},
      });
      await options.database.transaction(async (transaction) => {
        await markSent(transaction, row.id);
        await appendChanges(transaction, [
          { type: 'ticket.updated', ticketId: row.ticket_id, agentId: null },
        ]);
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retryIn = row.attempts >= maxAttempts ? null : retryDelayMs(row.attempts, retryBaseMs);
      options.log(
        `mail ${row.header_message_id} to ${row.recipient}: attempt ${row.attempts} failed (${message})${retryIn === null ? ', not delivered' : ''}`,
      );
      await options.database.transaction(async (transaction) => {
        await markAttemptFailed(transaction, row.id, message, retryIn);
        if (retryIn === null) {
          await appendChanges(transaction, [
            { type: 'ticket.updated', ticketId: row.ticket_id, agentId: null },
          ]);
        }
      });
    }
    options.onChangesCommitted();
  }

  async function drain(): Promise<void> {
    do {
      again = false;
      for (;;) {
        if (isClosed) {
          return;
        }
        const due = await claimDue(options.database, concurrency, leaseMs);
        if (due.length === 0) {
          break;
        }
        await Promise.all(due.map((row) => send(row)));
      }
    } while (again && !isClosed);
  }

  function poke(): void {
    if (isClosed) {
      return;
    }
    if (running !== null) {
      again = true;
      return;
    }
    running = drain()
      .catch((error: unknown) => options.log(`mail queue: ${String(error)}`))
      .finally(() => {
        running = null;
      });
  }

  const timer = setInterval(poke, options.pollMs ?? 5_000);
  timer.unref();
  poke();
  return {
    poke,
    whenIdle: async () => {
      while (running !== null) {
        await running;
      }
    },
    close: async () => {
      isClosed = true;
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}
