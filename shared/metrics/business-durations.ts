import type { BusinessDurations, DurationStats } from '../domain/metrics-schemas';
import { businessMsBetween, type BusinessCalendar, type TimeSpan } from '../sla/business-calendar';
import { unrecordedPauseMs } from '../sla/clock';

/**
 * Metrics' first-response and resolution times in business time (docs/metrics.md "Business hours"): the
 * same tickets and the same definitions as the calendar-time figures, counting only the open hours of the
 * ticket's team calendar (shared/sla/business-calendar.ts). Tickets of 24x7 teams have no business figure.
 * Pure: the calendars are passed in; no clock is needed, every instant comes from the tickets.
 */

/** One measured ticket: a first response (creation to the first public reply) or a resolution. */
export interface MeasuredTicket {
  measure: 'first_response' | 'resolution';
  category: string | null;
  assignee_id: string | null;
  /** Milliseconds since the epoch. */
  created_ms: number;
  /** The first public reply, or the solution (milliseconds since the epoch). */
  ended_ms: number;
  /** Finished resolution pauses, their sum and the spans recorded (resolution only; 0 and [] otherwise). */
  paused_ms: number;
  paused_spans: readonly TimeSpan[];
  /** The calendar the ticket's SLA clocks follow; null for a 24x7 team. */
  calendar: BusinessCalendar | null;
}

/** Business-time figures of one group, keyed as the calendar-time rows are (category or agent id). */
export type BusinessDurationsByKey = Map<string | null, BusinessDurations>;

/**
 * Business milliseconds of one measured ticket: the first response counts every open minute from creation
 * to the reply; the resolution leaves out its recorded pauses, and paused time without a recorded span
 * (before migration 0046) counts as paused business time whole, as the SLA clock does. Never negative.
 */
export function businessDurationMs(ticket: MeasuredTicket & { calendar: BusinessCalendar }): number {
  if (ticket.measure === 'first_response') {
    return businessMsBetween(ticket.calendar, ticket.created_ms, ticket.ended_ms);
  }
  const counted = businessMsBetween(ticket.calendar, ticket.created_ms, ticket.ended_ms, ticket.paused_spans);
  return Math.max(0, counted - unrecordedPauseMs(ticket.paused_ms, ticket.paused_spans));
}

/**
 * The `fraction` percentile of `values` by linear interpolation between the closest ranks, as PostgreSQL's
 * `percentile_cont` computes the calendar-time figures; null for no values.
 */
export function continuousPercentile(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? 0;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (position - lower);
}

function statsOf(values: readonly number[]): DurationStats {
  return {
    count: values.length,
    median_ms: continuousPercentile(values, 0.5),
    p90_ms: continuousPercentile(values, 0.9),
  };
}

/**
 * Business-time figures per category and per agent, over the tickets that have a calendar. A key absent
 * from a map had no such ticket (its row shows no business figure).
 */
export function businessResponseTimes(tickets: readonly MeasuredTicket[]): {
  byCategory: BusinessDurationsByKey;
  byAgent: BusinessDurationsByKey;
} {
  const grouped = {
    byCategory: new Map<string | null, { first_response: number[]; resolution: number[] }>(),
    byAgent: new Map<string | null, { first_response: number[]; resolution: number[] }>(),
  };
  for (const ticket of tickets) {
    const { calendar } = ticket;
    if (calendar === null) {
      continue;
    }
    const ms = businessDurationMs({ ...ticket, calendar });
    for (const [groups, key] of [
      [grouped.byCategory, ticket.category],
      [grouped.byAgent, ticket.assignee_id],
    ] as const) {
      const entry = groups.get(key) ?? { first_response: [], resolution: [] };
      entry[ticket.measure].push(ms);
      groups.set(key, entry);
    }
  }
  const toStats = (
    groups: Map<string | null, { first_response: number[]; resolution: number[] }>,
  ): BusinessDurationsByKey =>
    new Map(
      [...groups].map(([key, entry]) => [
        key,
        { first_response: statsOf(entry.first_response), resolution: statsOf(entry.resolution) },
      ]),
    );
  return { byCategory: toStats(grouped.byCategory), byAgent: toStats(grouped.byAgent) };
}
