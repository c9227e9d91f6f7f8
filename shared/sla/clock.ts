import type { SlaClock, SlaClockState, TicketSla } from '../domain/schemas';
import type { TicketPriority, TicketStatus } from '../domain/vocabulary';
import { slaTargetsFor, type SlaPolicy } from './policy';

/**
 * SLA arithmetic: where a ticket's first-response and resolution clocks stand at a given moment. Pure: the
 * current time is a parameter (the service passes its clock, the console its own to tick a countdown).
 *
 * What counts, and why:
 * - **First response** runs from creation until the first public reply, and never pauses. It measures how
 *   long the customer waited for a human answer; a status change without a reply must not stop or pause it
 *   (otherwise "awaiting customer" would be a way to dodge the target). Solving a ticket without a reply
 *   also stops it (there is nothing left to answer).
 * - **Resolution** counts the time the customer waits on us: it runs in `new`, `open` and `on_hold` (on hold
 *   waits on a third party, but the customer is still waiting), and pauses in `awaiting_customer` (the ball
 *   is with the customer) and in `solved`/`closed` (time between a solution and a reopening is not ours).
 *   The service keeps the paused time in two accumulators: `paused_ms` (finished pauses) and `paused_since`
 *   (the start of the current one).
 * - **States**: `met` (stopped within the target), `breached` (past due, running or stopped late),
 *   `paused`, `at_risk` (running with less than 20% of the target left; exactly 0 left is still at risk)
 *   and `running`.
 */

/** Statuses in which the resolution clock does not count. */
export const slaPausingStatuses: readonly TicketStatus[] = ['awaiting_customer', 'solved', 'closed'];

/** Statuses in which both clocks have stopped. */
const stoppedStatuses: readonly TicketStatus[] = ['solved', 'closed'];

/** Share of the target below which a running clock is "at risk". */
export const slaAtRiskShare = 0.2;

/** What the SLA arithmetic needs from a ticket (timestamps as ISO 8601 text). */
export interface SlaTicket {
  category: string | null;
  priority: TicketPriority;
  status: TicketStatus;
  created_at: string;
  first_response_at: string | null;
  solved_at: string | null;
  /** Milliseconds of finished resolution pauses. */
  paused_ms: number;
  /** Start of the current pause, or null when the resolution clock is counting. */
  paused_since: string | null;
}

/** The state of a clock with `remainingMs` of `targetMs` left, when it is neither paused nor stopped. */
export function runningClockState(remainingMs: number, targetMs: number): SlaClockState {
  if (remainingMs < 0) {
    return 'breached';
  }
  return remainingMs < targetMs * slaAtRiskShare ? 'at_risk' : 'running';
}

function clockAt(
  targetMs: number,
  elapsedMs: number,
  endMs: number,
  mode: 'running' | 'paused' | 'stopped',
): SlaClock {
  const remainingMs = targetMs - Math.max(0, elapsedMs);
  let state: SlaClockState;
  if (mode === 'stopped') {
    state = remainingMs >= 0 ? 'met' : 'breached';
  } else if (mode === 'paused') {
    state = remainingMs < 0 ? 'breached' : 'paused';
  } else {
    state = runningClockState(remainingMs, targetMs);
  }
  return {
    target_ms: targetMs,
    due_at: new Date(endMs + remainingMs).toISOString(),
    remaining_ms: remainingMs,
    state,
    is_running: mode === 'running',
  };
}

/** Both SLA clocks of `ticket` under `policy` at `now` (milliseconds since the epoch). */
export function computeSla(input: { policy: SlaPolicy; ticket: SlaTicket; now: number }): TicketSla {
  const { policy, ticket, now } = input;
  const targets = slaTargetsFor(policy, ticket.category, ticket.priority);
  const createdMs = Date.parse(ticket.created_at);
  const pausedSinceMs = ticket.paused_since === null ? null : Date.parse(ticket.paused_since);
  const solvedMs = ticket.solved_at === null ? null : Date.parse(ticket.solved_at);
  const isStopped = stoppedStatuses.includes(ticket.status);
  // A solved ticket's clocks stopped when its pause began (it may have gone awaiting → solved).
  const stoppedMs = isStopped ? (pausedSinceMs ?? solvedMs ?? now) : null;

  const firstResponseTarget = targets.firstResponseMinutes * 60_000;
  const firstResponseEnd =
    ticket.first_response_at !== null ? Date.parse(ticket.first_response_at) : (stoppedMs ?? now);
  const firstResponse = clockAt(
    firstResponseTarget,
    firstResponseEnd - createdMs,
    firstResponseEnd,
    ticket.first_response_at !== null || isStopped ? 'stopped' : 'running',
  );

  const resolutionTarget = targets.resolutionMinutes * 60_000;
  const resolutionEnd = stoppedMs ?? now;
  const currentPauseMs = pausedSinceMs === null ? 0 : Math.max(0, resolutionEnd - pausedSinceMs);
  const isPaused = !isStopped && slaPausingStatuses.includes(ticket.status);
  const resolution = clockAt(
    resolutionTarget,
    resolutionEnd - createdMs - ticket.paused_ms - currentPauseMs,
    resolutionEnd,
    isStopped ? 'stopped' : isPaused ? 'paused' : 'running',
  );
  return { first_response: firstResponse, resolution };
}

/**
 * A clock as it stands at `now`, from one computed earlier (the console ticks the service's answer): a
 * running clock counts down to its fixed `due_at`; paused and stopped clocks do not move.
 */
export function projectSlaClock(clock: SlaClock, now: number): SlaClock {
  if (!clock.is_running) {
    return clock;
  }
  const remainingMs = Date.parse(clock.due_at) - now;
  return { ...clock, remaining_ms: remainingMs, state: runningClockState(remainingMs, clock.target_ms) };
}

/**
 * The clock a queue shows for a ticket: the first-response clock until the first reply (or the solution),
 * then the resolution clock.
 */
export function headlineSlaClock(sla: TicketSla): SlaClock {
  return sla.first_response.is_running ? sla.first_response : sla.resolution;
}

/**
 * What a status change does to the resolution clock's accumulators: `pause` (start a pause now), `resume`
 * (add the current pause to `paused_ms` and clear `paused_since`), or `none`.
 */
export function slaPauseChange(from: TicketStatus, to: TicketStatus): 'pause' | 'resume' | 'none' {
  const wasPaused = slaPausingStatuses.includes(from);
  const isPaused = slaPausingStatuses.includes(to);
  return wasPaused === isPaused ? 'none' : isPaused ? 'pause' : 'resume';
}
