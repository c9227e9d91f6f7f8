import type { MetricsBucket } from '../../../shared/domain/metrics-schemas';

/** The ranges the page offers: the last day (hourly), week and 30 days (daily). */
export const rangeChoices = ['24h', '7d', '30d'] as const;
export type RangeChoice = (typeof rangeChoices)[number];

const hourMs = 3_600_000;
const lengths: Record<RangeChoice, { ms: number; bucket: MetricsBucket }> = {
  '24h': { ms: 24 * hourMs, bucket: 'hour' },
  '7d': { ms: 7 * 24 * hourMs, bucket: 'day' },
  '30d': { ms: 30 * 24 * hourMs, bucket: 'day' },
};

/** The from/to/bucket of a range choice ending at `nowMs`. */
export function rangeFor(
  choice: RangeChoice,
  nowMs: number,
): { from: string; to: string; bucket: MetricsBucket } {
  const { ms, bucket } = lengths[choice];
  return { from: new Date(nowMs - ms).toISOString(), to: new Date(nowMs).toISOString(), bucket };
}

/** Milliseconds as hours with one decimal (the unit every duration chart uses). */
export function toHours(ms: number | null): number | null {
  return ms === null ? null : Math.round((ms / hourMs) * 10) / 10;
}
