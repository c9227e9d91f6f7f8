import type { Agent, AttachmentSummary, Change, Message, Ticket } from '../../shared/domain/schemas';
import {
  withRequiredItems,
  type Checklist,
  type ChecklistKey,
  type RequiredItemRules,
} from '../../shared/checklist/items';
import { computeSla } from '../../shared/sla/clock';
import type { TeamCalendars } from './team-calendars';
import type { SlaPolicy } from '../../shared/sla/policy';
import {
  channelOfSource,
  type AgentRole,
  type ChangeType,
  type MessageKind,
  type TicketPriority,
  type TicketSource,
  type TicketStatus,
} from '../../shared/domain/vocabulary';

/**
 * Rows as the database returns them, and their conversion to the wire shapes of shared/domain/schemas.ts.
 * Engines differ in small ways (PostgreSQL returns bigint as a string, PGlite as a number), so every
 * conversion goes through these helpers.
 */

/** A timestamp column: a Date from both engines, a string if a query casts it. */
export type TimestampValue = Date | string;

/** The columns of `tickets` the wire shape needs (reads select the whole row as JSON). */
export interface TicketRow {
  id: string;
  number: number | string;
  subject: string;
  body: string;
  status: TicketStatus;
  priority: TicketPriority;
  category: string | null;
  requester_email: string;
  requester_name: string | null;
  requester_locale: string | null;
  /** Migration 0018; absent before it. */
  requester_verified?: boolean;
  requester_account_id?: string | null;
  customer_id: string;
  assignee_id: string | null;
  language: string | null;
  tags: string[];
  source: TicketSource;
  occurred_at: TimestampValue | null;
  device: string | null;
  suggested_category: { category: string; confidence: number } | null;
  /** Set at intake when the customer's category disagreed with a confident suggestion (migration 0006). */
  possibly_misfiled?: boolean;
  possible_duplicates: { id: string; score: number }[];
  related: { id: string; score: number }[];
  checklist: Checklist;
  redactions: { kind: string; message_id?: string | null }[];
  message_count: number;
  created_at: TimestampValue;
  updated_at: TimestampValue;
  first_response_at: TimestampValue | null;
  solved_at: TimestampValue | null;
  version: number;
  /** Milliseconds of finished SLA pauses (migration 0002). */
  sla_paused_ms: number | string;
  /** Start of the current SLA pause, or null (migration 0002). */
  sla_paused_since: TimestampValue | null;
  /** Finished SLA pauses as [start, end] in epoch milliseconds, as far as recorded (migration 0046). */
  sla_paused_spans?: [number, number][] | null;
  /** The team intake routed the ticket to (migration 0011). */
  routing_team_id?: string | null;
  /** The ticket this one is merged into (migration 0009). */
  merged_into_ticket_id?: string | null;
}

/** What a read needs to compute the SLA clocks of the tickets it returns: the policy and the time. */
export interface SlaReadContext {
  policy: SlaPolicy;
  /** The service's clock, in milliseconds since the epoch. */
  now: number;
  /** The teams' business calendars (migration 0046); without them every clock counts 24x7. */
  calendars?: TeamCalendars;
  /**
   * The team's current checklist rules: with them, every ticket read gets its checklist's `required` flags
   * from the rules of its category (so a lead's edit applies to every ticket at once); without, as stored.
   */
  checklistRules?: RequiredItemRules;
}

/** A row of `messages`. */
export interface MessageRow {
  id: string;
  ticket_id: string;
  kind: MessageKind;
  author_agent_id: string | null;
  author_name: string | null;
  body: string;
  created_at: TimestampValue;
  /** For a customer message: the checklist keys it provided (migration 0003); null otherwise. */
  checklist_provided?: ChecklistKey[] | null;
  /** The ticket it was written on, when a merge brought it here (migration 0009). */
  merged_from_ticket_id?: string | null;
}

/** A row of `attachments` without its data. */
export interface AttachmentSummaryRow {
  id: string;
  name: string;
  type: string;
  size: number;
  message_id: string | null;
}

/** A row of `changes`. */
export interface ChangeRow {
  seq: number | string;
  type: ChangeType;
  ticket_id: string | null;
  at: TimestampValue;
}

/** A row of `agents` without its secrets. */
export interface AgentRow {
  id: string;
  email: string;
  name: string;
  role: AgentRole;
}

