import type { SlaClock, SlaClockState, TicketSla } from '../domain/schemas';
import type { TicketPriority, TicketStatus } from '../domain/vocabulary';
import { addBusinessMs, businessMsBetween, type BusinessCalendar, type TimeSpan } from './business-calendar';
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
 * - **Business time**: with a team's business calendar (`business-calendar.ts`) both clocks count only its
 *   open hours, and a running clock's `remaining_ms` is the wall-clock time until `due_at` (what the console
 *   counts down, and what "at risk" is judged on). Without one, every minute counts (24x7).
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
  /**
   * The finished pauses as spans (milliseconds since the epoch), as far as they were recorded (migration
   * 0046); only business time needs them. Paused time in `paused_ms` that no span covers counts as paused
   * business time whole.
   */
  paused_spans?: readonly TimeSpan[];
}

/** The state of a clock with `remainingMs` of `targetMs` left, when it is neither paused nor stopped. */
export function runningClockState(remainingMs: number, targetMs: number): SlaClockState {
  if (remainingMs < 0) {
    return 'breached';
  }
  return remainingMs < targetMs * slaAtRiskShare ? 'at_risk' : 'running';
}

/** How a clock measures counted time: every minute (24x7), or a business calendar's open minutes. */
interface Measure {
  /** Counted milliseconds in `[from, to)` outside `pauses`. */
  between: (from: number, to: number, pauses: readonly TimeSpan[]) => number;
  /** The instant `ms` counted milliseconds after `from` (before it when negative). */
  shift: (from: number, ms: number) => number;
}

const wallClockMeasure: Measure = {
  // Only the first-response clock measures with it; the resolution clock's 24x7 arithmetic is its own.
  between: (from, to) => to - from,
  shift: (from, ms) => from + ms,
};

function businessMeasure(calendar: BusinessCalendar): Measure {
  return {
    between: (from, to, pauses) => businessMsBetween(calendar, from, to, pauses),
    shift: (from, ms) => addBusinessMs(calendar, from, ms),
  };
}

function clockAt(
  targetMs: number,
  elapsedMs: number,
  endMs: number,
  mode: 'running' | 'paused' | 'stopped',
  measure: Measure,
): SlaClock {
  const countedRemainingMs = targetMs - Math.max(0, elapsedMs);
  const dueMs = measure.shift(endMs, countedRemainingMs);
  // A running clock counts down in wall-clock time to its due moment (equal to the counted time 24x7).
  const remainingMs = mode === 'running' ? dueMs - endMs : countedRemainingMs;
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
    due_at: new Date(dueMs).toISOString(),
    remaining_ms: remainingMs,
    state,
    is_running: mode === 'running',
  };
}

/**
 * Both SLA clocks of `ticket` under `policy` at `now` (milliseconds since the epoch), counting business time
 * when `calendar` is given and every minute when it is absent or null.
 */
export function computeSla(input: {
  policy: SlaPolicy;
  ticket: SlaTicket;
  now: number;
  calendar?: BusinessCalendar | null;
}): TicketSla {
  const { policy, ticket, now } = input;
  const measure = input.calendar ? businessMeasure(input.calendar) : wallClockMeasure;
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
    measure.between(createdMs, firstResponseEnd, []),
    firstResponseEnd,
    ticket.first_response_at !== null || isStopped ? 'stopped' : 'running',
    measure,
  );

  const resolutionTarget = targets.resolutionMinutes * 60_000;
  const resolutionEnd = stoppedMs ?? now;
  const isPaused = !isStopped && slaPausingStatuses.includes(ticket.status);
  const resolution = clockAt(
    resolutionTarget,
    resolutionElapsedMs(ticket, createdMs, resolutionEnd, pausedSinceMs, input.calendar ? measure : null),
    resolutionEnd,
    isStopped ? 'stopped' : isPaused ? 'paused' : 'running',
    measure,
  );
  return { first_response: firstResponse, resolution };
}

/**
 * The resolution clock's counted time from creation to `endMs`: 24x7 (`businessTime` null), the time minus
 * `paused_ms` and the current pause; in business time, the open time outside the recorded pauses and the
 * current one, minus the paused time no recorded span covers (counted as paused business time whole).
 */
function resolutionElapsedMs(
  ticket: SlaTicket,
  createdMs: number,
  endMs: number,
  pausedSinceMs: number | null,
  businessTime: Measure | null,
): number {
  const currentPauseMs = pausedSinceMs === null ? 0 : Math.max(0, endMs - pausedSinceMs);
  if (businessTime === null) {
    return endMs - createdMs - ticket.paused_ms - currentPauseMs;
  }
  const spans = ticket.paused_spans ?? [];
  const pauses = pausedSinceMs === null ? spans : [...spans, { start: pausedSinceMs, end: endMs }];
  return businessTime.between(createdMs, endMs, pauses) - unrecordedPauseMs(ticket.paused_ms, spans);
}

/** Paused time in `pausedMs` that no recorded span covers (pauses finished before migration 0046). */
export function unrecordedPauseMs(pausedMs: number, spans: readonly TimeSpan[]): number {
  const recordedMs = spans.reduce((sum, span) => sum + Math.max(0, span.end - span.start), 0);
  return Math.max(0, pausedMs - recordedMs);
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
