import { describe, expect, it } from 'vitest';
import {
  checklistKeys,
  defaultRequiredItems,
  requiredItemsFor,
  unanalyzedChecklist,
  withRequiredItems,
} from '../../../shared/checklist/items';

describe('unanalyzedChecklist', () => {
  it('lists every contract key once, none marked present', () => {
    const checklist = unanalyzedChecklist('deposit_withdrawal', defaultRequiredItems);
    expect(checklist.items.map((item) => item.key)).toEqual([...checklistKeys]);
    expect(checklist.items.every((item) => !item.present && item.evidence === null)).toBe(true);
    expect(checklist.analyzed).toBe(false);
  });

  it('marks the items a category requires', () => {
    const required = unanalyzedChecklist('deposit_withdrawal', defaultRequiredItems)
      .items.filter((item) => item.required)
      .map((item) => item.key);
    expect(required).toEqual(['transaction_id', 'occurred_at']);
  });

  it('requires nothing for an unknown or missing category', () => {
    expect(requiredItemsFor(defaultRequiredItems, null)).toEqual([]);
    expect(requiredItemsFor(defaultRequiredItems, 'toString')).toEqual([]);
    expect(
      unanalyzedChecklist('no_such_category', defaultRequiredItems).items.some((item) => item.required),
    ).toBe(false);
  });
});

describe('rules as a parameter', () => {
  const rules = { deposit_withdrawal: ['device'], vip_desk: ['contact', 'account_id'] } as const;

  it('takes the required items from the rules given, including categories leads created', () => {
    expect(requiredItemsFor(rules, 'deposit_withdrawal')).toEqual(['device']);
    expect(requiredItemsFor(rules, 'vip_desk')).toEqual(['contact', 'account_id']);
    expect(requiredItemsFor(rules, 'kyc')).toEqual([]);
  });

  it('re-flags a stored checklist without touching what was found', () => {
    const stored = {
      analyzed: true,
      items: unanalyzedChecklist('deposit_withdrawal', defaultRequiredItems).items.map((item) =>
        item.key === 'transaction_id' ? { ...item, present: true, evidence: '0xabc' } : item,
      ),
    };
    const reflagged = withRequiredItems(stored, rules, 'deposit_withdrawal');
    expect(reflagged.items.filter((item) => item.required).map((item) => item.key)).toEqual(['device']);
    expect(reflagged.items.find((item) => item.key === 'transaction_id')).toMatchObject({
      present: true,
      evidence: '0xabc',
      required: false,
    });
  });
});
