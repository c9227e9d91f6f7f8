import { randomUUID } from 'node:crypto';
import type { Checklist, ChecklistKey } from '../../shared/checklist/items';
import type { MessageKind, TicketPriority, TicketSource, TicketStatus } from '../../shared/domain/vocabulary';
import { emailKey } from './agent-store';
import { appendChanges } from './change-log';
import type { SqlExecutor } from './database';
import type { Redaction } from '../safety/mask-incoming';

/** A message of a ticket loaded in bulk. */
export interface BulkMessage {
  /** The id to store it under (its redactions name it); a random one when absent. */
  id?: string;
  kind: MessageKind;
  authorAgentId: string | null;
  authorName: string | null;
  body: string;
  createdAt: string;
  /** For a customer message: the checklist keys it newly provided (migration 0003), if known. */
  checklistProvided?: readonly ChecklistKey[] | null;
}

/** A complete ticket loaded in bulk (import, demo data): every column given, times as ISO text. */
export interface BulkTicket {
  externalId: string | null;
  requester: { email: string; name: string | null; locale: string | null };
  subject: string;
  body: string;
  /** A category key that exists (create categories first). */
  category: string | null;
  requestedCategory: string | null;
  status: TicketStatus;
  priority: TicketPriority;
  assigneeId: string | null;
  language: string | null;
  tags: readonly string[];
  source: TicketSource;
  occurredAt: string | null;
  device: string | null;
  checklist: Checklist;
  createdAt: string;
  updatedAt: string;
  firstResponseAt: string | null;
  solvedAt: string | null;
  messages: readonly BulkMessage[];
  /** The kinds of secrets masked in it (server/safety/mask-entries.ts `maskThread`); none when absent. */
  redactions?: readonly Redaction[];
}

/** Categories to create if missing, by key, with a display name. */
export async function ensureCategories(
  transaction: SqlExecutor,
  categories: readonly { key: string; name: string }[],
): Promise<void> {
  if (categories.length === 0) {
    return;
  }
  await transaction.query(
    `insert into categories (key, name) select * from unnest($1::text[], $2::text[]) on conflict (key) do nothing`,
    [categories.map((category) => category.key), categories.map((category) => category.name)],
  );
}

/**
 * Inserts `tickets` with their customers, messages and `ticket.created` changes in a few multi-row
 * statements inside the caller's transaction. A ticket whose `externalId` is already stored (or repeated
 * earlier in the batch) is skipped. Resolves with the external ids (or positions, for tickets without one)
 * of the tickets it inserted.
 */
