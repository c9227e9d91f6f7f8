import type { TicketSla } from '../domain/schemas';
import type { TicketStatus } from '../domain/vocabulary';
import { projectSlaClock } from './clock';

/** Why an open ticket's SLA needs attention: a clock already past due, or running with little time left. */
export type SlaAttention = 'breached' | 'at_risk';

/** Statuses whose SLA clocks have stopped: their late clocks are history, not something to act on. */
const stoppedStatuses: ReadonlySet<TicketStatus> = new Set(['solved', 'closed']);

/**
 * The one definition of "SLA breached" and "SLA at risk" for a ticket at `now`, shared by the queue's
 * Breached and At risk views and by Metrics' tiles, so both count the same tickets at the same minute:
 * - solved and closed tickets need no attention, whatever their clocks say;
 * - **breached**: either clock is past due, running or paused (a ticket awaiting the customer whose
 *   resolution target passed before the pause is still breached);
 * - **at risk**: not breached, and a running clock has less than 20% of its target left (`slaAtRiskShare`).
 * The clocks are projected to `now`, so a countdown read a minute ago is judged as of this minute.
 */
export function slaAttention(
  ticket: { status: TicketStatus; sla?: TicketSla | null | undefined },
  now: number,
): SlaAttention | null {
  const { sla } = ticket;
  if (!sla || stoppedStatuses.has(ticket.status)) {
    return null;
  }
  const states = [sla.first_response, sla.resolution].map((clock) => projectSlaClock(clock, now).state);
  if (states.includes('breached')) {
    return 'breached';
  }
  return states.includes('at_risk') ? 'at_risk' : null;
}
