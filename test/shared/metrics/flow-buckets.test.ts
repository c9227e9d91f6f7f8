import { describe, expect, it } from 'vitest';
import { isPartialBucket } from '../../../shared/metrics/flow-buckets';
import { isRateMeaningful, minimumRateSample } from '../../../shared/metrics/rates';

describe('partial flow buckets', () => {
  const from = '2026-12-01T09:30:00.000Z';
  const to = '2026-12-08T09:30:00.000Z';

  it('marks the day a range starts in and the day still running, not the whole days between', () => {
    expect(isPartialBucket('2026-12-01T00:00:00.000Z', 'day', from, to)).toBe(true);
    expect(isPartialBucket('2026-12-02T00:00:00.000Z', 'day', from, to)).toBe(false);
    expect(isPartialBucket('2026-12-07T00:00:00.000Z', 'day', from, to)).toBe(false);
    expect(isPartialBucket('2026-12-08T00:00:00.000Z', 'day', from, to)).toBe(true);
  });

  it('works the same for hours', () => {
    expect(isPartialBucket('2026-12-01T09:00:00.000Z', 'hour', from, to)).toBe(true);
    expect(isPartialBucket('2026-12-01T10:00:00.000Z', 'hour', from, to)).toBe(false);
    expect(isPartialBucket('2026-12-08T09:00:00.000Z', 'hour', from, to)).toBe(true);
  });
});

describe('rates need a sample', () => {
  it(`shows a percentage from ${minimumRateSample} tickets on`, () => {
    expect(isRateMeaningful(2)).toBe(false);
    expect(isRateMeaningful(minimumRateSample - 1)).toBe(false);
    expect(isRateMeaningful(minimumRateSample)).toBe(true);
  });
});
