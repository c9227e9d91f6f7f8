import { describe, expect, it } from 'vitest';
import type { Metrics } from '../../../../shared/domain/metrics-schemas';
import { chartCsv, chartFileName, metricsCharts } from '../../../../renderer/features/metrics/metrics-csv';
import { sampleMetrics } from './metrics-fixture';

describe('chart CSV exports', () => {
  const metrics = sampleMetrics();
  const hour = 3_600_000;
  /** The agent's tickets belong to a team with business hours; the kyc row's do not. */
  const withBusiness: Metrics = {
    ...metrics,
    response_times: {
      by_category: metrics.response_times.by_category.map((row) => ({ ...row, business_time: null })),
      by_agent: metrics.response_times.by_agent.map((row) => ({
        ...row,
        business_time: {
          first_response: { count: 1, median_ms: 0.5 * hour, p90_ms: 0.5 * hour },
          resolution: { count: 1, median_ms: 3 * hour, p90_ms: 3 * hour },
        },
      })),
    },
  };

  it('exports the flow series bucket by bucket', () => {
    expect(chartCsv('flow', metrics)).toBe(
      'bucket_start,incoming,solved\r\n2026-03-08T00:00:00Z,3,1\r\n2026-03-09T00:00:00Z,0,2\r\n2026-03-10T00:00:00Z,5,0\r\n',
    );
  });

  it('writes durations in hours, empty where there is no figure, and quotes names', () => {
    const lines = chartCsv('response-agent', metrics).split('\r\n');
    expect(lines[1]).toBe('"Kim, ""Minji""",1,1,1,1,8,8');
    expect(chartCsv('response-category', metrics).split('\r\n')[1]).toBe('kyc,2,2.5,3.7,0,,');
    expect(chartCsv('agents', metrics).split('\r\n')[1]).toBe('"Kim, ""Minji""",30,25,4,1.3,');
  });

  it('exports quality per language with its counts, shares to four decimals and empty cells for none', () => {
    const lines = chartCsv('language-quality', metrics).split('\r\n');
    expect(lines[0]).toBe(
      'language,tickets,triage_judged,triage_kept,triage_kept_rate,duplicate_offers,duplicate_merged,duplicate_dismissed,duplicate_pending,duplicate_merged_rate,checklist_corrections,checklist_corrected_tickets,checklist_corrections_per_100_tickets',
    );
    expect(lines[1]).toBe('ko,40,24,21,0.875,5,2,1,2,0.6667,3,2,7.5');
    expect(lines[3]).toBe('zh,0,0,0,,0,0,0,0,,0,0,');
  });

  it('has a header and a file name for every chart', () => {
    for (const chart of metricsCharts) {
      const data = chart === 'response-category-business' ? businessByCategory() : withBusiness;
      expect(chartCsv(chart, data).split('\r\n').length, chart).toBeGreaterThan(2);
      expect(chartFileName(chart, metrics)).toBe(`metrics-${chart}-2026-03-10.csv`);
    }
  });

  it('exports the business-hours charts with the same columns, for the rows that have business figures', () => {
    const lines = chartCsv('response-agent-business', withBusiness).split('\r\n');
    expect(lines[0]).toBe(chartCsv('response-agent', withBusiness).split('\r\n')[0]);
    expect(lines[1]).toBe('"Kim, ""Minji""",1,0.5,0.5,1,3,3');
    // The calendar-hours export is unchanged.
    expect(chartCsv('response-agent', withBusiness).split('\r\n')[1]).toBe('"Kim, ""Minji""",1,1,1,1,8,8');
    // No category row has business figures: a header alone.
    expect(chartCsv('response-category-business', withBusiness).split('\r\n')).toEqual([
      lines[0]?.replace('agent', 'category'),
      '',
    ]);
  });

  /** The sample with business figures on its kyc row. */
  function businessByCategory(): Metrics {
    return {
      ...withBusiness,
      response_times: {
        ...withBusiness.response_times,
        by_category: withBusiness.response_times.by_category.map((row) => ({
          ...row,
          business_time: {
            first_response: { count: 2, median_ms: hour, p90_ms: 2 * hour },
            resolution: { count: 0, median_ms: null, p90_ms: null },
          },
        })),
      },
    };
  }
});
