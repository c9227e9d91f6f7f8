import { describe, expect, it } from 'vitest';
import { checklistKeys, requiredItemsFor, unanalyzedChecklist } from '../../../shared/checklist/items';

describe('unanalyzedChecklist', () => {
  it('lists every contract key once, none marked present', () => {
    const checklist = unanalyzedChecklist('deposit_withdrawal');
    expect(checklist.items.map((item) => item.key)).toEqual([...checklistKeys]);
    expect(checklist.items.every((item) => !item.present && item.evidence === null)).toBe(true);
    expect(checklist.analyzed).toBe(false);
  });

  it('marks the items a category requires', () => {
    const required = unanalyzedChecklist('deposit_withdrawal')
      .items.filter((item) => item.required)
      .map((item) => item.key);
    expect(required).toEqual(['transaction_id', 'occurred_at']);
  });

  it('requires nothing for an unknown or missing category', () => {
    expect(requiredItemsFor(null)).toEqual([]);
    expect(requiredItemsFor('toString')).toEqual([]);
    expect(unanalyzedChecklist('no_such_category').items.some((item) => item.required)).toBe(false);
  });
});
