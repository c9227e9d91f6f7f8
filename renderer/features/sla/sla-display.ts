import type { SlaClock, TicketSla } from '../../../shared/domain/schemas';
import { headlineSlaClock, projectSlaClock } from '../../../shared/sla/clock';

/**
 * How the console shows an SLA clock: the service's answer projected to the console's clock (a running
 * countdown ticks; paused and stopped clocks stand still), reduced to a tone and the parts of a duration.
 */

/** The color a countdown takes: red when breached, amber when at risk, muted when paused or met. */
export type SlaTone = 'ok' | 'warning' | 'danger' | 'muted' | 'met';

/** What a countdown shows. */
export interface SlaDisplay {
  clock: SlaClock;
  tone: SlaTone;
  /** Which text: time left, time overdue (still counting), paused with time left, met, or breached (stopped or paused past due). */
  kind: 'remaining' | 'overdue' | 'paused' | 'met' | 'breached';
  /** Absolute time left or overdue, in milliseconds. */
  durationMs: number;
}

/** The display of `clock` at `nowMs`. */
export function slaDisplay(clock: SlaClock, nowMs: number): SlaDisplay {
  const current = projectSlaClock(clock, nowMs);
  const durationMs = Math.abs(current.remaining_ms);
  switch (current.state) {
    case 'running':
      return { clock: current, tone: 'ok', kind: 'remaining', durationMs };
    case 'at_risk':
      return { clock: current, tone: 'warning', kind: 'remaining', durationMs };
    case 'paused':
      return { clock: current, tone: 'muted', kind: 'paused', durationMs };
    case 'met':
      return { clock: current, tone: 'met', kind: 'met', durationMs };
    case 'breached':
      return {
        clock: current,
        tone: 'danger',
        kind: current.is_running ? 'overdue' : 'breached',
        durationMs,
      };
  }
}

/** The headline clock of a ticket's SLA (first response until answered, then resolution), displayed. */
export function headlineSlaDisplay(sla: TicketSla | null | undefined, nowMs: number): SlaDisplay | null {
  return sla ? slaDisplay(headlineSlaClock(sla), nowMs) : null;
}

/** A duration as whole days, hours and minutes (rounded down; under a minute is 0 minutes). */
export function durationParts(ms: number): { days: number; hours: number; minutes: number } {
  const totalMinutes = Math.floor(Math.max(0, ms) / 60_000);
  return {
    days: Math.floor(totalMinutes / (24 * 60)),
    hours: Math.floor(totalMinutes / 60) % 24,
    minutes: totalMinutes % 60,
  };
}

/**
 * The key the queue sorts the SLA column by: a clock that counts (running or paused) by its deadline, so the
 * most urgent comes first; a stopped clock or a ticket without SLA after every counting one.
 */
export function slaSortKey(sla: TicketSla | null | undefined): number {
  if (!sla) {
    return Number.MAX_SAFE_INTEGER;
  }
  const clock = headlineSlaClock(sla);
  if (!clock.is_running && clock.state !== 'paused') {
    return Number.MAX_SAFE_INTEGER - 1;
  }
  return Date.parse(clock.due_at) || Number.MAX_SAFE_INTEGER - 1;
}
