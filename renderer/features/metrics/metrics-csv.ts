import type { Metrics } from '../../../shared/domain/metrics-schemas';
import { toCsv, type CsvCell } from '../../../shared/metrics/csv';
import { toHours } from './metrics-range';

/** The charts of the Metrics page, each exportable as CSV. */
export const metricsCharts = [
  'flow',
  'backlog-category',
  'backlog-age',
  'response-category',
  'response-agent',
  'response-category-business',
  'response-agent-business',
  'agents',
  'spikes',
  'language-quality',
] as const;
export type MetricsChart = (typeof metricsCharts)[number];

/**
 * The data behind one chart as CSV. Column names are stable snake_case identifiers (not translated) so a
 * spreadsheet or script reading the export does not depend on the console's language; durations in hours.
 */
export function chartCsv(chart: MetricsChart, metrics: Metrics): string {
  const [header, rows] = chartTable(chart, metrics);
  return toCsv(header, rows);
}

function chartTable(chart: MetricsChart, metrics: Metrics): [string[], CsvCell[][]] {
  switch (chart) {
    case 'flow':
      return [
        ['bucket_start', 'incoming', 'solved'],
        metrics.flow.map((point) => [point.at, point.incoming, point.solved]),
      ];
    case 'backlog-category':
      return [
        ['category', 'status', 'tickets'],
        metrics.backlog.by_category_status.map((row) => [row.category ?? '', row.status, row.count]),
      ];
    case 'backlog-age':
      return [['age', 'tickets'], metrics.backlog.by_age.map((row) => [row.age, row.count])];
    case 'response-category':
    case 'response-agent':
    case 'response-category-business':
    case 'response-agent-business': {
      const isByCategory = chart === 'response-category' || chart === 'response-category-business';
      const all = isByCategory ? metrics.response_times.by_category : metrics.response_times.by_agent;
      // The business-hours charts: the same columns, in business time, for the rows that have it.
      const rows = chart.endsWith('-business')
        ? all.flatMap((row) => (row.business_time ? [{ ...row, ...row.business_time }] : []))
        : all;
      return [
        [
          isByCategory ? 'category' : 'agent',
          'first_responses',
          'first_response_median_hours',
          'first_response_p90_hours',
          'resolutions',
          'resolution_median_hours',
          'resolution_p90_hours',
        ],
        rows.map((row) => [
          row.name ?? row.key ?? '',
          row.first_response.count,
          toHours(row.first_response.median_ms),
          toHours(row.first_response.p90_ms),
          row.resolution.count,
          toHours(row.resolution.median_ms),
          toHours(row.resolution.p90_ms),
        ]),
      ];
    }
    case 'agents':
      return [
        ['agent', 'open_tickets', 'capacity', 'handled', 'median_handling_hours', 'online'],
        metrics.agents.map((agent) => [
          agent.name,
          agent.open_tickets,
          agent.capacity,
          agent.handled,
          toHours(agent.median_handling_ms),
          agent.online,
        ]),
      ];
    case 'spikes':
      return [
        ['category', 'last_window_tickets', 'trailing_average_per_window', 'flagged'],
        metrics.spikes.categories.map((row) => [
          row.category ?? '',
          row.recent,
          Math.round(row.baseline_average * 100) / 100,
          row.flagged,
        ]),
      ];
    case 'language-quality':
      return [
        [
          'language',
          'tickets',
          'triage_judged',
          'triage_kept',
          'triage_kept_rate',
          'duplicate_offers',
          'duplicate_merged',
          'duplicate_dismissed',
          'duplicate_pending',
          'duplicate_merged_rate',
          'checklist_corrections',
          'checklist_corrected_tickets',
          'checklist_corrections_per_100_tickets',
        ],
        (metrics.quality_by_language ?? []).map((row) => [
          row.language,
          row.tickets,
          row.triage.total,
          row.triage.count,
          roundedRate(row.triage.rate),
          row.duplicates.offers,
          row.duplicates.merged,
          row.duplicates.dismissed,
          row.duplicates.pending,
          roundedRate(row.duplicates.acceptance.rate),
          row.checklist.corrections,
          row.checklist.corrected_tickets,
          row.checklist.per_100_tickets === null
            ? null
            : Math.round(row.checklist.per_100_tickets * 100) / 100,
        ]),
      ];
  }
}

/** A share in 0…1 to four decimals, or an empty cell when nothing was measured. */
function roundedRate(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 10_000) / 10_000;
}

/** The file name of a chart's export: `metrics-flow-2026-03-10.csv` (the range's end day). */
export function chartFileName(chart: MetricsChart, metrics: Metrics): string {
  return `metrics-${chart}-${metrics.range.to.slice(0, 10)}.csv`;
}

/** Hands `csv` to the browser as a file download (a UTF-8 BOM first, so spreadsheets read Korean and Chinese). */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
