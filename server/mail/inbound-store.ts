import type { SqlExecutor } from '../storage/database';
import { isUuid } from '../storage/sql-helpers';
import type { SubjectTicket } from '../../shared/mail/threading';
import { addressKey } from '../../shared/mail/threading';
import type { SenderAuthentication } from './authenticity';

/** A received mail as recorded (before or after processing). */
export interface InboundRow {
  id: string;
  raw: Uint8Array;
  via: 'smtp' | 'imap';
  envelope: InboundEnvelope;
  planned_ticket_id: string | null;
}

/** What the receiving side knew of the mail's arrival. */
export interface InboundEnvelope {
  ip?: string | null;
  helo?: string | null;
  sender?: string | null;
  recipients?: string[];
}

/** Where a processed mail went. */
export interface InboundResultFields {
  state: 'ticket' | 'message' | 'dropped';
  outcome: string;
  ticketId?: string | null;
  messageId?: string | null;
  authentication?: SenderAuthentication | null;
  cc?: readonly string[];
  notes?: readonly string[];
}

/**
 * Records a received mail under its key, pending. Resolves with the row's id, or null when a mail with the
 * same key was recorded before (a CC copy, a redelivery): the caller drops it.
 */
export async function recordInbound(
  executor: SqlExecutor,
  mail: {
    messageKey: string;
    via: 'smtp' | 'imap';
    raw: Uint8Array;
    isRawMasked: boolean;
    sender: string | null;
    subject: string | null;
    envelope: InboundEnvelope;
  },
): Promise<string | null> {
  const rows = await executor.query<{ id: string }>(
    `insert into mail_inbound (message_key, via, raw, is_raw_masked, sender, subject, envelope)
     values ($1, $2, $3, $4, $5, $6, $7::jsonb)
     on conflict (message_key) do nothing returning id`,
    [
      mail.messageKey,
      mail.via,
      mail.raw,
      mail.isRawMasked,
      mail.sender,
      mail.subject,
      JSON.stringify(mail.envelope),
    ],
  );
  return rows[0]?.id ?? null;
}

/** Records where a mail went (inside the caller's transaction when there is one). */
export async function finishInbound(
  executor: SqlExecutor,
  id: string,
  result: InboundResultFields,
): Promise<void> {
  await executor.query(
    `update mail_inbound set state = $2, outcome = $3, ticket_id = $4, message_id = $5,
       authentication = $6::jsonb, cc = $7::jsonb, notes = $8::jsonb, processed_at = now()
     where id = $1`,
    [
      id,
      result.state,
      result.outcome,
      result.ticketId ?? null,
      result.messageId ?? null,
      result.authentication ? JSON.stringify(result.authentication) : null,
      JSON.stringify(result.cc ?? []),
      JSON.stringify(result.notes ?? []),
    ],
  );
}

/** Notes the id a new ticket is about to get (see `planned_ticket_id` in migration 0030). */
export async function planTicket(executor: SqlExecutor, id: string, ticketId: string): Promise<void> {
  await executor.query('update mail_inbound set planned_ticket_id = $2 where id = $1', [id, ticketId]);
}

/** Mail recorded but not processed (a crash or a stop in between), oldest first. */
export async function pendingInbound(executor: SqlExecutor, limit: number): Promise<InboundRow[]> {
  return executor.query<InboundRow>(
    `select id, raw, via, envelope, planned_ticket_id from mail_inbound
     where state = 'pending' order by received_at limit $1`,
    [limit],
  );
}

/** Of `ids`, the tickets that exist (in the order given). */
export async function existingTickets(executor: SqlExecutor, ids: readonly string[]): Promise<string[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) {
    return [];
  }
  const rows = await executor.query<{ id: string }>('select id from tickets where id = any($1::uuid[])', [
    valid,
  ]);
  const found = new Set(rows.map((row) => row.id));
  return valid.filter((id) => found.has(id));
}

/** Ticket `number` with the addresses allowed to write to it by subject (requester and recorded CCs). */
export async function subjectTicket(executor: SqlExecutor, number: number): Promise<SubjectTicket | null> {
  const rows = await executor.query<{ id: string; requester_email: string; keys: string[] | null }>(
    `select t.id, t.requester_email,
       (select array_agg(a.address_key) from mail_ticket_addresses a where a.ticket_id = t.id) as keys
     from tickets t where t.number = $1`,
    [number],
  );
  const row = rows[0];
  if (row === undefined) {
    return null;
  }
  return { id: row.id, allowedSenderKeys: [addressKey(row.requester_email), ...(row.keys ?? [])] };
}

/** Records the requester's and the CCs' addresses on a ticket (a CC never demotes the requester). */
export async function recordAddresses(
  executor: SqlExecutor,
  ticketId: string,
  addresses: readonly { address: string; role: 'requester' | 'cc' }[],
): Promise<void> {
  if (addresses.length === 0) {
    return;
  }
  await executor.query(
    `insert into mail_ticket_addresses (ticket_id, address_key, address, role)
     select $1, given.key, given.address, given.role
     from unnest($2::text[], $3::text[], $4::text[]) as given(key, address, role)
     on conflict (ticket_id, address_key) do update set
       role = case when mail_ticket_addresses.role = 'requester' then 'requester' else excluded.role end,
       updated_at = now()`,
    [
      ticketId,
      addresses.map((entry) => addressKey(entry.address)),
      addresses.map((entry) => entry.address),
      addresses.map((entry) => entry.role),
    ],
  );
}

/**
 * Marks `addressKeys` as failing on `ticketId` (a bounce), and the outbound mail the bounce names as
 * bounced. Resolves with how many addresses it marked.
 */
export async function markFailing(
  executor: SqlExecutor,
  ticketId: string,
  addressKeys: readonly string[],
  failure: string,
  bouncedMessageIds: readonly string[],
): Promise<number> {
  if (bouncedMessageIds.length > 0) {
    await executor.query(
      `update mail_outbound set state = 'bounced', last_error = $2
       where header_message_id = any($1::text[]) and state = 'sent'`,
      [bouncedMessageIds.map((id) => `<${id}>`), failure],
    );
  }
  const rows = await executor.query<{ address_key: string }>(
    `update mail_ticket_addresses set is_failing = true, failure = $3, updated_at = now()
     where ticket_id = $1 and address_key = any($2::text[]) returning address_key`,
    [ticketId, addressKeys, failure],
  );
  return rows.length;
}
