import { metricsLimits, type MetricsBucket, type MetricsQuery } from '../domain/metrics-schemas';

/** The range of a metrics request once defaults are filled in (milliseconds since the epoch). */
export interface MetricsRange {
  fromMs: number;
  toMs: number;
  bucket: MetricsBucket;
}

/** Why a metrics range is refused, with the query field to blame. */
export interface MetricsRangeProblem {
  field: 'from' | 'to' | 'bucket';
  message: string;
}

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

/** The range when the query names none: the last 7 days, a useful week of flow at a glance. */
export const defaultRangeDays = 7;

/** Ranges up to this long default to hourly buckets; longer ones to daily (a readable number of points). */
const hourlyUpToMs = 3 * dayMs;

/**
 * Fills in a metrics query's defaults against `nowMs` (to = now, from = 7 days before `to`, bucket by
 * length) and checks the result: `from` before `to`, at most a year, at most a month of hourly points.
 */
export function resolveMetricsRange(
  query: Pick<MetricsQuery, 'from' | 'to' | 'bucket'>,
  nowMs: number,
): MetricsRange | MetricsRangeProblem {
  const toMs = query.to === undefined ? nowMs : Date.parse(query.to);
  const fromMs = query.from === undefined ? toMs - defaultRangeDays * dayMs : Date.parse(query.from);
  if (fromMs >= toMs) {
    return { field: 'from', message: 'from: must be before to' };
  }
  if (toMs - fromMs > metricsLimits.maxRangeDays * dayMs) {
    return { field: 'from', message: `from: a range covers at most ${metricsLimits.maxRangeDays} days` };
  }
  const bucket = query.bucket ?? (toMs - fromMs <= hourlyUpToMs ? 'hour' : 'day');
  if (bucket === 'hour' && (toMs - fromMs) / hourMs > metricsLimits.maxHourlyPoints) {
    return {
      field: 'bucket',
      message: `bucket: hourly points cover at most ${metricsLimits.maxHourlyPoints / 24} days; use day`,
    };
  }
  return { fromMs, toMs, bucket };
}

/** True when `resolveMetricsRange` refused the query. */
export function isRangeProblem(range: MetricsRange | MetricsRangeProblem): range is MetricsRangeProblem {
  return 'field' in range;
}
