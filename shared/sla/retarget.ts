import type { SlaClock, Ticket, TicketSla } from '../domain/schemas';
import { runningClockState } from './clock';
import { slaTargetsFor, type SlaPolicy } from './policy';

/**
 * Moving SLA clocks onto a new policy without the ticket's history. A clock's deadline is linear in its
 * target (`due_at = start + counted time + pauses + target`), so a new target moves `due_at` and
 * `remaining_ms` by exactly the difference: the console applies a lead's policy change to every cached
 * ticket with this and reaches what the service computes from the full history (`computeSla`).
 */

/** How a clock stands apart from its numbers: counting, paused (awaiting the customer) or stopped. */
export type SlaClockMode = 'running' | 'paused' | 'stopped';

/** `clock` (in `mode`) with its target replaced by `targetMs`; the same object when the target is unchanged. */
export function retargetSlaClock(clock: SlaClock, targetMs: number, mode: SlaClockMode): SlaClock {
  const delta = targetMs - clock.target_ms;
  if (delta === 0) {
    return clock;
  }
  const remainingMs = clock.remaining_ms + delta;
  const state =
    mode === 'running'
      ? runningClockState(remainingMs, targetMs)
      : mode === 'paused'
        ? remainingMs < 0
          ? 'breached'
          : 'paused'
        : remainingMs >= 0
          ? 'met'
          : 'breached';
  return {
    ...clock,
    target_ms: targetMs,
    due_at: new Date(Date.parse(clock.due_at) + delta).toISOString(),
    remaining_ms: remainingMs,
    state,
  };
}

/** The modes of a ticket's two clocks, from its status and first response (as `computeSla` decides them). */
function clockModes(ticket: Ticket): { firstResponse: SlaClockMode; resolution: SlaClockMode } {
  const isStopped = ticket.status === 'solved' || ticket.status === 'closed';
  return {
    firstResponse: ticket.first_response_at !== null || isStopped ? 'stopped' : 'running',
    resolution: isStopped ? 'stopped' : ticket.status === 'awaiting_customer' ? 'paused' : 'running',
  };
}

/**
 * `ticket` with both SLA clocks moved onto `policy`'s targets for its category and priority; the same
 * object when nothing changes (no clocks, or the targets are the same), so a caller can keep only the
 * tickets that changed.
 */
export function retargetTicketSla(ticket: Ticket, policy: SlaPolicy): Ticket {
  const sla = ticket.sla;
  if (!sla) {
    return ticket;
  }
  const targets = slaTargetsFor(policy, ticket.category, ticket.priority);
  const modes = clockModes(ticket);
  const next: TicketSla = {
    first_response: retargetSlaClock(
      sla.first_response,
      targets.firstResponseMinutes * 60_000,
      modes.firstResponse,
    ),
    resolution: retargetSlaClock(sla.resolution, targets.resolutionMinutes * 60_000, modes.resolution),
  };
  if (next.first_response === sla.first_response && next.resolution === sla.resolution) {
    return ticket;
  }
  return { ...ticket, sla: next };
}

/** The tickets among `tickets` whose clocks `policy` changes, retargeted (the rest left out). */
export function retargetTickets(tickets: readonly Ticket[], policy: SlaPolicy): Ticket[] {
  const changed: Ticket[] = [];
  for (const ticket of tickets) {
    const next = retargetTicketSla(ticket, policy);
    if (next !== ticket) {
      changed.push(next);
    }
  }
  return changed;
}
