import type { BacklogAgeBucket, MetricsBucket } from '../../shared/domain/metrics-schemas';
import type { TicketPriority, TicketStatus } from '../../shared/domain/vocabulary';
import type { SqlExecutor } from '../storage/database';
import { queryJsonRows } from '../storage/sql-helpers';
import {
  firstResponseTargetSql,
  resolutionTargetSql,
  slaTargetsCte,
  slaTargetsJoin,
  type SlaTargetRow,
} from './sla-targets';

/**
 * The metrics SQL (docs/metrics.md has the definitions). Each function is one statement, so the dashboard's
 * statements can run side by side on a PostgreSQL pool. Times are ISO text, durations milliseconds.
 */

/** What every metrics statement is measured over. */
export interface MetricsWindow {
  from: string;
  to: string;
  bucket: MetricsBucket;
  /**
   * Only tickets in these categories (one asked for, a team's, or their intersection); null for all. An empty
   * list matches nothing: a team that owns no category has no tickets.
   */
  categories: readonly string[] | null;
  /** The service's clock: the backlog's ages and SLA clocks are measured at this moment. */
  now: string;
}

/**
 * `later - earlier` in milliseconds as float8 (percentile_cont needs a float). `date_part` answers float8
 * directly; `extract` would compute in numeric, several times slower over a month of tickets.
 */
function millisecondsBetween(later: string, earlier: string): string {
  return `(date_part('epoch', ${later} - ${earlier}) * 1000)`;
}

/** Counted resolution time of a solved ticket: creation to solution, minus the time the clock was paused. */
const resolutionMsSql = `greatest(0, ${millisecondsBetween('t.solved_at', 't.created_at')} - t.sla_paused_ms)`;
/** Counted first-response time: creation to the first public reply, or to the solution without one. */
const firstResponseElapsedSql = millisecondsBetween(
  'coalesce(t.first_response_at, t.solved_at)',
  't.created_at',
);

const openStatusesSql = `t.status not in ('solved', 'closed')`;

/** `<the ticket is in one of the categories>` for the categories placeholder (null: every category). */
function categoryFilter(placeholder: string): string {
  return `(${placeholder}::text[] is null or t.category = any(${placeholder}::text[]))`;
}

/**
 * How a statement over `ticket_events e` keeps one category's events: a join to tickets that the planner can
 * hash, or, without a category, no join at all (the placeholder still appears, as a true condition, so the
 * statement's parameters stay the same).
 */
function eventCategoryJoin(
  categories: readonly string[] | null,
  placeholder: string,
): { join: string; condition: string } {
  return categories === null
    ? { join: '', condition: `${placeholder}::text[] is null` }
    : {
        join: `join tickets c on c.id = e.ticket_id and c.category = any(${placeholder}::text[])`,
        condition: 'true',
      };
}

/** Upper bounds (hours, exclusive) of the backlog age buckets but the last. */
const ageBoundsHours: readonly [BacklogAgeBucket, number][] = [
  ['under_1h', 1],
  ['1h_4h', 4],
  ['4h_24h', 24],
  ['1d_3d', 72],
  ['3d_7d', 168],
];

/** One group of the open backlog: its count, unassigned and per-age counts. */
export interface BacklogRow {
  category: string | null;
  status: TicketStatus;
  count: number;
  unassigned: number;
  ages: Record<BacklogAgeBucket, number>;
}

/** The open backlog now by category and status, with unassigned and age-bucket counts. */
export async function readBacklog(executor: SqlExecutor, window: MetricsWindow): Promise<BacklogRow[]> {
  const ageMs = millisecondsBetween('$2::timestamptz', 't.created_at');
  const ageColumns = [
    ...ageBoundsHours.map(([bucket, hours], index) => {
      const lower = index === 0 ? null : (ageBoundsHours[index - 1]?.[1] ?? 0);
      const condition = `${ageMs} < ${hours * 3_600_000}${lower === null ? '' : ` and ${ageMs} >= ${lower * 3_600_000}`}`;
      return `'${bucket}', count(*) filter (where ${condition})`;
    }),
    `'over_7d', count(*) filter (where ${ageMs} >= ${168 * 3_600_000})`,
  ];
  return queryJsonRows<BacklogRow>(
    executor,
    `select jsonb_build_object(
       'category', t.category, 'status', t.status, 'count', count(*),
       'unassigned', count(*) filter (where t.assignee_id is null),
       'ages', jsonb_build_object(${ageColumns.join(', ')})
     ) as json_row
     from tickets t
     where ${openStatusesSql} and ${categoryFilter('$1')}
     group by t.category, t.status
     order by t.category nulls last, t.status`,
    [window.categories, window.now],
  );
}

