import {
  backlogAgeBuckets,
  type DurationStats,
  type Metrics,
  type MetricsQuery,
  type MetricsRate,
  type ResponseTimesRow,
} from '../../shared/domain/metrics-schemas';
import { businessResponseTimes, type BusinessDurationsByKey } from '../../shared/metrics/business-durations';
import { isRangeProblem, resolveMetricsRange, type MetricsRange } from '../../shared/metrics/range';
import { languageQuality } from '../../shared/metrics/quality';
import { baselineAverage, isSpike, spikeRule } from '../../shared/metrics/spikes';
import { defaultCapacity } from '../../shared/routing/route';
import { slaAttention } from '../../shared/sla/attention';
import { computeSla, slaAtRiskShare } from '../../shared/sla/clock';
import type { SlaPolicy } from '../../shared/sla/policy';
import { noTeamCalendars, type TeamCalendars } from '../storage/team-calendars';
import type { SqlExecutor } from '../storage/database';
import { effectivePausedSince } from '../storage/rows';
import {
  readAgents,
  readBacklog,
  readDurations,
  readSlaCandidates,
  readFlow,
  readRateCounts,
  readSpikeCounts,
  type DurationRow,
  type MetricsWindow,
  type SlaCandidateRow,
} from './metrics-queries';
import { readBusinessMeasuredTickets } from './business-durations-query';
import { readQualityCounts } from './quality-query';
import { slaTargetRows } from './sla-targets';

/** A routing team the request narrows to: the categories it owns and its members. */
export interface MetricsTeam {
  id: string;
  categories: readonly string[];
  memberIds: readonly string[];
}

/**
 * The categories the statements keep: the one asked for, the team's, both (their intersection, maybe
 * empty), or null for all.
 */
function categoriesOf(category: string | null, team: MetricsTeam | null): readonly string[] | null {
  if (team === null) {
    return category === null ? null : [category];
  }
  if (category === null) {
    return team.categories;
  }
  return team.categories.includes(category) ? [category] : [];
}

/** What `readMetrics` needs besides the database. */
export interface MetricsContext {
  range: MetricsRange;
  category: string | null;
  /** Only this team's categories, and its members in the agent tables; null for every team. */
  team: MetricsTeam | null;
  /** The service's clock, milliseconds since the epoch. */
  now: number;
  policy: SlaPolicy;
  /** The teams' business calendars (migration 0046): clocks count as the queue's do. */
  calendars?: TeamCalendars;
  /** Agents connected to the live socket now, or null when the service cannot tell. */
  onlineAgentIds: ReadonlySet<string> | null;
}

/**
 * Breached and at-risk open tickets among the candidates, judged by shared/sla/attention.ts at `now`: the
 * queue's Breached and At risk views count the same tickets.
 */
function countSlaAttention(
  rows: readonly SlaCandidateRow[],
  policy: SlaPolicy,
  now: number,
  calendars: TeamCalendars,
): { breached: number; at_risk: number } {
  const counts = { breached: 0, at_risk: 0 };
  for (const row of rows) {
    const sla = computeSla({
      policy,
      now,
      calendar: calendars.calendarFor(row.routing_team_id, row.category),
      ticket: {
        category: row.category,
        priority: row.priority,
        status: row.status,
        created_at: row.created_at,
        first_response_at: row.first_response_at,
        solved_at: row.solved_at,
        paused_ms: Number(row.sla_paused_ms),
        // As the ticket reads: bulk-written rows awaiting the customer have no pause start of their own.
        paused_since: effectivePausedSince(row),
        paused_spans: (row.sla_paused_spans ?? []).map(([start, end]) => ({
          start: Number(start),
          end: Number(end),
        })),
      },
    });
    const judged = slaAttention({ status: row.status, sla }, now);
    if (judged !== null) {
      counts[judged] += 1;
    }
  }
  return counts;
}

function rate(count: number, total: number): MetricsRate {
  return { count, total, rate: total === 0 ? null : count / total };
}

const noDurations: DurationStats = { count: 0, median_ms: null, p90_ms: null };

function statsOf(row: DurationRow | undefined): DurationStats {
  return row === undefined ? noDurations : { count: row.count, median_ms: row.median_ms, p90_ms: row.p90_ms };
}

/** Rows of one grouping, first response and resolution side by side, in key order (null last). */
function responseTimes(
  rows: readonly DurationRow[],
  grouping: DurationRow['grouping'],
  nameOf: (key: string | null) => string | null,
  business: BusinessDurationsByKey,
): ResponseTimesRow[] {
  const byKey = new Map<string | null, { first?: DurationRow; resolution?: DurationRow }>();
  for (const row of rows.filter((candidate) => candidate.grouping === grouping)) {
    const entry = byKey.get(row.key) ?? {};
    if (row.measure === 'first_response') {
      entry.first = row;
    } else {
      entry.resolution = row;
    }
    byKey.set(row.key, entry);
  }
  return [...byKey]
    .sort(([left], [right]) =>
      left === null ? 1 : right === null ? -1 : (nameOf(left) ?? left).localeCompare(nameOf(right) ?? right),
    )
    .map(([key, entry]) => ({
      key,
      name: nameOf(key),
      first_response: statsOf(entry.first),
      resolution: statsOf(entry.resolution),
      business_time: business.get(key) ?? null,
    }));
}