/** ISO 8601 UTC text of a timestamp column. */
export function isoTime(value: TimestampValue): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** ISO text of a nullable timestamp column. */
export function isoTimeOrNull(value: TimestampValue | null): string | null {
  return value === null ? null : isoTime(value);
}

/**
 * The start of a row's current SLA pause. Rows written in a pausing status by the bulk paths (import, demo)
 * carry no pause start; for those the pause began, at best knowledge, when the ticket was solved or last
 * changed (the same rule migration 0002 applied to existing rows).
 */
export function effectivePausedSince(
  row: Pick<TicketRow, 'sla_paused_since' | 'status' | 'solved_at' | 'updated_at'>,
): string | null {
  if (row.sla_paused_since !== null && row.sla_paused_since !== undefined) {
    return isoTime(row.sla_paused_since);
  }
  if (row.status === 'awaiting_customer' || row.status === 'solved' || row.status === 'closed') {
    return isoTime(row.solved_at ?? row.updated_at);
  }
  return null;
}

/** The wire shape of a ticket; with `sla`, its SLA clocks at `sla.now` too. */
export function ticketFromRow(row: TicketRow, sla?: SlaReadContext): Ticket {
  const ticket: Ticket = {
    id: row.id,
    number: Number(row.number),
    subject: row.subject,
    body: row.body,
    status: row.status,
    priority: row.priority,
    category: row.category,
    requester: {
      email: row.requester_email,
      name: row.requester_name,
      locale: row.requester_locale,
      verified: row.requester_verified ?? false,
      account_id: row.requester_account_id ?? null,
    },
    customer_id: row.customer_id,
    assignee_id: row.assignee_id,
    language: row.language,
    tags: row.tags,
    source: row.source,
    channel: channelOfSource(row.source),
    occurred_at: isoTimeOrNull(row.occurred_at),
    device: row.device,
    suggested_category: row.suggested_category,
    // Cleared once the ticket is filed where the suggestion pointed (an agent followed it).
    possibly_misfiled: row.possibly_misfiled === true && row.suggested_category?.category !== row.category,
    possible_duplicates: row.possible_duplicates,
    related: row.related,
    checklist:
      sla?.checklistRules === undefined
        ? row.checklist
        : withRequiredItems(row.checklist, sla.checklistRules, row.category),
    redactions: row.redactions,
    message_count: Number(row.message_count),
    created_at: isoTime(row.created_at),
    updated_at: isoTime(row.updated_at),
    first_response_at: isoTimeOrNull(row.first_response_at),
    solved_at: isoTimeOrNull(row.solved_at),
    version: Number(row.version),
    ...(row.merged_into_ticket_id ? { merged_into_ticket_id: row.merged_into_ticket_id } : {}),
  };
  if (sla !== undefined) {
    ticket.sla = computeSla({
      policy: sla.policy,
      now: sla.now,
      calendar: sla.calendars?.calendarFor(row.routing_team_id, row.category) ?? null,
      ticket: {
        ...ticket,
        paused_ms: Number(row.sla_paused_ms ?? 0),
        paused_since: effectivePausedSince(row),
        paused_spans: (row.sla_paused_spans ?? []).map(([start, end]) => ({
          start: Number(start),
          end: Number(end),
        })),
      },
    });
  }
  return ticket;
}

/** The wire shape of a message. */
export function messageFromRow(row: MessageRow): Message {
  return {
    id: row.id,
    ticket_id: row.ticket_id,
    kind: row.kind,
    author_agent_id: row.author_agent_id,
    author_name: row.author_name,
    body: row.body,
    created_at: isoTime(row.created_at),
    ...(row.kind === 'customer' && Array.isArray(row.checklist_provided)
      ? { checklist_provided: row.checklist_provided }
      : {}),
    ...(row.merged_from_ticket_id ? { merged_from_ticket_id: row.merged_from_ticket_id } : {}),
  };
}

/** The wire shape of an attachment's summary. */
export function attachmentSummaryFromRow(row: AttachmentSummaryRow): AttachmentSummary {
  return { id: row.id, name: row.name, type: row.type, size: Number(row.size), message_id: row.message_id };
}

/** The wire shape of a change. */
export function changeFromRow(row: ChangeRow): Change {
  return { seq: Number(row.seq), type: row.type, ticket_id: row.ticket_id, at: isoTime(row.at) };
}

/** The wire shape of an agent. */
export function agentFromRow(row: AgentRow): Agent {
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}
