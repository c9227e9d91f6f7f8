import type { Ticket, TicketUpdate } from '../../../shared/domain/schemas';
import {
  bulkUpdateResultSchema,
  type BulkUpdate,
  type BulkUpdateResult,
} from '../../../shared/domain/workflow-schemas';
import { updatableFields, type OutboxEntry, type UpdatableField } from '../../../shared/sync/outbox';
import type { ApiClient } from '../../api/api-client';
import type { OutboxRunner, OutboxSubmission } from '../../sync/outbox-runner';
import type { TicketStore } from './ticket-store';
import { outboxErrorText } from '../../sync/outbox-error-text';

/** What the queue's actions need: the outbox when the cache is open, else direct requests. */
export interface QueueActionContext {
  api: Pick<ApiClient, 'updateTicket' | 'bulkUpdate'>;
  store: TicketStore;
  outbox?: OutboxRunner | null;
}

/** A change the service answered (`applied`), or one kept in the outbox until it can be sent (`queued`). */
export type QueueActionOutcome = 'applied' | 'queued';

/** What a bulk change came to: the service's answers, and how many tickets wait in the outbox. */
export interface BulkApplyOutcome {
  result: BulkUpdateResult;
  queued: number;
}

/** The most tickets `POST /api/tickets/bulk` takes at once; bigger selections go in several requests. */
export const bulkChunkSize = 1000;

/** The values the agent saw for the fields it changes: what a conflict is judged against. */
function baseValues(ticket: Ticket, update: TicketUpdate): Partial<Record<UpdatableField, unknown>> {
  return Object.fromEntries(
    updatableFields.filter((field) => update[field] !== undefined).map((field) => [field, ticket[field]]),
  );
}

/** The service's refusal kept in the outbox, as an error for the caller to show. */
function refusalOf(entry: OutboxEntry): Error {
  return new Error(outboxErrorText(entry.error, { leadIn: false }) || 'refused');
}

function outcomeOf(submission: OutboxSubmission): QueueActionOutcome {
  switch (submission.kind) {
    case 'acknowledged':
      return 'applied';
    case 'queued':
      return 'queued';
    case 'failed':
    case 'conflict':
      // Also kept in the outbox: the sync indicator offers the choice or the discard.
      throw refusalOf(submission.entry);
  }
}

/**
 * One ticket's property change from the queue (the a / s / p shortcuts). Through the outbox the queue shows
 * it at once and it is sent under an idempotency key, offline too; without a cache it is a direct PATCH.
 */
export async function updateQueueTicket(
  context: QueueActionContext,
  ticketId: string,
  update: TicketUpdate,
): Promise<QueueActionOutcome> {
  const { api, store, outbox } = context;
  const seen = store.get(ticketId);
  if (!outbox || seen === undefined) {
    store.upsert([await api.updateTicket(ticketId, update)]);
    return 'applied';
  }
  return outcomeOf(
    await outbox.submit({
      kind: 'update',
      ticket_id: ticketId,
      base_version: seen.version,
      base: baseValues(seen, update),
      changes: update,
    }),
  );
}

/**
 * The bulk bar's change for `ticketIds`, in chunks the service takes. Online the answers are awaited, so the
 * bar can say how many were updated and which failed; what could not be sent now counts as queued.
 */
export async function bulkUpdateQueue(
  context: QueueActionContext,
  ticketIds: readonly string[],
  changes: BulkUpdate['changes'],
): Promise<BulkApplyOutcome> {
  const { api, store, outbox } = context;
  const outcome: BulkApplyOutcome = { result: { updated: [], failed: [] }, queued: 0 };
  for (let start = 0; start < ticketIds.length; start += bulkChunkSize) {
    const body: BulkUpdate = { ticket_ids: ticketIds.slice(start, start + bulkChunkSize), changes };
    if (!outbox) {
      const part = await api.bulkUpdate(body);
      store.upsert(part.updated);
      outcome.result.updated.push(...part.updated);
      outcome.result.failed.push(...part.failed);
      continue;
    }
    const submission = await outbox.submit({ kind: 'bulk', body });
    if (outcomeOf(submission) === 'queued') {
      outcome.queued += body.ticket_ids.length;
      continue;
    }
    // The runner has put the updated tickets in the queue already.
    const part = bulkUpdateResultSchema.safeParse(
      submission.kind === 'acknowledged' ? submission.body : null,
    );
    if (part.success) {
      outcome.result.updated.push(...part.data.updated);
      outcome.result.failed.push(...part.data.failed);
    }
  }
  return outcome;
}
