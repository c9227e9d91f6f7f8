import type { StoredDescription } from '../../shared/duplicates/stored-description';
import { randomUUID } from 'node:crypto';
import { checklistCorrectionsAfter } from '../../shared/checklist/corrections';
import type { Checklist, ChecklistKey } from '../../shared/checklist/items';
import {
  defaultRequiredItems,
  unanalyzedChecklist,
  withRequiredItems,
  type RequiredItemRules,
} from '../../shared/checklist/items';
import type { Agent, Message, Ticket, TicketUpdate } from '../../shared/domain/schemas';
import type { TicketPriority, TicketSource, TicketStatus } from '../../shared/domain/vocabulary';
import { slaPauseChange } from '../../shared/sla/clock';
import {
  canTransition,
  nextStatusOnAgentReply,
  nextStatusOnCustomerMessage,
} from '../../shared/tickets/status-machine';
import { appendChanges } from './change-log';
import type { SqlExecutor } from './database';
import { runIdempotent, type IdempotentWrite } from './idempotency';
import { messageFromRow, ticketFromRow, type MessageRow, type SlaReadContext, type TicketRow } from './rows';
import { ParameterList, firstRow, queryJsonRows } from './sql-helpers';
import { remarkChecklist } from './thread-checklist';
import type { Redaction } from '../safety/mask-incoming';
import { maskThreadMessage } from '../safety/mask-entries';
import type { ExposureNotice } from '../safety/exposure-notice';

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
  /** SHA-256 (hex) of the customer's access token (migration 0003), or null/absent for none. */
  accessTokenHash?: string | null;
  /** Auto-triage's suggestion at intake (server/triage), or null/absent for none. */
  suggestedCategory?: { category: string; confidence: number } | null;
  /** The customer's category disagrees with a confident suggestion (migration 0006); false when absent. */
  possiblyMisfiled?: boolean;
  /** The id to store it under (duplicate detection indexes it before the insert); a random one when absent. */
  id?: string;
  /** Earlier tickets of the same customer that look like the same issue (server/duplicates); none when absent. */
  possibleDuplicates?: readonly { id: string; score: number }[];
  /** Other customers' tickets about the same problem (server/duplicates); none when absent. */
  related?: readonly { id: string; score: number }[];
  /** The duplicate index's description of its text, stored with it (migration 0052); backfilled when absent. */
  duplicateDescription?: StoredDescription;
  /** Where routing sent it at intake (server/routing): priority, assignee, team; defaults when absent. */
  routing?: { priority: TicketPriority; assigneeId: string | null; teamId: string | null } | null;
  /** The kinds of secrets masked in it (server/safety/mask-incoming.ts); none when absent. */
  redactions?: readonly Redaction[];
  /** The customer's automatic notice after a seed phrase or private key was masked; none when absent. */
  exposureNotice?: ExposureNotice | null;
  /**
   * The exchange account a valid customer assertion named (migration 0018): the requester is verified.
   * Absent or null: unverified.
   */
  verifiedAccountId?: string | null;
}

/** What storing a new ticket produced. */
export interface CreatedTicket {
  id: string;
  number: number;
  seq: number;
}

/** Why an update was refused. */
export type UpdateRefusal =
  'not_found' | 'version_conflict' | 'invalid_transition' | 'unknown_category' | 'unknown_assignee';

/** The outcome of `updateTicket`: the updated ticket, or why nothing changed. */
export type UpdateOutcome = { ticket: Ticket; seq: number } | { refusal: UpdateRefusal };

const closedStatuses = new Set(['solved', 'closed']);

/**
 * SQL assignments that keep the SLA pause accumulators (migration 0002) in step with a status change from
 * `from` to `to`: entering a pausing status starts a pause now; leaving one adds the pause to
 * `sla_paused_ms`. A pause start missing on a row written in a pausing status by a bulk path is taken as
 * `coalesce(solved_at, updated_at)`, as reads do (`effectivePausedSince`). SET expressions see the old row.
 */
export function slaPauseAssignments(from: TicketStatus, to: TicketStatus): string[] {
  const pausedSince = 'coalesce(sla_paused_since, solved_at, updated_at)';
  switch (slaPauseChange(from, to)) {
    case 'pause':
      return ['sla_paused_since = now()'];
    case 'resume':
      return [
        `sla_paused_ms = sla_paused_ms + greatest(0, floor(extract(epoch from (now() - ${pausedSince})) * 1000))::bigint`,
        'sla_paused_since = null',
      ];
    case 'none':
      return from === to || !closedStatuses.has(to) ? [] : [`sla_paused_since = ${pausedSince}`];
  }
}

