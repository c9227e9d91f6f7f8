import type { TicketPriority, TicketStatus } from '../../shared/domain/vocabulary';
import type { HelpArticle, HelpTicket } from '../../shared/incidents/incident-schemas';
import { slaTargetsFor, type SlaPolicy } from '../../shared/sla/policy';
import { hashToken } from '../storage/credentials';
import { addBusinessMs } from '../../shared/sla/business-calendar';
import { noTeamCalendars, type TeamCalendars } from '../storage/team-calendars';
import type { SqlExecutor } from '../storage/database';
import { isoTime, type TimestampValue } from '../storage/rows';
import { isUuid, queryJsonRows } from '../storage/sql-helpers';

/** Reads of the customer help center: a ticket found by its access token, its files, public articles. */

/** The ticket whose access token is `token`, or null. The token's hash is looked up (migration 0035 index). */
export async function ticketIdForAccessToken(executor: SqlExecutor, token: string): Promise<string | null> {
  if (token === '' || token.length > 512) {
    return null;
  }
  const rows = await executor.query<{ id: string }>(
    'select id from tickets where customer_token_hash = $1 limit 1',
    [hashToken(token)],
  );
  return rows[0]?.id ?? null;
}

/** The files of ticket `ticketId` its customer may see (theirs, and agents' on public replies). */
export async function customerAttachments(
  executor: SqlExecutor,
  ticketId: string,
): Promise<HelpTicket['attachments']> {
  return queryJsonRows<HelpTicket['attachments'][number]>(
    executor,
    `select json_build_object('id', a.id, 'message_id', a.message_id, 'name', a.name, 'type', a.type,
       'size', a.size) as json_row
     from attachments a left join messages m on m.id = a.message_id
     where a.ticket_id = $1 and (a.message_id is null or m.kind in ('customer', 'reply'))
     order by a.ordinal`,
    [ticketId],
  );
}

/** One customer-visible attachment of ticket `ticketId`, with its bytes, or null. */
export async function customerAttachment(
  executor: SqlExecutor,
  ticketId: string,
  attachmentId: string,
): Promise<{ name: string; type: string; data: Uint8Array } | null> {
  if (!isUuid(attachmentId)) {
    return null;
  }
  const rows = await executor.query<{ name: string; type: string; data: Uint8Array }>(
    `select a.name, a.type, a.data from attachments a left join messages m on m.id = a.message_id
     where a.id = $1 and a.ticket_id = $2 and (a.message_id is null or m.kind in ('customer', 'reply'))`,
    [attachmentId, ticketId],
  );
  return rows[0] ?? null;
}

interface AnswerClockRow {
  status: TicketStatus;
  priority: TicketPriority;
  category: string | null;
  created_at: TimestampValue;
  first_response_at: TimestampValue | null;
  last_customer_at: TimestampValue | null;
}

/**
 * When the customer may expect an answer, under the team's first-response target for the ticket's category
 * and priority (24 hours by default): from the ticket's creation until the first reply, then from their
 * latest message while the ball is with the agents. Null when the ticket awaits the customer, or is on hold
 * (waiting on a third party), solved or closed.
 */
export async function expectedAnswerBy(
  executor: SqlExecutor,
  ticketId: string,
  policy: SlaPolicy,
  calendars: TeamCalendars = noTeamCalendars,
): Promise<string | null> {
  const rows = await executor.query<AnswerClockRow & { routing_team_id: string | null }>(
    `select t.status, t.priority, t.category, t.created_at, t.first_response_at, t.routing_team_id::text,
       (select max(m.created_at) from messages m where m.ticket_id = t.id and m.kind = 'customer')
         as last_customer_at
     from tickets t where t.id = $1`,
    [ticketId],
  );
  const row = rows[0];
  if (row === undefined || !['new', 'open'].includes(row.status)) {
    return null;
  }
  const minutes = slaTargetsFor(policy, row.category, row.priority).firstResponseMinutes;
  const from =
    row.first_response_at === null || row.last_customer_at === null ? row.created_at : row.last_customer_at;
  // In the team's business time when it has a calendar (a Friday-evening question is answered on Monday).
  const calendar = calendars.calendarFor(row.routing_team_id, row.category);
  const fromMs = Date.parse(isoTime(from));
  const dueMs =
    calendar === null ? fromMs + minutes * 60_000 : addBusinessMs(calendar, fromMs, minutes * 60_000);
  return new Date(dueMs).toISOString();
}

interface ArticleJson {
  id: string;
  categories: string[];
  variants: { language: string; title: string; body: string }[];
  updated_at: TimestampValue;
}

/**
 * Removes an agent macro's placeholders (`{{customer.name}}`, `{{prompt.tx_hash}}`) from public text,
 * with the space or comma they leave behind ("Hello {{customer.name}}," → "Hello,").
 */
export function withoutPlaceholders(text: string): string {
  return text
    .replace(/[ \t]*\{\{[^{}]{1,100}\}\}/g, '')
    .replace(/[ \t]+([,.!?])/g, '$1')
    .replace(/^[ \t]*[,]\s*/gm, '');
}

/** The FAQ replies a lead marked public and did not retire, placeholders removed, by folder. */
export async function publicArticles(executor: SqlExecutor): Promise<HelpArticle[]> {
  const rows = await queryJsonRows<ArticleJson>(
    executor,
    `select json_build_object('id', id, 'categories', categories, 'variants', variants,
       'updated_at', updated_at) as json_row
     from faq_replies where is_public and not retired order by folder, created_at, id`,
  );
  return rows.map((row) => ({
    id: row.id,
    categories: row.categories,
    variants: row.variants.map((variant) => ({
      language: variant.language,
      title: withoutPlaceholders(variant.title),
      body: withoutPlaceholders(variant.body),
    })),
    updated_at: isoTime(row.updated_at),
  }));
}

/** Marks FAQ reply `id` public or not; false when there is no such reply. */
export async function setArticlePublic(
  executor: SqlExecutor,
  id: string,
  isPublic: boolean,
): Promise<boolean> {
  if (!isUuid(id)) {
    return false;
  }
  const rows = await executor.query('update faq_replies set is_public = $2 where id = $1 returning id', [
    id,
    isPublic,
  ]);
  return rows.length > 0;
}
