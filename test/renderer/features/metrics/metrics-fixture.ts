import { emptyQualityCounts, languageQuality } from '../../../../shared/metrics/quality';
import type { Metrics } from '../../../../shared/domain/metrics-schemas';

const hour = 3_600_000;

/** A small dashboard answer, as the service would send it. */
export function sampleMetrics(overrides: Partial<Metrics> = {}): Metrics {
  return {
    generated_at: '2026-03-10T12:00:00.000Z',
    range: { from: '2026-03-08T00:00:00.000Z', to: '2026-03-10T12:00:00.000Z', bucket: 'day' },
    category: null,
    backlog: {
      total: 1234,
      unassigned: 7,
      at_risk: 2,
      by_category_status: [
        { category: 'kyc', status: 'open', count: 1 },
        { category: null, status: 'new', count: 1233 },
      ],
      by_age: [
        { age: 'under_1h', count: 1 },
        { age: '1h_4h', count: 0 },
        { age: '4h_24h', count: 0 },
        { age: '1d_3d', count: 0 },
        { age: '3d_7d', count: 0 },
        { age: 'over_7d', count: 1233 },
      ],
    },
    flow: [
      { at: '2026-03-08T00:00:00Z', incoming: 3, solved: 1 },
      { at: '2026-03-09T00:00:00Z', incoming: 0, solved: 2 },
      { at: '2026-03-10T00:00:00Z', incoming: 5, solved: 0 },
    ],
    response_times: {
      by_category: [
        {
          key: 'kyc',
          name: null,
          first_response: { count: 2, median_ms: 2.5 * hour, p90_ms: 3.7 * hour },
          resolution: { count: 0, median_ms: null, p90_ms: null },
        },
      ],
      by_agent: [
        {
          key: 'agent-1',
          name: 'Kim, "Minji"',
          first_response: { count: 1, median_ms: hour, p90_ms: hour },
          resolution: { count: 1, median_ms: 8 * hour, p90_ms: 8 * hour },
        },
      ],
    },
    rates: {
      sla_breach: { count: 1, total: 4, rate: 0.25 },
      reopen: { count: 0, total: 0, rate: null },
      duplicate: null,
      triage_accuracy: null,
    },
    agents: [
      {
        agent_id: 'agent-1',
        name: 'Kim, "Minji"',
        open_tickets: 30,
        capacity: 25,
        handled: 4,
        median_handling_ms: 1.25 * hour,
        online: null,
      },
    ],
    spikes: {
      window_hours: 3,
      baseline_days: 7,
      categories: [{ category: 'api', recent: 6, baseline_average: 0.25, flagged: true }],
    },
    quality_by_language: languageQuality([
      {
        ...emptyQualityCounts('ko'),
        tickets: 40,
        triage_reviewed: 24,
        triage_kept: 21,
        duplicate_offers: 5,
        duplicate_merged: 2,
        duplicate_dismissed: 1,
        checklist_corrections: 3,
        checklist_corrected_tickets: 2,
      },
      { ...emptyQualityCounts('en'), tickets: 12, triage_reviewed: 3, triage_kept: 3 },
    ]),
    ...overrides,
  };
}