/**
 * Applies `update` to a ticket inside the caller's transaction: refuses a status change the status machine
 * does not allow (`invalid_transition`), bumps `version` and `updated_at`, sets `solved_at` when the ticket
 * becomes solved or closed (clears it when it is reopened), keeps the SLA pause accumulators in step,
 * re-derives the checklist's required items when the category changes, applies hand `checklist_marks`
 * (re-evaluating the thread; marks outlive later evaluations), and records `ticket.updated`.
 * With `expectedVersion`, refuses when the ticket has moved on since the caller read it. With `sla`, the
 * returned ticket carries its SLA clocks. With `idempotency`, the key is claimed and its answer recorded in
 * the same transaction (see idempotency.ts).
 */
export async function updateTicket(
  transaction: SqlExecutor,
  ticketId: string,
  update: TicketUpdate,
  actor: { agentId: string; expectedVersion: number | null; idempotency?: IdempotentWrite<UpdateOutcome> },
  sla?: SlaReadContext,
): Promise<UpdateOutcome> {
  // The key is claimed before the version check, so a retry of an applied change replays its answer.
  return runIdempotent(transaction, actor.idempotency, () =>
    applyTicketUpdate(transaction, ticketId, update, actor, sla),
  );
}

async function applyTicketUpdate(
  transaction: SqlExecutor,
  ticketId: string,
  update: TicketUpdate,
  actor: { agentId: string; expectedVersion: number | null },
  sla?: SlaReadContext,
): Promise<UpdateOutcome> {
  const currentRows = await transaction.query<
    Pick<TicketRow, 'version' | 'checklist' | 'status'> & { checklist_corrections: ChecklistKey[] | null }
  >('select version, checklist, status, checklist_corrections from tickets where id = $1 for update', [
    ticketId,
  ]);
  const current = currentRows[0];
  if (current === undefined) {
    return { refusal: 'not_found' };
  }
  if (actor.expectedVersion !== null && actor.expectedVersion !== Number(current.version)) {
    return { refusal: 'version_conflict' };
  }
  if (update.status !== undefined && !canTransition(current.status, update.status)) {
    return { refusal: 'invalid_transition' };
  }
  const refusal = await checkReferences(transaction, update);
  if (refusal !== null) {
    return { refusal };
  }
  const parameters = new ParameterList();
  const assignments = ['version = version + 1', 'updated_at = now()'];
  if (update.status !== undefined) {
    assignments.push(...slaPauseAssignments(current.status, update.status));
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
  const rules = sla?.checklistRules ?? defaultRequiredItems;
  if (update.category !== undefined) {
    assignments.push(`category = ${parameters.add(update.category)}`);
    // An agent named the category (kept the suggestion or replaced it): the triage figure counts it.
    assignments.push('category_reviewed_at = now()');
  }
  if (update.checklist_marks !== undefined) {
    // Hand marks re-evaluate the whole thread, so removing a mark restores what extraction finds.
    const remarked = await remarkChecklist(transaction, ticketId, update.checklist_marks, {
      ...(update.category === undefined ? {} : { category: update.category }),
      rules,
    });
    if (remarked !== null) {
      assignments.push(`checklist = ${parameters.add(JSON.stringify(remarked.checklist))}::jsonb`);
      assignments.push(`checklist_marks = ${parameters.add(JSON.stringify(remarked.marks))}::jsonb`);
      const corrections = checklistCorrectionsAfter(
        current.checklist_corrections ?? [],
        update.checklist_marks,
        remarked.extracted,
      );
      assignments.push(`checklist_corrections = ${parameters.add(corrections)}::text[]`);
    }
  } else if (update.category !== undefined) {
    const checklist = rederiveChecklist(current.checklist, update.category, rules);
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
  return { ticket: ticketFromRow(firstRow(rows), sla), seq };
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

/**
 * The checklist after a category change: items found stay found, `required` follows the new category (and
 * the situation), and items that do not apply (hand-marked or automatic) stay not required.
 */
function rederiveChecklist(
  checklist: Checklist,
  category: string | null,
  rules: RequiredItemRules,
): Checklist {
  if (!checklist.analyzed) {
    return unanalyzedChecklist(category, rules);
  }
  return withRequiredItems(checklist, rules, category);
}

/** The outcome of `addMessage`: the stored message, or null when the ticket does not exist. */
export type MessageOutcome = { message: Message; seq: number } | null;

/** Who wrote a message: an agent (reply or note), or the ticket's customer. */
export type MessageAuthor =
  { kind: 'reply' | 'note'; agent: Agent } | { kind: 'customer'; name: string | null };

function authorName(author: MessageAuthor): string | null {
  return author.kind === 'customer' ? author.name : author.agent.name;
}

/**
 * Adds a message to a ticket inside the caller's transaction and moves the status as the status machine
 * says: an agent's reply sets `first_response_at` if the ticket had none and opens a `new` ticket
 * (`nextStatusOnAgentReply`); a customer's message reopens an awaiting or solved ticket
 * (`nextStatusOnCustomerMessage`, which also resumes the SLA clock and clears `solved_at`); a note changes
 * nothing but the counters. Every message bumps `version`, `updated_at` and `message_count` and records
 * `message.created`.
 */
export async function addMessage(
  transaction: SqlExecutor,
  ticketId: string,
  body: string,
  author: MessageAuthor,
  /** The id to give the message (checked unused by the caller); a new one when absent. */
  messageIdToUse?: string,
): Promise<MessageOutcome> {
  const currentRows = await transaction.query<Pick<TicketRow, 'status' | 'language' | 'requester_locale'>>(
    'select status, language, requester_locale from tickets where id = $1 for update',
    [ticketId],
  );
  const current = currentRows[0];
  if (current === undefined) {
    return null;
  }
  // Secrets are masked before the message is written anywhere (server/safety).
  const messageId = messageIdToUse ?? randomUUID();
  const masked = maskThreadMessage(
    { body, isFromCustomer: author.kind === 'customer' },
    { language: current.language, requesterLocale: current.requester_locale },
    messageId,
  );
  const nextStatus =
    author.kind === 'reply'
      ? nextStatusOnAgentReply(current.status)
      : author.kind === 'customer'
        ? nextStatusOnCustomerMessage(current.status)
        : current.status;
  const parameters = new ParameterList();
  const assignments = [
    `message_count = message_count + ${masked.exposureNotice ? 2 : 1}`,
    'version = version + 1',
    'updated_at = now()',
  ];
  if (author.kind === 'reply') {
    assignments.push('first_response_at = coalesce(first_response_at, now())');
  }
  if (nextStatus !== current.status) {
    assignments.push(...slaPauseAssignments(current.status, nextStatus));
    assignments.push(`status = ${parameters.add(nextStatus)}`);
    if (!closedStatuses.has(nextStatus)) {
      assignments.push('solved_at = null');
    }
  }
  if (masked.redactions.length > 0) {
    assignments.push(
      `redactions = redactions || ${parameters.add(JSON.stringify(masked.redactions))}::jsonb`,
    );
  }
  await transaction.query(
    `update tickets set ${assignments.join(', ')} where id = ${parameters.add(ticketId)}`,
    parameters.values,
  );
  const agent = author.kind === 'customer' ? null : author.agent;
  const rows = await queryJsonRows<MessageRow>(
    transaction,
    `insert into messages (id, ticket_id, kind, author_agent_id, author_name, body) values ($1, $2, $3, $4, $5, $6)
     returning to_jsonb(messages) as json_row`,
    [
      messageId,
      ticketId,
      author.kind,
      agent?.id ?? null,
      agent === null ? authorName(author) : agent.name,
      masked.body,
    ],
  );
  if (masked.exposureNotice) {
    await insertNoticeMessage(transaction, ticketId, masked.exposureNotice);
  }
  const [seq = 0] = await appendChanges(transaction, [
    { type: 'message.created', ticketId, agentId: agent?.id ?? null },
  ]);
  return { message: messageFromRow(firstRow(rows)), seq };
}

/**
 * Posts the automatic exposure notice (server/safety/exposure-notice.ts) after the customer's message, as
 * a public reply signed by the service. The caller counts it in `message_count`.
 */
export async function insertNoticeMessage(
  transaction: SqlExecutor,
  ticketId: string,
  notice: ExposureNotice,
): Promise<void> {
  await transaction.query(
    `insert into messages (ticket_id, kind, author_agent_id, author_name, body) values ($1, 'reply', null, $2, $3)`,
    [ticketId, notice.authorName, notice.body],
  );
}
