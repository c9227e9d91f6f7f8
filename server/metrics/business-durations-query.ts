import type { MeasuredTicket } from '../../shared/metrics/business-durations';
import type { SqlExecutor } from '../storage/database';
import { queryJsonRows } from '../storage/sql-helpers';
import type { TeamCalendars } from '../storage/team-calendars';
import type { MetricsWindow } from './metrics-queries';

/** A measured ticket as the statement answers it (instants as ISO text, spans as number pairs). */
interface MeasuredRow {
  measure: 'first_response' | 'resolution';
  category: string | null;
  assignee_id: string | null;
  routing_team_id: string | null;
  created_at: string;
  ended_at: string;
  paused_ms: number;
  paused_spans: Array<[number, number]> | null;
}

/**
 * The first responses and resolutions of the range (the same tickets `readDurations` measures) whose team
 * keeps business hours: the teams with a calendar, and the unrouted tickets of their categories. One row per
 * measured ticket, since business time is computed per ticket in shared/metrics/business-durations.ts; none
 * is read when no team has a calendar.
 */
export async function readBusinessMeasuredTickets(
  executor: SqlExecutor,
  window: MetricsWindow,
  calendars: TeamCalendars,
): Promise<MeasuredTicket[]> {
  if (calendars.teamIds.length === 0) {
    return [];
  }
  const rows = await queryJsonRows<MeasuredRow>(
    executor,
    `with scoped as (
       select t.* from tickets t
       where ($3::text[] is null or t.category = any($3::text[]))
         and (t.routing_team_id = any($4::uuid[]) or (t.routing_team_id is null and t.category = any($5::text[])))
     )
     select jsonb_build_object('measure', 'first_response', 'category', t.category,
              'assignee_id', t.assignee_id, 'routing_team_id', t.routing_team_id, 'created_at', t.created_at,
              'ended_at', t.first_response_at, 'paused_ms', 0, 'paused_spans', null) as json_row
     from scoped t
     where t.first_response_at >= $1::timestamptz and t.first_response_at < $2::timestamptz
     union all
     select jsonb_build_object('measure', 'resolution', 'category', t.category,
              'assignee_id', t.assignee_id, 'routing_team_id', t.routing_team_id, 'created_at', t.created_at,
              'ended_at', t.solved_at, 'paused_ms', t.sla_paused_ms, 'paused_spans', t.sla_paused_spans)
     from scoped t
     where t.solved_at >= $1::timestamptz and t.solved_at < $2::timestamptz
       and t.status in ('solved', 'closed') and t.merged_into_ticket_id is null`,
    [window.from, window.to, window.categories, calendars.teamIds, calendars.categories],
  );
  return rows.map((row) => ({
    measure: row.measure,
    category: row.category,
    assignee_id: row.assignee_id,
    created_ms: Date.parse(row.created_at),
    ended_ms: Date.parse(row.ended_at),
    paused_ms: Number(row.paused_ms),
    paused_spans: (row.paused_spans ?? []).map(([start, end]) => ({
      start: Number(start),
      end: Number(end),
    })),
    calendar: calendars.calendarFor(row.routing_team_id, row.category),
  }));
}
