import type { Message } from '../../shared/domain/schemas';
import { mailLanguage, replyMailText, ticketMailSubject } from '../../shared/mail/acknowledgement';
import type { SqlExecutor } from '../storage/database';
import { enqueueMail } from './outbound-store';
import type { MessageIdSigner } from './signing';

/**
 * Queues an agent's public reply as mail, inside the transaction that stored it, when the ticket's customer
 * writes by mail (a requester address is recorded: the ticket came by mail, or the customer answered by
 * mail). To the requester, with the recorded CCs; `In-Reply-To` the customer's latest mail, `References`
 * the thread's mail. Resolves with whether it queued a mail.
 */
export async function queueReplyMail(
  transaction: SqlExecutor,
  signer: MessageIdSigner,
  ticketId: string,
  message: Message,
): Promise<boolean> {
  const addresses = await transaction.query<{ address: string; role: 'requester' | 'cc' }>(
    `select address, role from mail_ticket_addresses where ticket_id = $1 order by role desc, address_key`,
    [ticketId],
  );
  const requester = addresses.find((entry) => entry.role === 'requester');
  if (requester === undefined) {
    return false;
  }
  const tickets = await transaction.query<{
    number: string | number;
    subject: string;
    language: string | null;
  }>('select number, subject, language from tickets where id = $1', [ticketId]);
  const ticket = tickets[0];
  if (ticket === undefined) {
    return false;
  }
  // The thread's mail, oldest first: what the customer sent and what we sent.
  const thread = await transaction.query<{ id: string; at: string }>(
    `select message_key as id, received_at as at from mail_inbound
       where ticket_id = $1 and state in ('ticket', 'message') and message_key not like 'sha256:%'
     union all
     select trim(both '<>' from header_message_id) as id, created_at as at from mail_outbound where ticket_id = $1
     order by at`,
    [ticketId],
  );
  const lastCustomerMail = await transaction.query<{ id: string }>(
    `select message_key as id from mail_inbound
     where ticket_id = $1 and state in ('ticket', 'message') and message_key not like 'sha256:%'
     order by received_at desc limit 1`,
    [ticketId],
  );
  const references = thread.map((entry) => entry.id).slice(-20);
  await enqueueMail(transaction, signer, {
    ticketId,
    messageId: message.id,
    kind: 'reply',
    recipient: requester.address,
    cc: addresses.filter((entry) => entry.role === 'cc').map((entry) => entry.address),
    subject: ticketMailSubject(Number(ticket.number), ticket.subject),
    body: replyMailText(mailLanguage(ticket.language), message.body),
    inReplyTo: lastCustomerMail[0]?.id ?? null,
    references,
  });
  return true;
}
