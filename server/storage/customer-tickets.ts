import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { ChecklistKey, RequiredItemRules } from '../../shared/checklist/items';
import { newlyPresentKeys } from '../../shared/checklist/marks';
import type { TicketStatus } from '../../shared/domain/vocabulary';
import type { CustomerTicket } from '../../shared/domain/workflow-schemas';
import { nextStatusOnCustomerMessage } from '../../shared/tickets/status-machine';
import { appendChanges } from './change-log';
import { hashToken } from './credentials';
import type { SqlExecutor } from './database';
import { insertAttachments } from './intake-writes';
import { isoTime, type TimestampValue } from './rows';
import { ParameterList, isUuid, queryJsonRows } from './sql-helpers';
import { evaluateThreadChecklist, readChecklistThread } from './thread-checklist';
import { insertNoticeMessage, slaPauseAssignments, type NewAttachment } from './ticket-writes';
import { maskThreadMessage } from '../safety/mask-entries';

/**
 * The customer's side of a ticket: the access token intake gave them (stored as a SHA-256 hash), the
 * public thread they may read, and the messages they add.
 */

/**
 * True when `token` is the access token of ticket `ticketId`. False for anything else (an unknown ticket, a
 * ticket without a token, another ticket's token, an agent's token), in time independent of where a wrong
 * token differs.
 */
