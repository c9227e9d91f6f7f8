import type { TicketDetail, TicketList } from '../../shared/domain/schemas';
import type { TicketStatus } from '../../shared/domain/vocabulary';
import type { SqlExecutor } from './database';
import {
  attachmentSummaryFromRow,
  messageFromRow,
  ticketFromRow,
  type AttachmentSummaryRow,
  type MessageRow,
  type SlaReadContext,
  type TicketRow,
} from './rows';
import { ParameterList, isUuid, queryJsonRows } from './sql-helpers';
import { scopeCondition, type TicketScope } from './ticket-scope';

/** Which tickets `listTickets` returns. Every field narrows the list; absent fields do not. */
export interface TicketFilter {
  status?: TicketStatus;
  /** A category key, or `none` for tickets without a category. */
  category?: string;
  /** An agent id, or null for unassigned tickets. */
  assigneeId?: string | null;
  /** A customer id: that customer's tickets only. */
  customerId?: string;
  /** These tickets only (ids, lower case). */
  ids?: readonly string[];
  /** Case-insensitive text searched in the subject, body and requester's e-mail and name. */
  text?: string;
  limit: number;
  /** The `next_cursor` of the previous page. */
  cursor?: string;
  /** An agent's team scope: only the tickets it keeps (server/access/team-scope.ts). */
  scope?: TicketScope;
}

/** Thrown for a cursor this service did not make. */
export class InvalidCursorError extends Error {
  constructor() {
    super('the cursor is not one this service returned');
    this.name = 'InvalidCursorError';
  }
}

/** The opaque cursor of the page that follows the ticket numbered `number` (lists are newest first). */
export function encodeCursor(number: number): string {
  return Buffer.from(`n:${number}`, 'utf8').toString('base64url');
}

/** The ticket number a cursor points after; throws `InvalidCursorError` for anything else. */
export function decodeCursor(cursor: string): number {
  const match = /^n:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) {
    throw new InvalidCursorError();
  }
  return Number(match[1]);
}

/**
 * One page of tickets, newest (highest number) first, with the total matching the filter; with `sla`, each
 * ticket carries its SLA clocks.
 */
export async function listTickets(
  executor: SqlExecutor,
  filter: TicketFilter,
  sla?: SlaReadContext,
): Promise<TicketList> {
  const parameters = new ParameterList();
  const conditions: string[] = [];
  if (filter.status !== undefined) {
    conditions.push(`status = ${parameters.add(filter.status)}`);
  }
  if (filter.category === 'none') {
    conditions.push('category is null');
  } else if (filter.category !== undefined) {
    conditions.push(`category = ${parameters.add(filter.category)}`);
  }
  if (filter.assigneeId === null) {
    conditions.push('assignee_id is null');
  } else if (filter.assigneeId !== undefined) {
    conditions.push(`assignee_id = ${parameters.add(filter.assigneeId)}::uuid`);
  }
  if (filter.customerId !== undefined) {
    conditions.push(`customer_id = ${parameters.add(filter.customerId)}::uuid`);
  }
  if (filter.ids !== undefined) {
    conditions.push(`id = any(${parameters.add(filter.ids)}::uuid[])`);
  }
  if (filter.scope !== undefined) {
    conditions.push(scopeCondition(filter.scope, (value) => parameters.add(value)));
  }
  if (filter.text !== undefined && filter.text !== '') {
    const text = parameters.add(filter.text);
    conditions.push(
      `(strpos(lower(subject), lower(${text})) > 0 or strpos(lower(body), lower(${text})) > 0
        or strpos(lower(requester_email), lower(${text})) > 0
        or strpos(lower(coalesce(requester_name, '')), lower(${text})) > 0)`,
    );
  }
  const where = conditions.length > 0 ? `where ${conditions.join(' and ')}` : '';
  const totalRows = await executor.query<{ total: number | string }>(
    `select count(*) as total from tickets ${where}`,
    parameters.values,
  );
  const pageConditions = [...conditions];
  if (filter.cursor !== undefined) {
    pageConditions.push(`number < ${parameters.add(decodeCursor(filter.cursor))}`);
  }
  const pageWhere = pageConditions.length > 0 ? `where ${pageConditions.join(' and ')}` : '';
  const rows = await queryJsonRows<TicketRow>(
    executor,
    `select to_jsonb(tickets) as json_row from tickets ${pageWhere}
     order by number desc limit ${parameters.add(filter.limit + 1)}`,
    parameters.values,
  );
  const page = rows.slice(0, filter.limit).map((row) => ticketFromRow(row, sla));
  const last = page.at(-1);
  return {
    tickets: page,
    total: Number(totalRows[0]?.total ?? 0),
    next_cursor: rows.length > filter.limit && last !== undefined ? encodeCursor(last.number) : null,
  };
}

/**
 * A ticket with its thread (oldest first) and attachment summaries, found by id or by number;
 * null when there is none. With `sla`, the ticket carries its SLA clocks.
 */
export async function getTicketDetail(
  executor: SqlExecutor,
  idOrNumber: string,
  sla?: SlaReadContext,
): Promise<TicketDetail | null> {
  let rows: TicketRow[];
  if (isUuid(idOrNumber)) {
    rows = await queryJsonRows<TicketRow>(
      executor,
      'select to_jsonb(tickets) as json_row from tickets where id = $1',
      [idOrNumber],
    );
  } else if (/^\d{1,15}$/.test(idOrNumber)) {
    rows = await queryJsonRows<TicketRow>(
      executor,
      'select to_jsonb(tickets) as json_row from tickets where number = $1',
      [Number(idOrNumber)],
    );
  } else {
    return null;
  }
  const row = rows[0];
  if (row === undefined) {
    return null;
  }
  const messages = await queryJsonRows<MessageRow>(
    executor,
    'select to_jsonb(messages) as json_row from messages where ticket_id = $1 order by created_at, ordinal',
    [row.id],
  );
  const attachments = await queryJsonRows<AttachmentSummaryRow>(
    executor,
    `select json_build_object('id', id, 'name', name, 'type', type, 'size', size, 'message_id', message_id) as json_row
     from attachments where ticket_id = $1 order by ordinal`,
    [row.id],
  );
  return {
    ...ticketFromRow(row, sla),
    messages: messages.map(messageFromRow),
    attachments: attachments.map(attachmentSummaryFromRow),
  };
}

/** An attachment with its bytes. */
export interface StoredAttachment {
  id: string;
  ticketId: string;
  name: string;
  type: string;
  data: Uint8Array;
}

/** The attachment with this id, or null. */
export async function getAttachment(executor: SqlExecutor, id: string): Promise<StoredAttachment | null> {
  if (!isUuid(id)) {
    return null;
  }
  const rows = await executor.query<{
    data: Uint8Array;
    about: { ticket_id: string; name: string; type: string };
  }>(
    `select data, json_build_object('ticket_id', ticket_id, 'name', name, 'type', type) as about
     from attachments where id = $1`,
    [id],
  );
  const row = rows[0];
  return row
    ? { id, ticketId: row.about.ticket_id, name: row.about.name, type: row.about.type, data: row.data }
    : null;
}

/** How many tickets the service holds. */
export async function countTickets(executor: SqlExecutor): Promise<number> {
  const rows = await executor.query<{ total: number | string }>('select count(*) as total from tickets');
  return Number(rows[0]?.total ?? 0);
}
