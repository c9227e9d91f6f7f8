import { describe, expect, it } from 'vitest';
import { defaultRequiredItems, unanalyzedChecklist, type Checklist } from '../../../shared/checklist/items';
import { applyChecklistMarks, mergeChecklistMarks, newlyPresentKeys } from '../../../shared/checklist/marks';

function checklistWith(found: Record<string, string>): Checklist {
  return {
    analyzed: true,
    items: unanalyzedChecklist('deposit_withdrawal', defaultRequiredItems).items.map((item) =>
      found[item.key] === undefined ? item : { ...item, present: true, evidence: found[item.key] ?? null },
    ),
  };
}

describe('checklist hand marks', () => {
  it('sets, replaces and removes marks', () => {
    const marks = mergeChecklistMarks({ device: true }, [
      { key: 'transaction_id', present: false },
      { key: 'device', present: null },
      { key: 'order_id', present: true },
    ]);
    expect(marks).toEqual({ transaction_id: false, order_id: true });
  });

  it('overrides extraction while keeping the evidence, and leaves unmarked items alone', () => {
    const marked = applyChecklistMarks(checklistWith({ transaction_id: '0xabc' }), {
      transaction_id: false,
      device: true,
    });
    expect(marked.items.find((item) => item.key === 'transaction_id')).toMatchObject({
      present: false,
      marked: false,
      evidence: '0xabc',
    });
    expect(marked.items.find((item) => item.key === 'device')).toMatchObject({ present: true, marked: true });
    const occurred = marked.items.find((item) => item.key === 'occurred_at');
    expect(occurred?.present).toBe(false);
    expect(occurred).not.toHaveProperty('marked');
  });

  it('names the keys that became present, in checklist order', () => {
    const before = checklistWith({ contact: 'a@example.com' });
    const after = checklistWith({
      contact: 'a@example.com',
      occurred_at: 'yesterday',
      transaction_id: '0x1',
    });
    expect(newlyPresentKeys(before, after)).toEqual(['transaction_id', 'occurred_at']);
    expect(newlyPresentKeys(after, after)).toEqual([]);
  });
});
