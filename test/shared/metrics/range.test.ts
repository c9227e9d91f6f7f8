import { describe, expect, it } from 'vitest';
import { isRangeProblem, resolveMetricsRange } from '../../../shared/metrics/range';
import { baselineAverage, isSpike } from '../../../shared/metrics/spikes';

const now = Date.parse('2026-03-10T12:00:00Z');
const day = 86_400_000;

describe('resolveMetricsRange', () => {
  it('defaults to the 7 days before now, in days', () => {
    expect(resolveMetricsRange({}, now)).toEqual({ fromMs: now - 7 * day, toMs: now, bucket: 'day' });
  });

  it('uses hours for up to 3 days unless asked otherwise', () => {
    const from = '2026-03-08T12:00:00Z';
    expect(resolveMetricsRange({ from }, now)).toMatchObject({ bucket: 'hour' });
    expect(resolveMetricsRange({ from, bucket: 'day' }, now)).toMatchObject({ bucket: 'day' });
  });

  it('refuses reversed, overlong and too finely bucketed ranges', () => {
    const problems = [
      resolveMetricsRange({ from: '2026-03-11T00:00:00Z' }, now),
      resolveMetricsRange({ from: '2024-01-01T00:00:00Z' }, now),
      resolveMetricsRange({ from: '2026-01-01T00:00:00Z', bucket: 'hour' }, now),
    ];
    expect(problems.map((problem) => (isRangeProblem(problem) ? problem.field : null))).toEqual([
      'from',
      'from',
      'bucket',
    ]);
  });
});

describe('spike rule', () => {
  it('needs five tickets and three times the trailing average per 3-hour window', () => {
    expect(baselineAverage(56)).toBe(1);
    expect(isSpike(5, 1)).toBe(true);
    expect(isSpike(4, 0)).toBe(false);
    expect(isSpike(5, 2)).toBe(false);
    expect(isSpike(6, 2)).toBe(true);
  });
});
