import type { MetricsBucket } from '../domain/metrics-schemas';

const bucketMs: Record<MetricsBucket, number> = { hour: 3_600_000, day: 86_400_000 };

/**
 * Whether a flow bucket starting at `at` lies only partly inside the range `from`…`to`: the first bucket of
 * a range that starts mid-day, and the bucket still running at its end. Its counts cover part of the bucket,
 * so the chart marks it instead of drawing it as a drop.
 */
export function isPartialBucket(at: string, bucket: MetricsBucket, from: string, to: string): boolean {
  const start = Date.parse(at);
  return start < Date.parse(from) || start + bucketMs[bucket] > Date.parse(to);
}
