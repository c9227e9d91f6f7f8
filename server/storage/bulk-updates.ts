import { limits, type Ticket, type TicketUpdate } from '../../shared/domain/schemas';
import type { BulkUpdate } from '../../shared/domain/workflow-schemas';
import type { SqlDatabase, SqlExecutor } from './database';
import type { SlaReadContext } from './rows';
import { isUuid, queryJsonRows } from './sql-helpers';
import { runIdempotent, type IdempotentWrite } from './idempotency';
import { updateTicket, type UpdateRefusal } from './ticket-writes';

/** Why one ticket of a bulk change was left unchanged. */
export type BulkFailureCode = UpdateRefusal | 'too_many_tags';

/** The outcome of a bulk change: the tickets changed, and those refused with the reason. */
export interface BulkOutcome {
  updated: Ticket[];
  failed: { id: string; code: BulkFailureCode }[];
}

/** Whether a bulk change names a category or assignee that does not exist (checked once, before any write). */
export async function bulkReferenceRefusal(
  executor: SqlExecutor,
  changes: BulkUpdate['changes'],
): Promise<'unknown_category' | 'unknown_assignee' | null> {
  if (changes.category !== undefined && changes.category !== null) {
    const categories = await executor.query('select 1 from categories where key = $1', [changes.category]);
    if (categories.length === 0) {
      return 'unknown_category';
    }
  }
  if (changes.assignee_id !== undefined && changes.assignee_id !== null) {
    const agents = isUuid(changes.assignee_id)
      ? await executor.query('select 1 from agents where id::text = lower($1) and not is_disabled', [
          changes.assignee_id,
        ])
      : [];
    if (agents.length === 0) {
      return 'unknown_assignee';
    }
  }
  return null;
}

/** The ticket's tags after adding and removing, in their order, each once. */
export function mergeTags(
  current: readonly string[],
  add: readonly string[] = [],
  remove: readonly string[] = [],
): string[] {
  const removed = new Set(remove);
  return [...new Set([...current, ...add])].filter((tag) => !removed.has(tag));
}

/**
 * Applies the same change to each ticket, each in its own transaction with its own `ticket.updated` change,
 * so one refused ticket (unknown id, a status the machine does not allow, too many tags) fails alone while
 * the others are stored. `afterEach` runs after every committed ticket (the broadcaster's doorbell).
 * Each ticket costs one locked read of its tags (only when tags change) plus `updateTicket`'s statements.
 * With `idempotency`, the whole change runs in one transaction with the key (a refused ticket still fails
 * alone: refusals happen before anything is written), so the key is recorded exactly when the change is.
 */
export async function applyBulkUpdate(
  database: SqlDatabase,
  bulk: BulkUpdate,
  actor: { agentId: string },
  sla: SlaReadContext,
  afterEach: () => void,
  idempotency?: IdempotentWrite<BulkOutcome>,
): Promise<BulkOutcome> {
  if (idempotency !== undefined) {
    const outcome = await database.transaction((transaction) =>
      runIdempotent(transaction, idempotency, async () => {
        const result: BulkOutcome = { updated: [], failed: [] };
        for (const ticketId of distinctIds(bulk.ticket_ids)) {
          recordResult(result, ticketId, await updateOneTicket(transaction, ticketId, bulk, actor, sla));
        }
        return result;
      }),
    );
    if (outcome.updated.length > 0) {
      afterEach();
    }
    return outcome;
  }
  const outcome: BulkOutcome = { updated: [], failed: [] };
  for (const ticketId of distinctIds(bulk.ticket_ids)) {
    const result = await database.transaction((transaction) =>
      updateOneTicket(transaction, ticketId, bulk, actor, sla),
    );
    recordResult(outcome, ticketId, result);
    if ('ticket' in result) {
      afterEach();
    }
  }
  return outcome;
}

/** The requested ids, each once (a ticket named twice is changed once: twice would only bump its version). */
function distinctIds(ticketIds: readonly string[]): string[] {
  const seen = new Set<string>();
  return ticketIds.filter((requestedId) => {
    const ticketId = requestedId.toLowerCase();
    if (seen.has(ticketId)) {
      return false;
    }
    seen.add(ticketId);
    return true;
  });
}

type OneTicketOutcome = { ticket: Ticket } | { refusal: BulkFailureCode };

function recordResult(outcome: BulkOutcome, requestedId: string, result: OneTicketOutcome): void {
  if ('refusal' in result) {
    // Failures name the id as the client sent it, so the console can match them to its selection.
    outcome.failed.push({ id: requestedId, code: result.refusal });
  } else {
    outcome.updated.push(result.ticket);
  }
}

async function updateOneTicket(
  transaction: SqlExecutor,
  requestedId: string,
  bulk: BulkUpdate,
  actor: { agentId: string },
  sla: SlaReadContext,
): Promise<OneTicketOutcome> {
  const ticketId = requestedId.toLowerCase();
  if (!isUuid(ticketId)) {
    return { refusal: 'not_found' };
  }
  const { add_tags: addTags, remove_tags: removeTags, ...properties } = bulk.changes;
  const update: TicketUpdate = { ...properties };
  if (addTags !== undefined || removeTags !== undefined) {
    // As JSON, so tags come back exactly as stored (see queryJsonRows).
    const rows = await queryJsonRows<string[]>(
      transaction,
      'select to_jsonb(tags) as json_row from tickets where id = $1 for update',
      [ticketId],
    );
    const current = rows[0];
    if (current === undefined) {
      return { refusal: 'not_found' };
    }
    const tags = mergeTags(current, addTags, removeTags);
    if (tags.length > limits.tagCount) {
      return { refusal: 'too_many_tags' };
    }
    update.tags = tags;
  }
  return updateTicket(transaction, ticketId, update, { agentId: actor.agentId, expectedVersion: null }, sla);
}
