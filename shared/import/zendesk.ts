import { limits } from '../domain/schemas';
import type { TicketPriority, TicketStatus } from '../domain/vocabulary';
import { conversionFailure, validateImportRecord, type Conversion } from './records';

/**
 * Zendesk's incremental ticket export as import records. A page is `{"tickets": [...], "next_page",
 * "end_of_stream"}`, optionally with side-loads: `users` (requester e-mail and name), `comments` (by
 * `ticket_id`) or `ticket_events` whose `child_events` hold the comments; a ticket may also carry its own
 * `comments` array. Choices (docs/import.md):
 * - the first comment is the ticket's description (our `body`); later public comments become messages,
 *   from the customer when the author is the requester, otherwise from an agent;
 * - private comments (`public: false`) are left out: the import shape has no internal notes, and sending
 *   them as agent replies would show agents' notes as if the customer had been told;
 * - `external_id` is `zendesk-<id>`, so re-running an export (or an overlapping page) skips what is there.
 */

/** Options of the conversion. */
export interface ZendeskOptions {
  /** Id of the custom field holding the category. */
  categoryFieldId?: number | string;
  /** Tags starting with this prefix name the category (the rest of the tag), e.g. `category_`. */
  categoryTagPrefix?: string;
}

/** A user as the `users` side-load lists it. */
export interface ZendeskUser {
  id: number | string;
  name?: string | null;
  email?: string | null;
  locale?: string | null;
}

interface ZendeskComment {
  author_id?: number | string | null;
  body?: string | null;
  plain_body?: string | null;
  public?: boolean | null;
  created_at?: string | null;
}

const statusMap: Record<string, TicketStatus> = {
  new: 'new',
  open: 'open',
  pending: 'awaiting_customer',
  hold: 'on_hold',
  solved: 'solved',
  closed: 'closed',
};

