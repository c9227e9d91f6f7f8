import { metricsSchema, type Metrics, type MetricsBucket } from '../../../shared/domain/metrics-schemas';
import { requestJson } from '../../api/api-client';

/** The filters of the Metrics page as `GET /api/metrics` takes them. */
export interface MetricsFilters {
  from: string;
  to: string;
  /** A category key, or null for all. */
  category: string | null;
  /** A routing team's id, or null for every team. */
  team: string | null;
  bucket: MetricsBucket;
}

/** The query string of `GET /api/metrics` for `filters`. */
export function metricsPath(filters: MetricsFilters): string {
  const search = new URLSearchParams({ from: filters.from, to: filters.to, bucket: filters.bucket });
  if (filters.category !== null) {
    search.set('category', filters.category);
  }
  if (filters.team !== null) {
    search.set('team', filters.team);
  }
  return `/api/metrics?${search.toString()}`;
}

/** `GET /api/metrics` (lead role), validated with the wire schema. */
export function fetchMetrics(serviceUrl: string, token: string, filters: MetricsFilters): Promise<Metrics> {
  return requestJson(serviceUrl, metricsPath(filters), metricsSchema, { token });
}