export async function insertTicketBatch(
  transaction: SqlExecutor,
  tickets: readonly BulkTicket[],
): Promise<Set<string>> {
  if (tickets.length === 0) {
    return new Set();
  }
  const customerIds = await upsertCustomers(transaction, tickets);
  const ids = tickets.map(() => randomUUID());
  const column = <T>(pick: (ticket: BulkTicket) => T): T[] => tickets.map(pick);
  const inserted = await transaction.query<{ id: string }>(
    `insert into tickets (id, external_id, customer_id, requester_email, requester_name, requester_locale, subject,
       body, category, requested_category, status, priority, assignee_id, language, tags, source, occurred_at, device,
       checklist, message_count, created_at, updated_at, first_response_at, solved_at, redactions)
     select id, external_id, customer_id, requester_email, requester_name, requester_locale, subject, body, category,
       requested_category, status, priority, assignee_id, language,
       array(select jsonb_array_elements_text(tags::jsonb)), source, occurred_at::timestamptz, device,
       checklist::jsonb, message_count, created_at::timestamptz, updated_at::timestamptz,
       first_response_at::timestamptz, solved_at::timestamptz, redactions::jsonb
     from unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::text[], $10::text[], $11::text[], $12::text[], $13::uuid[], $14::text[], $15::text[], $16::text[],
       $17::text[], $18::text[], $19::text[], $20::int[], $21::text[], $22::text[], $23::text[], $24::text[],
       $25::text[])
       as row(id, external_id, customer_id, requester_email, requester_name, requester_locale, subject, body,
         category, requested_category, status, priority, assignee_id, language, tags, source, occurred_at, device,
         checklist, message_count, created_at, updated_at, first_response_at, solved_at, redactions)
     on conflict (external_id) do nothing
     returning id`,
    [
      ids,
      column((ticket) => ticket.externalId),
      column((ticket) => customerIds.get(emailKey(ticket.requester.email)) ?? null),
      column((ticket) => ticket.requester.email),
      column((ticket) => ticket.requester.name),
      column((ticket) => ticket.requester.locale),
      column((ticket) => ticket.subject),
      column((ticket) => ticket.body),
      column((ticket) => ticket.category),
      column((ticket) => ticket.requestedCategory),
      column((ticket) => ticket.status),
      column((ticket) => ticket.priority),
      column((ticket) => ticket.assigneeId),
      column((ticket) => ticket.language),
      column((ticket) => JSON.stringify(ticket.tags)),
      column((ticket) => ticket.source),
      column((ticket) => ticket.occurredAt),
      column((ticket) => ticket.device),
      column((ticket) => JSON.stringify(ticket.checklist)),
      column((ticket) => ticket.messages.length),
      column((ticket) => ticket.createdAt),
      column((ticket) => ticket.updatedAt),
      column((ticket) => ticket.firstResponseAt),
      column((ticket) => ticket.solvedAt),
      column((ticket) => JSON.stringify(ticket.redactions ?? [])),
    ],
  );
  const insertedIds = new Set(inserted.map((row) => row.id));
  const insertedTickets = tickets
    .map((ticket, index) => ({ ticket, id: ids[index] ?? '', key: ticket.externalId ?? String(index) }))
    .filter((entry) => insertedIds.has(entry.id));
  await insertMessages(
    transaction,
    insertedTickets.flatMap((entry) =>
      entry.ticket.messages.map((message) => ({ ticketId: entry.id, message })),
    ),
  );
  await appendChanges(
    transaction,
    insertedTickets.map((entry) => ({ type: 'ticket.created' as const, ticketId: entry.id, agentId: null })),
  );
  return new Set(insertedTickets.map((entry) => entry.key));
}

/** Creates the customers of `tickets` that are new and resolves with every one's id by e-mail key. */
async function upsertCustomers(
  transaction: SqlExecutor,
  tickets: readonly BulkTicket[],
): Promise<Map<string, string>> {
  const byKey = new Map<string, BulkTicket['requester']>();
  for (const ticket of tickets) {
    byKey.set(emailKey(ticket.requester.email), ticket.requester);
  }
  const keys = [...byKey.keys()];
  const requesters = [...byKey.values()];
  // "do update" (a no-op) rather than "do nothing" so existing customers are returned too.
  const rows = await transaction.query<{ id: string; email_key: string }>(
    `insert into customers (email, email_key, name, locale)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[])
     on conflict (email_key) do update set name = coalesce(customers.name, excluded.name)
     returning id, email_key`,
    [
      requesters.map((requester) => requester.email),
      keys,
      requesters.map((requester) => requester.name),
      requesters.map((requester) => requester.locale),
    ],
  );
  return new Map(rows.map((row) => [row.email_key, row.id]));
}

async function insertMessages(
  transaction: SqlExecutor,
  messages: readonly { ticketId: string; message: BulkMessage }[],
): Promise<void> {
  if (messages.length === 0) {
    return;
  }
  await transaction.query(
    `insert into messages (id, ticket_id, kind, author_agent_id, author_name, body, created_at, checklist_provided)
     select coalesce(id, gen_random_uuid()), ticket_id, kind, author_agent_id, author_name, body,
       created_at::timestamptz, checklist_provided::jsonb
     from unnest($8::uuid[], $1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[])
       as row(id, ticket_id, kind, author_agent_id, author_name, body, created_at, checklist_provided)`,
    [
      messages.map((entry) => entry.ticketId),
      messages.map((entry) => entry.message.kind),
      messages.map((entry) => entry.message.authorAgentId),
      messages.map((entry) => entry.message.authorName),
      messages.map((entry) => entry.message.body),
      messages.map((entry) => entry.message.createdAt),
      messages.map((entry) =>
        entry.message.checklistProvided ? JSON.stringify(entry.message.checklistProvided) : null,
      ),
      messages.map((entry) => entry.message.id ?? null),
    ],
  );
}
