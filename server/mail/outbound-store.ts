import { randomUUID } from 'node:crypto';
import type { SqlExecutor } from '../storage/database';
import { addressKey } from '../../shared/mail/threading';
import type { MessageIdSigner } from './signing';

/** A mail to queue. */
export interface OutboundMail {
  ticketId: string;
  /** The agent's reply it carries; null for an acknowledgement. */
  messageId: string | null;
  kind: 'acknowledgement' | 'reply';
  recipient: string;
  cc: readonly string[];
  subject: string;
  body: string;
  /** The Message-ID it answers (without brackets), and the thread's earlier ids. */
  inReplyTo: string | null;
  references: readonly string[];
}

/** A queued mail as the sender reads it. */
export interface OutboundRow {
  id: string;
  ticket_id: string;
  message_id: string | null;
  kind: 'acknowledgement' | 'reply';
  header_message_id: string;
  recipient: string;
  cc: string[];
  subject: string;
  body: string;
  in_reply_to: string | null;
  refs: string[];
  attempts: number;
}

/**
 * Queues `mail` inside the caller's transaction with a new signed Message-ID. A reply is queued once per
 * message (a replayed request queues nothing). Resolves with the Message-ID, or null when already queued.
 */
export async function enqueueMail(
  executor: SqlExecutor,
  signer: MessageIdSigner,
  mail: OutboundMail,
): Promise<string | null> {
  const id = randomUUID();
  const headerMessageId = signer.create(mail.ticketId, id);
  const rows = await executor.query<{ id: string }>(
    `insert into mail_outbound (id, ticket_id, message_id, kind, header_message_id, recipient, recipient_key, cc,
       subject, body, in_reply_to, refs)
     values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12::jsonb)
     on conflict do nothing returning id`,
    [
      id,
      mail.ticketId,
      mail.messageId,
      mail.kind,
      headerMessageId,
      mail.recipient,
      addressKey(mail.recipient),
      JSON.stringify(mail.cc),
      mail.subject,
      mail.body,
      mail.inReplyTo,
      JSON.stringify(mail.references),
    ],
  );
  return rows.length > 0 ? headerMessageId : null;
}

/**
 * Takes up to `limit` due mails for sending: queued ones whose time has come, and ones a sender took but
 * never finished (its lease ran out: the node stopped mid-send). Each is leased for `leaseMs`, so another
 * node (or this one) does not take it meanwhile.
 */
export async function claimDue(
  executor: SqlExecutor,
  limit: number,
  leaseMs: number,
): Promise<OutboundRow[]> {
  return executor.query<OutboundRow>(
    `update mail_outbound set state = 'sending', attempts = attempts + 1,
       lease_until = now() + ($2::integer * interval '1 millisecond')
     where id in (
       select id from mail_outbound
       where (state = 'queued' and next_attempt_at <= now()) or (state = 'sending' and lease_until < now())
       order by next_attempt_at limit $1 for update skip locked)
     returning id, ticket_id, message_id, kind, header_message_id, recipient, cc, subject, body, in_reply_to,
       refs, attempts`,
    [limit, leaseMs],
  );
}

/** Records a mail as sent. */
export async function markSent(executor: SqlExecutor, id: string): Promise<void> {
  await executor.query(
    `update mail_outbound set state = 'sent', sent_at = now(), lease_until = null, last_error = null
     where id = $1`,
    [id],
  );
}

/** Records a failed attempt: queued again after `retryInMs`, or failed for good when null. */
export async function markAttemptFailed(
  executor: SqlExecutor,
  id: string,
  error: string,
  retryInMs: number | null,
): Promise<void> {
  await executor.query(
    retryInMs === null
      ? `update mail_outbound set state = 'failed', last_error = $2, lease_until = null where id = $1`
      : `update mail_outbound set state = 'queued', last_error = $2, lease_until = null,
           next_attempt_at = now() + ($3::integer * interval '1 millisecond') where id = $1`,
    retryInMs === null ? [id, error.slice(0, 2000)] : [id, error.slice(0, 2000), Math.round(retryInMs)],
  );
}

/** Queues a failed or bounced mail again now (an agent's "retry"); resolves with its ticket, or null. */
export async function retryMail(executor: SqlExecutor, id: string): Promise<string | null> {
  const rows = await executor.query<{ ticket_id: string }>(
    `update mail_outbound set state = 'queued', attempts = 0, next_attempt_at = now(), lease_until = null
     where id = $1 and state in ('failed', 'bounced') returning ticket_id`,
    [id],
  );
  return rows[0]?.ticket_id ?? null;
}

/** How many acknowledgements went to `recipientKey` since `sinceMs` (epoch ms), for the rate limit. */
export async function acknowledgementTimes(
  executor: SqlExecutor,
  recipientKey: string,
  sinceMs: number,
): Promise<number[]> {
  const rows = await executor.query<{ at: string | Date }>(
    `select created_at as at from mail_outbound
     where kind = 'acknowledgement' and recipient_key = $1 and created_at >= $2::timestamptz`,
    [recipientKey, new Date(sinceMs).toISOString()],
  );
  return rows.map((row) => new Date(row.at).getTime());
}
