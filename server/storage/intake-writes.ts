import { randomUUID } from 'node:crypto';
import { emailKey } from './agent-store';
import { advisoryLocks } from './advisory-locks';
import { appendChanges } from './change-log';
import type { SqlExecutor, SqlParameter } from './database';
import type { CreatedTicket, NewAttachment, NewTicket } from './ticket-writes';
import type { ExposureNotice } from '../safety/exposure-notice';
import { descriptionParameters, insertDescriptionsSql } from '../duplicates/stored-descriptions';

/** Attachment rows per insert statement (6 parameters each), and their most bytes. */
const attachmentRowsPerStatement = 200;
const attachmentBytesPerStatement = 32 * 1024 * 1024;

/**
 * Stores intake `tickets` together: their customers (created, or refreshed by e-mail as if the tickets arrived
 * one after another), the tickets (numbered in the order given), their attachments and one `ticket.created`
 * change each, in seq order, appended under the change-log lock. Without attachments (or exposure notices:
 * `intakeNeedsTransaction`) this is one statement, atomic on its own, whatever the count: pass the database.
 * With them, pass a transaction: the tickets, then the notices and attachments, then the changes (so the
 * lock is taken last).
 * Resolves with each ticket's id, number and seq, in the order given.
 */
export async function insertTickets(
  executor: SqlExecutor,
  tickets: readonly NewTicket[],
): Promise<CreatedTicket[]> {
  if (tickets.length === 0) {
    return [];
  }
  const isTransactional = intakeNeedsTransaction(tickets);
  const ids = tickets.map((ticket) => ticket.id ?? randomUUID());
  const customers = customersOf(tickets);
  const column = <T>(pick: (ticket: NewTicket) => T): T[] => tickets.map(pick);
  // A ticket written alone (every long text is: group-commit.ts) passes its body as a plain text parameter.
  // Inside a text[] literal a 1 MB body was escaped character by character, measured again as a rope, and
  // parsed back by array_in: twice the time of the plain parameter, all of it on the service's thread with
  // PGlite, where every other request waited for it.
  const soleBody = tickets.length === 1 ? (tickets[0]?.body ?? '') : null;
  const parameters: SqlParameter[] = [
    customers.map((customer) => customer.email),
    customers.map((customer) => customer.key),
    customers.map((customer) => customer.name),
    customers.map((customer) => customer.locale),
    ids,
    column((ticket) => emailKey(ticket.requester.email)),
    column((ticket) => ticket.requester.email),
    column((ticket) => ticket.requester.name),
    column((ticket) => ticket.requester.locale),
    column((ticket) => ticket.subject),
    column((ticket) => (soleBody === null ? ticket.body : null)),
    column((ticket) => ticket.categoryKey),
    column((ticket) => ticket.requestedCategory),
    column((ticket) => ticket.language),
    column((ticket) => ticket.source),
    column((ticket) => ticket.occurredAt),
    column((ticket) => ticket.device),
    column((ticket) => JSON.stringify(ticket.checklist)),
    column((ticket) => ticket.accessTokenHash ?? null),
    column((ticket) => (ticket.suggestedCategory ? JSON.stringify(ticket.suggestedCategory) : null)),
    column((ticket) => ticket.possiblyMisfiled ?? false),
    column((ticket) => JSON.stringify(ticket.possibleDuplicates ?? [])),
    column((ticket) => JSON.stringify(ticket.related ?? [])),
    column((ticket) => JSON.stringify(ticket.redactions ?? [])),
  ];
  // Routing's columns (migration 0011) only when routing decided something, so the statement stays the same
  // for writers without routing.
  const isRouted = tickets.some((ticket) => ticket.routing);
  const routed = {
    columns: isRouted ? ', priority, assignee_id, routing_team_id' : '',
    values: isRouted ? ', given.priority, given.assignee_id, given.routing_team_id' : '',
    arrays: isRouted ? ', $25::text[], $26::uuid[], $27::uuid[]' : '',
    names: isRouted ? ', priority, assignee_id, routing_team_id' : '',
  };
  if (isRouted) {
    parameters.push(
      column((ticket) => ticket.routing?.priority ?? 'normal'),
      column((ticket) => ticket.routing?.assigneeId ?? null),
      column((ticket) => ticket.routing?.teamId ?? null),
    );
  }
  // Verified requesters' columns (migration 0018) only when one is, likewise.
  const isVerified = tickets.some((ticket) => ticket.verifiedAccountId);
  const verified = { columns: '', values: '', arrays: '', names: '' };
  if (isVerified) {
    parameters.push(column((ticket) => ticket.verifiedAccountId ?? null));
    const index = parameters.length;
    Object.assign(verified, {
      columns: ', requester_verified, requester_account_id',
      values: ', given.requester_account_id is not null, given.requester_account_id',
      arrays: `, $${index}::text[]`,
      names: ', requester_account_id',
    });
  }
  parameters.push(soleBody);
  const soleBodyIndex = parameters.length;
  // The duplicate index's description of each ticket (migration 0052) is stored by the same statement, so a
  // ticket is never stored without it and a node that dies after the commit loses nothing.
  const described = tickets.flatMap((ticket, index) =>
    ticket.duplicateDescription ? [{ ticketId: ids[index] ?? '', stored: ticket.duplicateDescription }] : [],
  );
  let descriptions = '';
  if (described.length > 0) {
    const first = parameters.length + 1;
    parameters.push(...descriptionParameters(described));
    descriptions = `, description as (${insertDescriptionsSql(first, 'ticket')})`;
  }
  // Without attachments the statement also takes the change-log lock and appends the changes (see
  // appendChanges). The lock CTE is volatile, so it is never inlined, and the sort by number consumes the
  // whole join (lock included) before the first change row takes its seq.
  let finish = ' select ticket.id, ticket.number, null as seq from ticket';
  if (!isTransactional) {
    parameters.push(advisoryLocks.changeLog);
    finish = `, change_lock as (select pg_advisory_xact_lock($${parameters.length}) as locked),
     change as (
       insert into changes (type, ticket_id)
       select 'ticket.created', ticket.id from ticket, change_lock order by ticket.number
       returning seq, ticket_id
     )
     select ticket.id, ticket.number, change.seq from ticket join change on change.ticket_id = ticket.id`;
  }
  const rows = await executor.query<{ id: string; number: number | string; seq: number | string | null }>(
    `with customer as (
       insert into customers (email, email_key, name, locale)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[])
       on conflict (email_key) do update set
         name = coalesce(excluded.name, customers.name),
         locale = coalesce(excluded.locale, customers.locale),
         updated_at = now()
       returning id, email_key
     ),
     ticket as (
       insert into tickets (id, customer_id, requester_email, requester_name, requester_locale, subject, body,
         category, requested_category, language, source, occurred_at, device, checklist, customer_token_hash,
         suggested_category, possibly_misfiled, possible_duplicates, related, redactions${routed.columns}${verified.columns})
       select given.id, customer.id, given.requester_email, given.requester_name, given.requester_locale,
         given.subject, coalesce(given.body, $${soleBodyIndex}::text), categories.key, given.requested_category, given.language, given.source,
         given.occurred_at::timestamptz, given.device, given.checklist::jsonb, given.customer_token_hash,
         given.suggested_category::jsonb, given.possibly_misfiled, given.possible_duplicates::jsonb,
         given.related::jsonb, given.redactions::jsonb${routed.values}${verified.values}
       from unnest($5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
         $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[],
         $20::text[], $21::boolean[], $22::text[], $23::text[], $24::text[]${routed.arrays}${verified.arrays})
         with ordinality
         as given(id, email_key, requester_email, requester_name, requester_locale, subject, body, category,
           requested_category, language, source, occurred_at, device, checklist, customer_token_hash,
           suggested_category, possibly_misfiled, possible_duplicates, related, redactions${routed.names}${verified.names}, position)
       join customer on customer.email_key = given.email_key
       left join categories on categories.key = given.category
       order by given.position
       returning id, number
     )${descriptions}${finish}`,
    parameters,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  let seqs: readonly number[] = [];
  if (isTransactional) {
    await insertExposureNotices(
      executor,
      tickets.flatMap((ticket, index) =>
        ticket.exposureNotice ? [{ ticketId: ids[index] ?? '', notice: ticket.exposureNotice }] : [],
      ),
    );
    await insertAttachments(
      executor,
      tickets.flatMap((ticket, index) =>
        ticket.attachments.map((attachment) => ({ ticketId: ids[index] ?? '', messageId: null, attachment })),
      ),
    );
    seqs = await appendChanges(
      executor,
      ids.map((id) => ({ type: 'ticket.created' as const, ticketId: id, agentId: null })),
    );
  }
  return ids.map((id, index) => {
    const row = byId.get(id);
    const seq = isTransactional ? seqs[index] : row?.seq;
    if (row === undefined || seq === undefined || seq === null) {
      throw new Error('storing intake tickets returned fewer rows than tickets');
    }
    return { id, number: Number(row.number), seq: Number(seq) };
  });
}

/**
 * True when storing `tickets` takes more than the one intake statement, so a transaction: some carry
 * attachments, or the automatic notice of a masked seed phrase or private key (server/safety).
 */
export function intakeNeedsTransaction(tickets: readonly NewTicket[]): boolean {
  return tickets.some((ticket) => ticket.attachments.length > 0 || Boolean(ticket.exposureNotice));
}

/**
 * Posts each ticket's automatic exposure notice (server/safety/exposure-notice.ts) as a public reply signed
 * by the service (no agent), counted in the ticket's messages. It sets no first response: no agent answered.
 */
export async function insertExposureNotices(
  transaction: SqlExecutor,
  notices: readonly { ticketId: string; notice: ExposureNotice }[],
): Promise<void> {
  if (notices.length === 0) {
    return;
  }
  const ticketIds = notices.map((entry) => entry.ticketId);
  await transaction.query(
    `insert into messages (ticket_id, kind, author_agent_id, author_name, body)
     select ticket_id, 'reply', null, author_name, body
     from unnest($1::uuid[], $2::text[], $3::text[]) as given(ticket_id, author_name, body)`,
    [ticketIds, notices.map((entry) => entry.notice.authorName), notices.map((entry) => entry.notice.body)],
  );
  await transaction.query(
    `update tickets set message_count = message_count + counted.count
     from (select id, count(*)::int as count from unnest($1::uuid[]) as id group by id) counted
     where tickets.id = counted.id`,
    [ticketIds],
  );
}

/**
 * The customers of `tickets`, one per e-mail key, in key order (so concurrent writers lock rows in the same
 * order). Several tickets of one customer merge as successive intakes would: the first e-mail spelling
 * creates the customer, the last name and locale given win. (One statement cannot upsert a row twice.)
 */
function customersOf(
  tickets: readonly NewTicket[],
): { key: string; email: string; name: string | null; locale: string | null }[] {
  const byKey = new Map<string, { key: string; email: string; name: string | null; locale: string | null }>();
  for (const { requester } of tickets) {
    const key = emailKey(requester.email);
    const earlier = byKey.get(key);
    byKey.set(key, {
      key,
      email: earlier?.email ?? requester.email,
      name: requester.name ?? earlier?.name ?? null,
      locale: requester.locale ?? earlier?.locale ?? null,
    });
  }
  return [...byKey.values()].sort((left, right) =>
    left.key < right.key ? -1 : left.key > right.key ? 1 : 0,
  );
}

/**
 * Inserts attachments in multi-row statements, bounded in rows and bytes; `messageId` links one to the
 * message it came with (null: the opening request).
 */
export async function insertAttachments(
  transaction: SqlExecutor,
  attachments: readonly { ticketId: string; messageId: string | null; attachment: NewAttachment }[],
): Promise<void> {
  let start = 0;
  while (start < attachments.length) {
    let end = start;
    let bytes = 0;
    while (
      end < attachments.length &&
      end - start < attachmentRowsPerStatement &&
      (end === start ||
        bytes + (attachments[end]?.attachment.data.byteLength ?? 0) <= attachmentBytesPerStatement)
    ) {
      bytes += attachments[end]?.attachment.data.byteLength ?? 0;
      end += 1;
    }
    const parameters: SqlParameter[] = [];
    const values = attachments.slice(start, end).map(({ ticketId, messageId, attachment }) => {
      const base = parameters.length;
      parameters.push(
        ticketId,
        messageId,
        attachment.name,
        attachment.type,
        attachment.data.byteLength,
        attachment.data,
      );
      return `($${base + 1}::uuid, $${base + 2}::uuid, $${base + 3}, $${base + 4}, $${base + 5}::integer, $${base + 6}::bytea)`;
    });
    await transaction.query(
      `insert into attachments (ticket_id, message_id, name, type, size, data) values ${values.join(', ')}`,
      parameters,
    );
    start = end;
  }
}