/**
 * The whole dashboard: every statement runs at once (a PostgreSQL pool answers them in parallel; PGlite
 * queues them), then the rows are shaped into the wire answer.
 */
export async function readMetrics(executor: SqlExecutor, context: MetricsContext): Promise<Metrics> {
  const window: MetricsWindow = {
    from: new Date(context.range.fromMs).toISOString(),
    to: new Date(context.range.toMs).toISOString(),
    bucket: context.range.bucket,
    categories: categoriesOf(context.category, context.team),
    now: new Date(context.now).toISOString(),
  };
  const targets = slaTargetRows(context.policy);
  const spikeEnd = new Date(Math.min(context.range.toMs, context.now)).toISOString();
  const calendars = context.calendars ?? noTeamCalendars;
  const [backlog, slaCandidates, flow, durations, counts, agents, spikes, quality, measured] =
    await Promise.all([
      readBacklog(executor, window),
      readSlaCandidates(executor, window, targets, slaAtRiskShare),
      readFlow(executor, window),
      readDurations(executor, window),
      readRateCounts(executor, window, targets),
      readAgents(executor, window),
      readSpikeCounts(executor, window, { end: spikeEnd, ...spikeRule }),
      readQualityCounts(executor, window),
      readBusinessMeasuredTickets(executor, window, calendars),
    ]);
  const business = businessResponseTimes(measured);
  const agentNames = new Map(agents.map((agent) => [agent.agent_id, agent.name]));
  // A team's view lists its members only; unassigned tickets of its categories still count.
  const members = context.team === null ? null : new Set(context.team.memberIds);
  const isShown = (agentId: string | null): boolean =>
    members === null || agentId === null || members.has(agentId);
  const ages = Object.fromEntries(backlogAgeBuckets.map((age) => [age, 0])) as Record<
    (typeof backlogAgeBuckets)[number],
    number
  >;
  for (const row of backlog) {
    for (const age of backlogAgeBuckets) {
      ages[age] += row.ages[age];
    }
  }
  const sum = (pick: (row: (typeof backlog)[number]) => number): number =>
    backlog.reduce((total, row) => total + pick(row), 0);
  const attention = countSlaAttention(slaCandidates, context.policy, context.now, calendars);
  return {
    generated_at: window.now,
    range: { from: window.from, to: window.to, bucket: window.bucket },
    category: context.category,
    team: context.team?.id ?? null,
    backlog: {
      total: sum((row) => row.count),
      unassigned: sum((row) => row.unassigned),
      at_risk: attention.at_risk,
      breached: attention.breached,
      by_category_status: backlog.map((row) => ({
        category: row.category,
        status: row.status,
        count: row.count,
      })),
      by_age: backlogAgeBuckets.map((age) => ({ age, count: ages[age] })),
    },
    flow,
    response_times: {
      by_category: responseTimes(durations, 'category', () => null, business.byCategory),
      by_agent: responseTimes(
        durations.filter((row) => isShown(row.key)),
        'agent',
        (key) => (key === null ? null : (agentNames.get(key) ?? null)),
        business.byAgent,
      ),
    },
    rates: {
      sla_breach: rate(counts.breached, counts.solved),
      reopen: rate(counts.reopened, counts.solved_tickets),
      duplicate: rate(counts.merged, counts.created),
      triage_accuracy: counts.suggested === 0 ? null : rate(counts.suggestion_kept, counts.suggested),
    },
    agents: agents
      .filter((agent) => isShown(agent.agent_id))
      .map((agent) => ({
        agent_id: agent.agent_id,
        name: agent.name,
        open_tickets: agent.open_tickets,
        capacity: agent.capacity ?? defaultCapacity,
        handled: agent.handled,
        median_handling_ms: agent.median_handling_ms,
        online: context.onlineAgentIds === null ? null : context.onlineAgentIds.has(agent.agent_id),
      })),
    spikes: {
      window_hours: spikeRule.windowHours,
      baseline_days: spikeRule.baselineDays,
      categories: spikes.map((row) => {
        const average = baselineAverage(row.baseline);
        return {
          category: row.category,
          recent: row.recent,
          baseline_average: average,
          flagged: isSpike(row.recent, average),
        };
      }),
    },
    quality_by_language: languageQuality(quality),
  };
}

/** A metrics request as the route hands it over: the validated query, its team resolved, who is online. */
export interface MetricsRequest {
  query: MetricsQuery;
  /** The team `query.team` names (the route checked it exists); absent or null for every team. */
  team?: MetricsTeam | null;
  onlineAgentIds: ReadonlySet<string> | null;
}

/** A range `resolveMetricsRange` refused; the route answers 400 with `field`. */
export class MetricsRangeError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'MetricsRangeError';
  }
}

/** Resolves the request's range against `now`, then reads the dashboard. */
export async function readMetricsAt(
  executor: SqlExecutor,
  request: MetricsRequest,
  now: number,
  policy: SlaPolicy,
  calendars: TeamCalendars = noTeamCalendars,
): Promise<Metrics> {
  const range = resolveMetricsRange(request.query, now);
  if (isRangeProblem(range)) {
    throw new MetricsRangeError(range.message, range.field);
  }
  return readMetrics(executor, {
    range,
    category: request.query.category ?? null,
    team: request.team ?? null,
    now,
    policy,
    calendars,
    onlineAgentIds: request.onlineAgentIds,
  });
}