/** What the SLA arithmetic needs of an open ticket (shared/sla/clock.ts `SlaTicket`, as stored). */
export interface SlaCandidateRow {
  category: string | null;
  priority: TicketPriority;
  status: TicketStatus;
  created_at: string;
  first_response_at: string | null;
  solved_at: string | null;
  updated_at: string;
  sla_paused_ms: number;
  sla_paused_since: string | null;
  /** Finished pauses and the routed team, for business time (migration 0046). */
  sla_paused_spans?: [number, number][] | null;
  routing_team_id?: string | null;
}

/**
 * The open tickets whose SLA may need attention now: a superset, narrowed in SQL so only a few rows travel,
 * that shared/sla/attention.ts then judges exactly (the queue's definition; the SQL never decides alone).
 * Kept: an unanswered first response with less than `atRiskShare` of its target left, or a resolution clock
 * with less than that left as of its pause (or now, when it runs). Business time (a team's calendar) never
 * counts more than wall-clock time, so the superset holds for those clocks too.
 */
export async function readSlaCandidates(
  executor: SqlExecutor,
  window: MetricsWindow,
  targets: readonly SlaTargetRow[],
  atRiskShare: number,
): Promise<SlaCandidateRow[]> {
  const ageMs = millisecondsBetween('$2::timestamptz', 't.created_at');
  const pausedSince = `coalesce(t.sla_paused_since, case when t.status = 'awaiting_customer'
    then coalesce(t.solved_at, t.updated_at) end, $2::timestamptz)`;
  const firstResponseNear = `(t.first_response_at is null
    and ${firstResponseTargetSql} - ${ageMs} < $4::float8 * ${firstResponseTargetSql})`;
  const resolutionNear = `(${resolutionTargetSql}
    - (${millisecondsBetween(pausedSince, 't.created_at')} - t.sla_paused_ms) < $4::float8 * ${resolutionTargetSql})`;
  return queryJsonRows<SlaCandidateRow>(
    executor,
    `with ${slaTargetsCte('$3')}
     select jsonb_build_object(
       'category', t.category, 'priority', t.priority, 'status', t.status, 'created_at', t.created_at,
       'first_response_at', t.first_response_at, 'solved_at', t.solved_at, 'updated_at', t.updated_at,
       'sla_paused_ms', t.sla_paused_ms, 'sla_paused_since', t.sla_paused_since,
       'sla_paused_spans', t.sla_paused_spans, 'routing_team_id', t.routing_team_id
     ) as json_row
     from tickets t ${slaTargetsJoin('t')}
     where ${openStatusesSql} and ${categoryFilter('$1')} and (${firstResponseNear} or ${resolutionNear})`,
    [window.categories, window.now, JSON.stringify(targets), atRiskShare],
  );
}

/** One bucket of the flow series. */
export interface FlowRow {
  at: string;
  incoming: number;
  solved: number;
}

/**
 * Incoming (created) and solved tickets per UTC hour or day of the range, every bucket present (zeros
 * included). Solved counts solve events (a ticket solved, reopened and solved again counts twice).
 */
export async function readFlow(executor: SqlExecutor, window: MetricsWindow): Promise<FlowRow[]> {
  const step = window.bucket === 'hour' ? '1 hour' : '24 hours';
  const flowEvents = eventCategoryJoin(window.categories, '$4');
  return queryJsonRows<FlowRow>(
    executor,
    `with buckets as (
       select generate_series(date_trunc($3::text, $1::timestamptz, 'UTC'),
                              $2::timestamptz - interval '1 millisecond', interval '${step}') as at
     ),
     incoming as (
       select date_trunc($3::text, t.created_at, 'UTC') as at, count(*) as count from tickets t
       where t.created_at >= $1::timestamptz and t.created_at < $2::timestamptz and ${categoryFilter('$4')}
       group by 1
     ),
     solved as (
       select date_trunc($3::text, e.at, 'UTC') as at, count(*) as count
       from ticket_events e ${flowEvents.join}
       where e.kind = 'solved' and e.at >= $1::timestamptz and e.at < $2::timestamptz and ${flowEvents.condition}
       group by 1
     )
     select jsonb_build_object(
       'at', to_char(b.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       'incoming', coalesce(i.count, 0), 'solved', coalesce(s.count, 0)
     ) as json_row
     from buckets b left join incoming i on i.at = b.at left join solved s on s.at = b.at
     order by b.at`,
    [window.from, window.to, window.bucket, window.categories],
  );
}

