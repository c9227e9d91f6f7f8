import type { Checklist } from '../../shared/checklist/items';
import { requiredItemsFor, unanalyzedChecklist } from '../../shared/checklist/items';
import type { Agent, Message, Ticket, TicketUpdate } from '../../shared/domain/schemas';
import type { TicketSource } from '../../shared/domain/vocabulary';
import { emailKey } from './agent-store';
import { appendChanges } from './change-log';
import { advisoryLocks } from './advisory-locks';
import type { SqlExecutor, SqlParameter } from './database';
import { messageFromRow, ticketFromRow, type MessageRow, type TicketRow } from './rows';
import { ParameterList, firstRow, queryJsonRows } from './sql-helpers';

/** An attachment ready to store: its data already decoded and checked. */
export interface NewAttachment {
  name: string;
  type: string;
  data: Uint8Array;
}

/** A ticket as intake hands it to storage, every derived field already computed. */
export interface NewTicket {
  requester: { email: string; name: string | null; locale: string | null };
  subject: string;
  body: string;
  /** The category the customer chose, as sent (kept even when unknown). */
  requestedCategory: string | null;
  /** The category key to file it under if the service knows it; otherwise the ticket has none. */
  categoryKey: string | null;
  language: string | null;
  occurredAt: string | null;
  device: string | null;
  checklist: Checklist;
  source: TicketSource;
  attachments: readonly NewAttachment[];
}

/** What storing a new ticket produced. */
export interface CreatedTicket {
  id: string;
  number: number;
  seq: number;
}

/**
 * Stores a new ticket with its customer (created or refreshed by e-mail), its attachments and its
 * `ticket.created` change. Without attachments this is a single statement, atomic on its own (the intake
 * path is the hottest write); with attachments, pass a transaction.
 */
export async function insertTicket(executor: SqlExecutor, ticket: NewTicket): Promise<CreatedTicket> {
  const isAlone = ticket.attachments.length === 0;
  // Alone, the statement also takes the change-log lock and appends the change (see appendChanges): the
  // lock CTE is volatile, so it runs before the join that feeds the change row and its seq.
  const finish = isAlone
    ? `, change_lock as (select pg_advisory_xact_lock($14) as locked),
       change as (
         insert into changes (type, ticket_id) select 'ticket.created', ticket.id from ticket, change_lock returning seq
       )
       select ticket.id, ticket.number, change.seq from ticket, change`
    : ' select ticket.id, ticket.number, null as seq from ticket';
  const parameters: SqlParameter[] = [
    ticket.requester.email,
    ticket.requester.name,
    ticket.requester.locale,
    ticket.subject,
    ticket.body,
    ticket.categoryKey,
    ticket.requestedCategory,
    ticket.language,
    ticket.source,
    ticket.occurredAt,
    ticket.device,
    JSON.stringify(ticket.checklist),
    emailKey(ticket.requester.email),
  ];
  if (isAlone) {
    parameters.push(advisoryLocks.changeLog);
  }
  const rows = await executor.query<{ id: string; number: number | string; seq: number | string | null }>(
    `with customer as (
       insert into customers (email, email_key, name, locale) values ($1, $13, $2, $3)
       on conflict (email_key) do update set
         name = coalesce(excluded.name, customers.name),
         locale = coalesce(excluded.locale, customers.locale),
         updated_at = now()
       returning id
     ),
     ticket as (
       insert into tickets (customer_id, requester_email, requester_name, requester_locale, subject, body, category,
         requested_category, language, source, occurred_at, device, checklist)
       select customer.id, $1, $2, $3, $4, $5, (select key from categories where key = $6), $7, $8, $9,
         $10::timestamptz, $11, $12::jsonb
       from customer
       returning id, number
     )${finish}`,
    parameters,
  );
  const created = firstRow(rows);
  if (isAlone) {
    return { id: created.id, number: Number(created.number), seq: Number(created.seq) };
  }
  for (const attachment of ticket.attachments) {
    await executor.query(
      'insert into attachments (ticket_id, name, type, size, data) values ($1, $2, $3, $4, $5)',
      [created.id, attachment.name, attachment.type, attachment.data.byteLength, attachment.data],
    );
  }
  const [seq = 0] = await appendChanges(executor, [
    { type: 'ticket.created', ticketId: created.id, agentId: null },
  ]);
  return { id: created.id, number: Number(created.number), seq };
}

/** Why an update was refused. */
export type UpdateRefusal = 'not_found' | 'version_conflict' | 'unknown_category' | 'unknown_assignee';

/** The outcome of `updateTicket`: the updated ticket, or why nothing changed. */
export type UpdateOutcome = { ticket: Ticket; seq: number } | { refusal: UpdateRefusal };

const closedStatuses = new Set(['solved', 'closed']);

/**
 * Applies `update` to a ticket inside the caller's transaction: bumps `version` and `updated_at`, sets
 * `solved_at` when the ticket becomes solved or closed (clears it when it is reopened), re-derives the
 * checklist's required items when the category changes, and records `ticket.updated`.
 * With `expectedVersion`, refuses when the ticket has moved on since the caller read it.
 */
