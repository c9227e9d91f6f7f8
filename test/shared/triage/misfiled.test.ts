import { describe, expect, it } from 'vitest';
import { isPossiblyMisfiled } from '../../../shared/triage/misfiled';

describe('isPossiblyMisfiled', () => {
  const confident = { category: 'cards', confidence: 0.93 };

  it('marks a customer category that a confident suggestion contradicts', () => {
    expect(isPossiblyMisfiled('trading', confident, 0.8)).toBe(true);
    expect(isPossiblyMisfiled('trading', { category: 'cards', confidence: 0.8 }, 0.8)).toBe(true);
  });

  it('does not mark agreement, a suggestion under the threshold, or no suggestion', () => {
    expect(isPossiblyMisfiled('cards', confident, 0.8)).toBe(false);
    expect(isPossiblyMisfiled('trading', { category: 'cards', confidence: 0.79 }, 0.8)).toBe(false);
    expect(isPossiblyMisfiled('trading', null, 0.8)).toBe(false);
  });

  it('does not mark a ticket without a customer category', () => {
    expect(isPossiblyMisfiled(null, confident, 0.8)).toBe(false);
  });
});
