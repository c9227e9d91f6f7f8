import { describe, expect, it } from 'vitest';
import { createGroupCommit } from '../../../server/storage/group-commit';

/** A group commit over a fake writer that records its groups and fails any group holding a negative item. */
function fakeGroupCommit(
  options: {
    maxItems?: number;
    maxWeight?: number;
    onCommitted?: () => void;
    isLarge?: (item: number) => boolean;
    largeItemWaitMs?: number;
  } = {},
) {
  const groups: number[][] = [];
  let commits = 0;
  const submit = createGroupCommit<number, string>({
    maxItems: options.maxItems ?? 200,
    maxWeight: options.maxWeight ?? Number.POSITIVE_INFINITY,
    weightOf: (item) => Math.abs(item),
    write: async (items) => {
      groups.push([...items]);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (items.some((item) => item < 0)) {
        throw new Error(`bad item in ${items.join(',')}`);
      }
      return items.map((item) => `stored ${item}`);
    },
    onCommitted: () => {
      commits += 1;
      options.onCommitted?.();
    },
    ...(options.isLarge ? { isLarge: options.isLarge } : {}),
    ...(options.largeItemWaitMs === undefined ? {} : { largeItemWaitMs: options.largeItemWaitMs }),
  });
  return { submit, groups, commits: () => commits };
}

describe('group commit', () => {
  it('writes items submitted together in one group and resolves each with its own result', async () => {
    const { submit, groups, commits } = fakeGroupCommit();
    const results = await Promise.all([1, 2, 3, 4, 5].map(submit));
    expect(results).toEqual(['stored 1', 'stored 2', 'stored 3', 'stored 4', 'stored 5']);
    expect(groups).toEqual([[1, 2, 3, 4, 5]]);
    expect(commits()).toBe(1);
  });

  it('queues items that arrive while a write is in flight for the next group, in order', async () => {
    const { submit, groups } = fakeGroupCommit();
    const first = submit(1);
    await new Promise((resolve) => setTimeout(resolve, 1));
    const later = [2, 3, 4].map(submit);
    expect(await Promise.all([first, ...later])).toEqual(['stored 1', 'stored 2', 'stored 3', 'stored 4']);
    expect(groups).toEqual([[1], [2, 3, 4]]);
  });

  it('bounds a group by count and by weight, writing an overweight item alone', async () => {
    const counted = fakeGroupCommit({ maxItems: 2 });
    await Promise.all([1, 2, 3, 4, 5].map(counted.submit));
    expect(counted.groups).toEqual([[1, 2], [3, 4], [5]]);
    const weighed = fakeGroupCommit({ maxWeight: 10 });
    await Promise.all([4, 5, 20, 3, 3, 3, 3].map(weighed.submit));
    expect(weighed.groups).toEqual([[4, 5], [20], [3, 3, 3], [3]]);
  });

  it('retries a failed group one by one, so only the bad item fails', async () => {
    const { submit, groups, commits } = fakeGroupCommit();
    const outcomes = await Promise.allSettled([1, 2, -3, 4].map(submit));
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(outcomes[2]).toMatchObject({ reason: new Error('bad item in -3') });
    expect(groups).toEqual([[1, 2, -3, 4], [1], [2], [-3], [4]]);
    expect(commits()).toBe(3);
  });

  it('keeps going when the commit callback throws', async () => {
    const { submit } = fakeGroupCommit({
      onCommitted: () => {
        throw new Error('doorbell broke');
      },
    });
    expect(await Promise.all([1, 2].map(submit))).toEqual(['stored 1', 'stored 2']);
    expect(await submit(3)).toBe('stored 3');
  });

  it('writes large items alone, after the ordinary items queued with them', async () => {
    const { submit, groups } = fakeGroupCommit({ isLarge: (item) => item >= 1000 });
    const results = await Promise.all([1000, 2000, 1, 3000, 2, 3].map(submit));
    expect(results).toEqual([
      'stored 1000',
      'stored 2000',
      'stored 1',
      'stored 3000',
      'stored 2',
      'stored 3',
    ]);
    expect(groups).toEqual([[1, 2, 3], [1000], [2000], [3000]]);
    // Ordinary items that arrive while a large one is written go before the large ones still waiting.
    const later = fakeGroupCommit({ isLarge: (item) => item >= 1000 });
    const first = [1000, 2000].map(later.submit);
    await new Promise((resolve) => setTimeout(resolve, 1));
    await Promise.all([...first, later.submit(4)]);
    expect(later.groups).toEqual([[1000], [4], [2000]]);
  });

  it('lets a large item that waited too long go before ordinary ones', async () => {
    const { submit, groups } = fakeGroupCommit({ isLarge: (item) => item >= 1000, largeItemWaitMs: 0 });
    await Promise.all([1000, 1, 2].map(submit));
    expect(groups).toEqual([[1000], [1, 2]]);
  });
});