/** Median and p90 of one measure for one group. */
export interface DurationRow {
  measure: 'first_response' | 'resolution';
  /** 'category' or 'agent': which grouping the row belongs to. */
  grouping: 'category' | 'agent';
  key: string | null;
  count: number;
  median_ms: number | null;
  p90_ms: number | null;
}

/**
 * First-response times of tickets first answered in the range and resolution times of tickets solved in
 * it, median and p90, per category and per assignee (one pass with grouping sets).
 */
export async function readDurations(executor: SqlExecutor, window: MetricsWindow): Promise<DurationRow[]> {
  return queryJsonRows<DurationRow>(
    executor,
    `with measured as (
       select 'first_response' as measure, t.category, t.assignee_id,
              ${millisecondsBetween('t.first_response_at', 't.created_at')} as ms
       from tickets t
       where t.first_response_at >= $1::timestamptz and t.first_response_at < $2::timestamptz
         and ${categoryFilter('$3')}
       union all
       select 'resolution', t.category, t.assignee_id, ${resolutionMsSql}
       from tickets t
       where t.solved_at >= $1::timestamptz and t.solved_at < $2::timestamptz
         and t.status in ('solved', 'closed') and t.merged_into_ticket_id is null and ${categoryFilter('$3')}
     )
     select jsonb_build_object(
       'measure', measure,
       'grouping', case when grouping(category) = 0 then 'category' else 'agent' end,
       'key', case when grouping(category) = 0 then category else assignee_id::text end,
       'count', count(*),
       'median_ms', percentile_cont(0.5) within group (order by ms),
       'p90_ms', percentile_cont(0.9) within group (order by ms)
     ) as json_row
     from measured
     group by grouping sets ((measure, category), (measure, assignee_id))`,
    [window.from, window.to, window.categories],
  );
}

/** The counts behind the rates. */
export interface RateCounts {
  solved: number;
  breached: number;
  solved_tickets: number;
  reopened: number;
  suggested: number;
  suggestion_kept: number;
  created: number;
  merged: number;
}

/**
 * SLA breaches among tickets solved in the range (either clock past its target), reopenings of tickets
 * solved in the range (a solve event followed by a reopen, at any time since), auto-triage accuracy among
 * tickets created in the range with a suggestion and a final category, and duplicates: tickets created in
 * the range that were merged into another. A merged duplicate is closed, not solved: it counts in none of
 * the solution figures.
 */
export async function readRateCounts(
  executor: SqlExecutor,
  window: MetricsWindow,
  targets: readonly SlaTargetRow[],
): Promise<RateCounts> {
  const solveEvents = eventCategoryJoin(window.categories, '$3');
  const rows = await queryJsonRows<RateCounts>(
    executor,
    `with ${slaTargetsCte('$4')},
     breaches as (
       select count(*) as solved,
              count(*) filter (where ${firstResponseElapsedSql} > ${firstResponseTargetSql}
                                  or ${resolutionMsSql} > ${resolutionTargetSql}) as breached
       from tickets t ${slaTargetsJoin('t')}
       where t.solved_at >= $1::timestamptz and t.solved_at < $2::timestamptz
         and t.status in ('solved', 'closed') and t.merged_into_ticket_id is null and ${categoryFilter('$3')}
     ),
     solves as (
       select e.ticket_id, min(e.at) as first_solved_at
       from ticket_events e ${solveEvents.join}
       where e.kind = 'solved' and e.at >= $1::timestamptz and e.at < $2::timestamptz and ${solveEvents.condition}
       group by e.ticket_id
     ),
     -- Reopenings since the range began are few: one hash join instead of a probe per solved ticket.
     later_reopens as (
       select r.ticket_id, max(r.at) as last_reopened_at from ticket_events r
       where r.kind = 'reopened' and r.at >= $1::timestamptz
       group by r.ticket_id
     ),
     reopens as (
       select count(*) as solved_tickets,
              count(*) filter (where l.last_reopened_at >= s.first_solved_at) as reopened
       from solves s left join later_reopens l on l.ticket_id = s.ticket_id
     ),
     triage as (
       select count(*) as suggested,
              count(*) filter (where t.suggested_category ->> 'category' = t.category) as suggestion_kept
       from tickets t
       where t.created_at >= $1::timestamptz and t.created_at < $2::timestamptz
         and t.suggested_category is not null
         and t.suggested_category ->> 'category' is not null and t.category is not null
         and ${categoryFilter('$3')}
     ),
     duplicates as (
       select count(*) as created,
              count(*) filter (where t.merged_into_ticket_id is not null) as merged
       from tickets t
       where t.created_at >= $1::timestamptz and t.created_at < $2::timestamptz and ${categoryFilter('$3')}
     )
     select jsonb_build_object(
       'solved', b.solved, 'breached', b.breached, 'solved_tickets', r.solved_tickets, 'reopened', r.reopened,
       'suggested', g.suggested, 'suggestion_kept', g.suggestion_kept, 'created', d.created, 'merged', d.merged
     ) as json_row
     from breaches b, reopens r, triage g, duplicates d`,
    [window.from, window.to, window.categories, JSON.stringify(targets)],
  );
  const counts = rows[0];
  if (counts === undefined) {
    throw new Error('the rates statement returned no row');
  }
  return counts;
}