export async function updateTicket(
  transaction: SqlExecutor,
  ticketId: string,
  update: TicketUpdate,
  actor: { agentId: string; expectedVersion: number | null },
): Promise<UpdateOutcome> {
  const currentRows = await transaction.query<Pick<TicketRow, 'version' | 'checklist'>>(
    'select version, checklist from tickets where id = $1 for update',
    [ticketId],
  );
  const current = currentRows[0];
  if (current === undefined) {
    return { refusal: 'not_found' };
  }
  if (actor.expectedVersion !== null && actor.expectedVersion !== Number(current.version)) {
    return { refusal: 'version_conflict' };
  }
  const refusal = await checkReferences(transaction, update);
  if (refusal !== null) {
    return { refusal };
  }
  const parameters = new ParameterList();
  const assignments = ['version = version + 1', 'updated_at = now()'];
  if (update.status !== undefined) {
    assignments.push(`status = ${parameters.add(update.status)}`);
    if (closedStatuses.has(update.status)) {
      assignments.push('solved_at = coalesce(solved_at, now())');
    } else {
      assignments.push('solved_at = null');
    }
  }
  if (update.priority !== undefined) {
    assignments.push(`priority = ${parameters.add(update.priority)}`);
  }
  if (update.category !== undefined) {
    assignments.push(`category = ${parameters.add(update.category)}`);
    const checklist = rederiveChecklist(current.checklist, update.category);
    assignments.push(`checklist = ${parameters.add(JSON.stringify(checklist))}::jsonb`);
  }
  if (update.assignee_id !== undefined) {
    assignments.push(`assignee_id = ${parameters.add(update.assignee_id)}::uuid`);
  }
  if (update.tags !== undefined) {
    assignments.push(`tags = ${parameters.add([...new Set(update.tags)])}::text[]`);
  }
  const rows = await queryJsonRows<TicketRow>(
    transaction,
    `update tickets set ${assignments.join(', ')} where id = ${parameters.add(ticketId)}
     returning to_jsonb(tickets) as json_row`,
    parameters.values,
  );
  const [seq = 0] = await appendChanges(transaction, [
    { type: 'ticket.updated', ticketId, agentId: actor.agentId },
  ]);
  return { ticket: ticketFromRow(firstRow(rows)), seq };
}

async function checkReferences(
  transaction: SqlExecutor,
  update: TicketUpdate,
): Promise<UpdateRefusal | null> {
  if (update.category !== undefined && update.category !== null) {
    const categories = await transaction.query('select 1 from categories where key = $1', [update.category]);
    if (categories.length === 0) {
      return 'unknown_category';
    }
  }
  if (update.assignee_id !== undefined && update.assignee_id !== null) {
    const agents = await transaction.query(
      'select 1 from agents where id::text = lower($1) and not is_disabled',
      [update.assignee_id],
    );
    if (agents.length === 0) {
      return 'unknown_assignee';
    }
  }
  return null;
}

/** The checklist after a category change: items found stay found, `required` follows the new category. */
function rederiveChecklist(checklist: Checklist, category: string | null): Checklist {
  if (!checklist.analyzed) {
    return unanalyzedChecklist(category);
  }
  const required = new Set(requiredItemsFor(category));
  return {
    ...checklist,
    items: checklist.items.map((item) => ({ ...item, required: required.has(item.key) })),
  };
}

/** The outcome of `addMessage`: the stored message, or null when the ticket does not exist. */
export type MessageOutcome = { message: Message; seq: number } | null;

/**
 * Adds an agent's reply or internal note to a ticket inside the caller's transaction. A reply sets
 * `first_response_at` if the ticket had none and moves a `new` ticket to `open`; every message bumps
 * `version` and `updated_at` and records `message.created`.
 */
export async function addMessage(
  transaction: SqlExecutor,
  ticketId: string,
  message: { kind: 'reply' | 'note'; body: string },
  author: Agent,
): Promise<MessageOutcome> {
  const updated = await transaction.query<{ id: string }>(
    `update tickets set
       message_count = message_count + 1,
       version = version + 1,
       updated_at = now(),
       first_response_at = case when $2 = 'reply' then coalesce(first_response_at, now()) else first_response_at end,
       status = case when $2 = 'reply' and status = 'new' then 'open' else status end
     where id = $1
     returning id`,
    [ticketId, message.kind],
  );
  if (updated.length === 0) {
    return null;
  }
  const rows = await queryJsonRows<MessageRow>(
    transaction,
    `insert into messages (ticket_id, kind, author_agent_id, author_name, body) values ($1, $2, $3, $4, $5)
     returning to_jsonb(messages) as json_row`,
    [ticketId, message.kind, author.id, author.name, message.body],
  );
  const [seq = 0] = await appendChanges(transaction, [
    { type: 'message.created', ticketId, agentId: author.id },
  ]);
  return { message: messageFromRow(firstRow(rows)), seq };
}
