import type { Ticket } from '../../shared/domain/schemas';
import type { OutboxAction } from '../../shared/sync/outbox';
import { nextStatusOnAgentReply } from '../../shared/tickets/status-machine';

/** The id of a message's pending copy in the cached thread until the service acknowledges it. */
export function pendingMessageId(key: string): string {
  return `pending:${key}`;
}

/** Whether a thread message is a copy still waiting in the outbox. */
export function isPendingMessageId(id: string): boolean {
  return id.startsWith('pending:');
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
      return {
        ...ticket,
        ...(status === undefined ? {} : { status }),
        ...(priority === undefined ? {} : { priority }),
        ...(category === undefined ? {} : { category }),
        ...(assigneeId === undefined ? {} : { assignee_id: assigneeId }),
        ...(tags === undefined ? {} : { tags }),
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
      return ticket;
  }
}