/** One agent's load and output. */
export interface AgentRow {
  agent_id: string;
  name: string;
  open_tickets: number;
  /** The capacity a lead set on the agent's routing profile; null when none is stored. */
  capacity: number | null;
  handled: number;
  median_handling_ms: number | null;
}

/**
 * Every active person (not the service's own accounts, not disabled): open tickets assigned now (all
 * categories: capacity is about the whole load), tickets solved in the range while assigned to them, and
 * the median handling time of those: from creation to the solution, minus the time the resolution clock was
 * paused (waiting on the customer). Measured from the first reply instead, every ticket solved by its first
 * answer (most of them) counted 0, and the median read "0 h" for everyone.
 */
export async function readAgents(executor: SqlExecutor, window: MetricsWindow): Promise<AgentRow[]> {
  const handlingMs = resolutionMsSql;
  return queryJsonRows<AgentRow>(
    executor,
    `with open_load as (
       select t.assignee_id, count(*) as open_tickets from tickets t
       where ${openStatusesSql} and t.assignee_id is not null
       group by t.assignee_id
     ),
     handled as (
       select t.assignee_id, count(*) as handled,
              percentile_cont(0.5) within group (order by ${handlingMs}) as median_ms
       from tickets t
       where t.solved_at >= $1::timestamptz and t.solved_at < $2::timestamptz
         and t.status in ('solved', 'closed') and t.assignee_id is not null and t.merged_into_ticket_id is null
         and ${categoryFilter('$3')}
       group by t.assignee_id
     )
     select jsonb_build_object(
       'agent_id', a.id::text, 'name', a.name, 'open_tickets', coalesce(l.open_tickets, 0),
       'capacity', p.capacity, 'handled', coalesce(h.handled, 0), 'median_handling_ms', h.median_ms
     ) as json_row
     from agents a
     left join open_load l on l.assignee_id = a.id
     left join handled h on h.assignee_id = a.id
     left join agent_routing_profiles p on p.agent_id = a.id
     where not a.is_system and not a.is_disabled
     order by a.name, a.id`,
    [window.from, window.to, window.categories],
  );
}

/** One category's recent and baseline counts for spike spotting. */
export interface SpikeRow {
  category: string | null;
  recent: number;
  baseline: number;
}

/**
 * Per category, tickets created in the `windowHours` before `end` and in the `baselineDays` before that
 * window.
 */
export async function readSpikeCounts(
  executor: SqlExecutor,
  window: MetricsWindow,
  rule: { end: string; windowHours: number; baselineDays: number },
): Promise<SpikeRow[]> {
  return queryJsonRows<SpikeRow>(
    executor,
    `select jsonb_build_object(
       'category', t.category,
       'recent', count(*) filter (where t.created_at >= $1::timestamptz - make_interval(hours => $2::int)),
       'baseline', count(*) filter (where t.created_at < $1::timestamptz - make_interval(hours => $2::int))
     ) as json_row
     from tickets t
     where t.created_at >= $1::timestamptz - make_interval(hours => $2::int) - make_interval(days => $3::int)
       and t.created_at < $1::timestamptz and ${categoryFilter('$4')}
     group by t.category
     order by t.category nulls last`,
    [rule.end, rule.windowHours, rule.baselineDays, window.categories],
  );
}