export async function isCustomerToken(
  executor: SqlExecutor,
  ticketId: string,
  token: string,
): Promise<boolean> {
  if (!isUuid(ticketId) || token === '' || token.length > 512) {
    return false;
  }
  const rows = await executor.query<{ hash: string | null }>(
    'select customer_token_hash as hash from tickets where id = $1',
    [ticketId],
  );
  const stored = rows[0]?.hash;
  if (stored === undefined || stored === null) {
    return false;
  }
  const expected = Buffer.from(stored, 'hex');
  const actual = Buffer.from(hashToken(token), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

interface CustomerTicketRow {
  id: string;
  number: number | string;
  subject: string;
  body: string;
  status: TicketStatus;
  created_at: TimestampValue;
  updated_at: TimestampValue;
  messages:
    | {
        id: string;
        kind: 'customer' | 'reply';
        author_name: string | null;
        body: string;
        created_at: TimestampValue;
      }[]
    | null;
}

/**
 * Ticket `ticketId` as its customer sees it: the public thread only (internal notes never, nor another
 * customer's messages merged in); null when none.
 */
export async function readCustomerTicket(
  executor: SqlExecutor,
  ticketId: string,
): Promise<CustomerTicket | null> {
  const rows = await queryJsonRows<CustomerTicketRow>(
    executor,
    `select json_build_object(
       'id', t.id, 'number', t.number, 'subject', t.subject, 'body', t.body, 'status', t.status,
       'created_at', t.created_at, 'updated_at', t.updated_at,
       'messages', (select json_agg(json_build_object('id', m.id, 'kind', m.kind, 'author_name', m.author_name,
           'body', m.body, 'created_at', m.created_at) order by m.created_at, m.ordinal)
         from messages m where m.kind in ('customer', 'reply') and (
           -- Its own thread, less what a merge brought from another customer's ticket (docs/merging.md);
           (m.ticket_id = t.id and (m.merged_from_ticket_id is null
             or (select s.customer_id from tickets s where s.id = m.merged_from_ticket_id) = t.customer_id))
           -- and, while merged into another ticket, its own messages there (not the copy of its opening text).
           or (m.merged_from_ticket_id = t.id and m.ticket_id <> t.id and not exists (
             select 1 from merges g where g.id = m.merge_id and m.id = any(g.opening_message_ids)))))
     ) as json_row
     from tickets t where t.id = $1`,
    [ticketId],
  );
  const row = rows[0];
  if (row === undefined) {
    return null;
  }
  return {
    id: row.id,
    number: Number(row.number),
    subject: row.subject,
    body: row.body,
    status: row.status,
    created_at: isoTime(row.created_at),
    updated_at: isoTime(row.updated_at),
    messages: (row.messages ?? []).map((message) => ({
      ...message,
      created_at: isoTime(message.created_at),
    })),
  };
}

/** What `addCustomerThreadMessage` did: the message and what it provided, or why nothing was stored. */
export type CustomerMessageOutcome =
  | { messageId: string; newlyPresent: ChecklistKey[]; seq: number }
  | { refusal: 'not_found' | 'ticket_closed' };

/**
 * Adds the customer's message (with its attachments, linked by message id) to ticket `ticketId` inside the
 * caller's transaction: moves the status as `nextStatusOnCustomerMessage` says (a closed ticket refuses
 * with `ticket_closed`; leaving `awaiting_customer` or `solved` resumes the SLA resolution clock and clears
 * `solved_at`), re-evaluates the checklist over the whole thread under `rules` (hand marks kept), stores on
 * the message the keys it newly provided, and records `message.created` then `ticket.updated`.
 */
export async function addCustomerThreadMessage(
  transaction: SqlExecutor,
  ticketId: string,
  unmasked: { body: string; attachments: readonly NewAttachment[] },
  rules: RequiredItemRules,
): Promise<CustomerMessageOutcome> {
  const currentRows = await transaction.query<{
    status: TicketStatus;
    requester_name: string | null;
    language: string | null;
    requester_locale: string | null;
  }>('select status, requester_name, language, requester_locale from tickets where id = $1 for update', [
    ticketId,
  ]);
  const current = currentRows[0];
  const thread = current === undefined ? null : await readChecklistThread(transaction, ticketId);
  if (current === undefined || thread === null) {
    return { refusal: 'not_found' };
  }
  // A closed conversation is archived: the customer's channel opens a follow-up ticket instead.
  if (current.status === 'closed') {
    return { refusal: 'ticket_closed' };
  }
  // Secrets are masked before anything reads or writes the message: the checklist's evidence included.
  const messageId = randomUUID();
  const masked = maskThreadMessage(
    {
      body: unmasked.body,
      attachmentNames: unmasked.attachments.map((attachment) => attachment.name),
      isFromCustomer: true,
    },
    { language: current.language, requesterLocale: current.requester_locale },
    messageId,
  );
  const message = {
    body: masked.body,
    attachments: unmasked.attachments.map((attachment, index) => ({
      ...attachment,
      name: masked.attachmentNames[index] ?? attachment.name,
    })),
  };
  const before = evaluateThreadChecklist(thread, rules);
  const after = evaluateThreadChecklist(
    {
      ...thread,
      customerMessages: [...thread.customerMessages, message.body],
      attachments: [
        ...thread.attachments,
        ...message.attachments.map((attachment) => ({ name: attachment.name, type: attachment.type })),
      ],
    },
    rules,
  );
  const newlyPresent = newlyPresentKeys(before, after);
  await transaction.query(
    `insert into messages (id, ticket_id, kind, author_agent_id, author_name, body, checklist_provided)
     values ($1, $2, 'customer', null, $3, $4, $5::jsonb)`,
    [messageId, ticketId, current.requester_name, message.body, JSON.stringify(newlyPresent)],
  );
  await insertAttachments(
    transaction,
    message.attachments.map((attachment) => ({ ticketId, messageId, attachment })),
  );
  if (masked.exposureNotice) {
    await insertNoticeMessage(transaction, ticketId, masked.exposureNotice);
  }
  const nextStatus = nextStatusOnCustomerMessage(current.status);
  const parameters = new ParameterList();
  const assignments = [
    `message_count = message_count + ${masked.exposureNotice ? 2 : 1}`,
    'version = version + 1',
    'updated_at = now()',
    `checklist = ${parameters.add(JSON.stringify(after))}::jsonb`,
  ];
  if (masked.redactions.length > 0) {
    assignments.push(
      `redactions = redactions || ${parameters.add(JSON.stringify(masked.redactions))}::jsonb`,
    );
  }
  if (nextStatus !== current.status) {
    assignments.push(...slaPauseAssignments(current.status, nextStatus));
    assignments.push(`status = ${parameters.add(nextStatus)}`, 'solved_at = null');
  }
  await transaction.query(
    `update tickets set ${assignments.join(', ')} where id = ${parameters.add(ticketId)}`,
    parameters.values,
  );
  const seqs = await appendChanges(transaction, [
    { type: 'message.created', ticketId, agentId: null },
    { type: 'ticket.updated', ticketId, agentId: null },
  ]);
  return { messageId, newlyPresent, seq: seqs.at(-1) ?? 0 };
}
