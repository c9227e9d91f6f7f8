import { previewChecklistMarks } from '../../shared/checklist/marks';
import type { Ticket } from '../../shared/domain/schemas';
import type { OutboxAction } from '../../shared/sync/outbox';
import { nextStatusOnAgentReply } from '../../shared/tickets/status-machine';

const pendingPrefix = 'pending:';

/** The id of a message's pending copy in the cached thread until the service acknowledges it. */
export function pendingMessageId(key: string): string {
  return `${pendingPrefix}${key}`;
}

/** Whether a thread message is a copy still waiting in the outbox. */
export function isPendingMessageId(id: string): boolean {
  return id.startsWith(pendingPrefix);
}

/** The idempotency key a pending copy's id names (the id itself for any other message). */
export function pendingKeyOf(id: string): string {
  return isPendingMessageId(id) ? id.slice(pendingPrefix.length) : id;
}

/**
 * The thread to show: the stored messages, then the pending copies the service does not hold yet (and any
 * other message of `pending` the stored ones lack: the service's copy the outbox wrote in place of a pending
 * one before the stored thread caught up). The service gives a message sent under a UUID idempotency key that key as its id (docs/sync.md), so a pending
 * copy `pending:<key>` leaves in the very render the service's copy (`<key>`) arrives in, whichever way it
 * comes first (the answer to the send, or a live change), and the two never show together.
 */
export function mergePendingMessages<M extends { id: string }>(
  stored: readonly M[],
  pending: readonly M[],
): M[] {
  const storedIds = new Set(stored.map((message) => message.id));
  const waiting = pending.filter(
    (message) => !storedIds.has(message.id) && !storedIds.has(pendingKeyOf(message.id)),
  );
  return waiting.length === 0 ? [...stored] : [...stored, ...waiting];
}

/**
 * The ticket as the agent expects it once the action lands, shown at once (the queue does not wait for the
 * service). The version stays: the service's answer, with a higher version, replaces this copy.
 */
export function applyActionToTicket(ticket: Ticket, action: OutboxAction, now: string): Ticket {
  switch (action.kind) {
    case 'message': {
      // As the service does it: a reply opens a new ticket, "send and set status" sets it.
      const status =
        action.body.set_status ??
        (action.body.kind === 'reply' ? nextStatusOnAgentReply(ticket.status) : ticket.status);
      return { ...ticket, status, updated_at: now };
    }
    case 'update': {
      const { status, priority, category, assignee_id: assigneeId, tags } = action.changes;
      const marks = action.changes.checklist_marks;
      return {
        ...ticket,
        ...(status === undefined ? {} : { status }),
        ...(priority === undefined ? {} : { priority }),
        ...(category === undefined ? {} : { category }),
        ...(assigneeId === undefined ? {} : { assignee_id: assigneeId }),
        ...(tags === undefined ? {} : { tags }),
        // Checklist marks as they will read once the service applies them (its answer replaces the guess).
        ...(marks === undefined ? {} : { checklist: previewChecklistMarks(ticket.checklist, marks) }),
        updated_at: now,
      };
    }
    case 'bulk': {
      const { changes } = action.body;
      const removed = new Set(changes.remove_tags ?? []);
      const tags = [...ticket.tags.filter((tag) => !removed.has(tag)), ...(changes.add_tags ?? [])];
      return {
        ...ticket,
        ...(changes.status === undefined ? {} : { status: changes.status }),
        ...(changes.priority === undefined ? {} : { priority: changes.priority }),
        ...(changes.category === undefined ? {} : { category: changes.category }),
        ...(changes.assignee_id === undefined ? {} : { assignee_id: changes.assignee_id }),
        tags: [...new Set(tags)],
        updated_at: now,
      };
    }
    case 'merge':
    case 'merge_undo':
      // What a merge or its undo leaves is the service's to say: the tickets stay as they are until it
      // answers, and the pane marks them as waiting (`usePendingMergeUndo`).
      return ticket;
    case 'save_view':
    case 'delete_view':
      // A preference, not a ticket change.
      return ticket;
  }
}
