import type { Ticket, TicketDetail } from '../domain/schemas';
import { headlineSlaClock, projectSlaClock } from '../sla/clock';
import type { DesktopNotificationKind } from '../ipc';

/**
 * What deserves an agent's attention outside the console's window: the badge count (my open tickets
 * needing a reply) and the moments worth a native notification (a ticket assigned to me, a customer
 * reply on my ticket, my ticket's SLA at risk). Pure: the clock is a parameter. The desktop shell
 * shows what this finds (and applies the agent's mutes and de-duplication by `key`).
 */

/** Statuses in which the next move is the agent's (the customer is not being waited on, not solved). */
const needsReplyStatuses: readonly Ticket['status'][] = ['new', 'open'];

/** The number of tickets assigned to `agentId` whose next move is a reply from the agent. */
export function countTicketsNeedingReply(tickets: readonly Ticket[], agentId: string): number {
  let count = 0;
  for (const ticket of tickets) {
    if (ticket.assignee_id === agentId && needsReplyStatuses.includes(ticket.status)) {
      count += 1;
    }
  }
  return count;
}

/** A moment worth a notification; `key` is the same for the same moment, so it is shown once. */
export interface AttentionEvent {
  kind: DesktopNotificationKind;
  ticketId: string;
  ticketNumber: number;
  subject: string;
  key: string;
}

const closedStatuses: readonly Ticket['status'][] = ['solved', 'closed'];

/**
 * A ticket that became mine: it was someone else's (or nobody's) before this change and is still open.
 * The caller passes `previous` only for tickets it already knew, so the first load of the queue announces
 * nothing.
 */
export function detectAssignment(input: {
  previous: Ticket | undefined;
  current: Ticket;
  agentId: string;
}): AttentionEvent | null {
  const { previous, current, agentId } = input;
  if (
    !previous ||
    previous.assignee_id === agentId ||
    current.assignee_id !== agentId ||
    closedStatuses.includes(current.status)
  ) {
    return null;
  }
  return {
    kind: 'assignment',
    ticketId: current.id,
    ticketNumber: current.number,
    subject: current.subject,
    key: `assignment:${current.id}:${current.version}`,
  };
}

/**
 * My tickets whose SLA is at risk now (the clock projected to `now`, so a ticket turns at risk while
 * nothing changes on it). The caller checks periodically; the key names the deadline, so each deadline is
 * announced once.
 */
export function findSlaAtRisk(tickets: readonly Ticket[], agentId: string, now: number): AttentionEvent[] {
  const events: AttentionEvent[] = [];
  for (const ticket of tickets) {
    if (ticket.assignee_id !== agentId || closedStatuses.includes(ticket.status)) {
      continue;
    }
    const key = slaAtRiskKey(ticket, now);
    if (key) {
      events.push({
        kind: 'slaAtRisk',
        ticketId: ticket.id,
        ticketNumber: ticket.number,
        subject: ticket.subject,
        key,
      });
    }
  }
  return events;
}

/**
 * A customer reply on my ticket: the newest message is the customer's and was written after `since`
 * (the moment the console started watching, so replies from before it opened are not announced).
 */
export function detectCustomerReply(input: {
  detail: TicketDetail;
  agentId: string;
  since: number;
}): AttentionEvent | null {
  const { detail, agentId, since } = input;
  if (detail.assignee_id !== agentId || closedStatuses.includes(detail.status)) {
    return null;
  }
  const newest = detail.messages.at(-1);
  if (!newest || newest.kind !== 'customer' || !(Date.parse(newest.created_at) >= since)) {
    return null;
  }
  return {
    kind: 'customerReply',
    ticketId: detail.id,
    ticketNumber: detail.number,
    subject: detail.subject,
    key: `customerReply:${newest.id}`,
  };
}

/** `slaAtRisk:<ticket>:<clock>:<deadline>` when the ticket's headline clock is at risk at `now`. */
function slaAtRiskKey(ticket: Ticket, now: number): string | null {
  if (!ticket.sla) {
    return null;
  }
  const headline = headlineSlaClock(ticket.sla);
  const projected = projectSlaClock(headline, now);
  if (projected.state !== 'at_risk') {
    return null;
  }
  const clockName = headline === ticket.sla.first_response ? 'first_response' : 'resolution';
  return `slaAtRisk:${ticket.id}:${clockName}:${headline.due_at}`;
}