const priorities: readonly TicketPriority[] = ['low', 'normal', 'high', 'urgent'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** An id as Zendesk writes it (a number, sometimes a string), as text; null for anything else. */
function idText(value: unknown): string | null {
  return typeof value === 'number' || typeof value === 'string' ? String(value) : null;
}

/** What a Zendesk page carries besides tickets, gathered so tickets can find their requester and comments. */
export class ZendeskContext {
  private readonly users = new Map<string, ZendeskUser>();
  private readonly comments = new Map<string, ZendeskComment[]>();

  /** Takes the side-loads of one page (users, comments, ticket_events). */
  addSideLoads(page: Record<string, unknown>): void {
    for (const user of Array.isArray(page.users) ? page.users : []) {
      if (isObject(user) && (typeof user.id === 'number' || typeof user.id === 'string')) {
        this.users.set(String(user.id), user as unknown as ZendeskUser);
      }
    }
    for (const comment of Array.isArray(page.comments) ? page.comments : []) {
      const ticketId = isObject(comment) ? idText(comment.ticket_id) : null;
      if (ticketId !== null) {
        this.addComment(ticketId, comment as ZendeskComment);
      }
    }
    for (const event of Array.isArray(page.ticket_events) ? page.ticket_events : []) {
      const ticketId = isObject(event) ? idText(event.ticket_id) : null;
      if (ticketId === null || !isObject(event) || !Array.isArray(event.child_events)) {
        continue;
      }
      for (const child of event.child_events) {
        if (isObject(child) && child.event_type === 'Comment') {
          this.addComment(ticketId, {
            ...(child as ZendeskComment),
            created_at: text(child.created_at) ?? text(event.created_at) ?? null,
          });
        }
      }
    }
  }

  /** The import record of one ticket object. */
  convert(ticket: unknown, options: ZendeskOptions = {}): Conversion {
    if (!isObject(ticket) || (typeof ticket.id !== 'number' && typeof ticket.id !== 'string')) {
      return conversionFailure('not a Zendesk ticket (an object with an "id")');
    }
    const id = String(ticket.id);
    const statusText = typeof ticket.status === 'string' ? ticket.status.toLowerCase() : 'new';
    if (statusText === 'deleted') {
      return conversionFailure(`ticket ${id} was deleted in Zendesk: not imported`);
    }
    const status = statusMap[statusText];
    if (status === undefined) {
      return conversionFailure(`status: "${statusText}" is not a Zendesk status`);
    }
    const requesterId = idText(ticket.requester_id);
    const user = requesterId === null ? undefined : this.users.get(requesterId);
    const via = isObject(ticket.via) ? ticket.via : {};
    const from = isObject(via.source) && isObject(via.source.from) ? via.source.from : {};
    // Without a users side-load the e-mail channel still names the sender; otherwise a stable stand-in
    // address (the .invalid domain never delivers) keeps the requester's tickets together.
    const email =
      text(user?.email) ?? text(from.address) ?? `zendesk-user-${requesterId ?? id}@zendesk.invalid`;
    const name = text(user?.name) ?? text(from.name);
    const locale = text(user?.locale);
    const comments = [
      ...(Array.isArray(ticket.comments) ? (ticket.comments as ZendeskComment[]) : []),
      ...(this.comments.get(id) ?? []),
    ]
      .filter((comment) => isObject(comment) && text(comment.plain_body ?? comment.body) !== undefined)
      .sort((left, right) => String(left.created_at ?? '').localeCompare(String(right.created_at ?? '')));
    const description = text(ticket.description) ?? text(comments[0]?.plain_body ?? comments[0]?.body);
    if (description === undefined) {
      return conversionFailure(`ticket ${id} has no description or comment to use as its body`);
    }
    const createdAt = text(ticket.created_at);
    // The first comment is the description itself: it is the body, not a message.
    const laterComments =
      comments.length > 0 &&
      (comments[0]?.plain_body ?? comments[0]?.body ?? '').trim() === description.trim()
        ? comments.slice(1)
        : comments;
    const messages = laterComments
      .filter((comment) => comment.public !== false)
      .map((comment) => ({
        author: requesterId !== null && String(comment.author_id) === requesterId ? 'customer' : 'agent',
        body: (comment.plain_body ?? comment.body ?? '').slice(0, limits.bodyLength),
        created_at: text(comment.created_at) ?? createdAt,
      }));
    const subject =
      text(ticket.subject) ?? text(ticket.raw_subject) ?? description.split('\n')[0] ?? description;
    const priority = typeof ticket.priority === 'string' ? ticket.priority.toLowerCase() : undefined;
    const category = this.category(ticket, options);
    const metrics = isObject(ticket.metric_set) ? ticket.metric_set : {};
    const solvedAt = text(metrics.solved_at);
    return validateImportRecord({
      external_id: `zendesk-${id}`,
      requester: { email, ...(name ? { name } : {}), ...(locale ? { locale } : {}) },
      subject: subject.trim().slice(0, limits.subjectLength),
      body: description.slice(0, limits.bodyLength),
      ...(category ? { category } : {}),
      status,
      ...(priority && (priorities as readonly string[]).includes(priority) ? { priority } : {}),
      created_at: createdAt,
      ...(solvedAt && (status === 'solved' || status === 'closed') ? { solved_at: solvedAt } : {}),
      ...(messages.length > 0 ? { messages } : {}),
    });
  }

  private addComment(ticketId: string, comment: ZendeskComment): void {
    const list = this.comments.get(ticketId) ?? [];
    list.push(comment);
    this.comments.set(ticketId, list);
  }

  private category(ticket: Record<string, unknown>, options: ZendeskOptions): string | undefined {
    if (options.categoryFieldId !== undefined) {
      const fields: unknown[] = [
        ...(Array.isArray(ticket.custom_fields) ? (ticket.custom_fields as unknown[]) : []),
        ...(Array.isArray(ticket.fields) ? (ticket.fields as unknown[]) : []),
      ];
      const field = fields.find(
        (entry): entry is Record<string, unknown> =>
          isObject(entry) && String(entry.id) === String(options.categoryFieldId),
      );
      const value = text(field?.value);
      if (value) {
        return value;
      }
    }
    if (options.categoryTagPrefix) {
      const prefix = options.categoryTagPrefix;
      const tag = (Array.isArray(ticket.tags) ? ticket.tags : []).find(
        (entry): entry is string =>
          typeof entry === 'string' && entry.startsWith(prefix) && entry.length > prefix.length,
      );
      return tag?.slice(prefix.length);
    }
    return undefined;
  }
}

/** The tickets of one top-level Zendesk value: a page's `tickets`, or a ticket object on its own (NDJSON). */
export function zendeskTicketsOf(value: unknown, context: ZendeskContext): unknown[] {
  if (isObject(value) && Array.isArray(value.tickets)) {
    context.addSideLoads(value);
    return value.tickets;
  }
  if (
    isObject(value) &&
    (Array.isArray(value.users) || Array.isArray(value.ticket_events) || Array.isArray(value.comments)) &&
    value.id === undefined
  ) {
    context.addSideLoads(value); // A page of side-loads only (e.g. the ticket events export).
    return [];
  }
  return [value];
}
