import { describe, expect, it } from 'vitest';
import { evaluateChecklist } from '../../../shared/checklist/evaluate';
import {
  defaultRequiredItems,
  unanalyzedChecklist,
  withRequiredItems,
  type Checklist,
} from '../../../shared/checklist/items';
import {
  applyChecklistMarks,
  mergeChecklistMarks,
  missingRequiredKeys,
  newlyPresentKeys,
  previewChecklistMarks,
} from '../../../shared/checklist/marks';

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

  it('marks an item not applicable, and "applies again" removes only that mark', () => {
    const marks = mergeChecklistMarks({ device: true, order_id: false }, [
      { key: 'transaction_id', not_applicable: true },
      { key: 'device', not_applicable: true },
      { key: 'order_id', not_applicable: false },
    ]);
    expect(marks).toEqual({ transaction_id: 'not_applicable', device: 'not_applicable', order_id: false });
    expect(mergeChecklistMarks(marks, [{ key: 'transaction_id', not_applicable: false }])).toEqual({
      device: 'not_applicable',
      order_id: false,
    });
    expect(mergeChecklistMarks(marks, [{ key: 'device', present: null }])).not.toHaveProperty('device');
  });

  it('takes a not-applicable item out of the required and missing ones, keeping its evidence', () => {
    const checklist = applyChecklistMarks(checklistWith({ transaction_id: '0xabc' }), {
      transaction_id: 'not_applicable',
      occurred_at: 'not_applicable',
    });
    const occurred = checklist.items.find((item) => item.key === 'occurred_at');
    expect(occurred).toMatchObject({ required: false, present: false, not_applicable: 'agent_marked' });
    expect(occurred).not.toHaveProperty('marked');
    expect(checklist.items.find((item) => item.key === 'transaction_id')).toMatchObject({
      present: true,
      evidence: '0xabc',
      not_applicable: 'agent_marked',
    });
    expect(missingRequiredKeys(checklist)).toEqual([]);
    // Applied again without the mark (it was removed), the item is as extraction left it.
    const unmarked = applyChecklistMarks(checklist, {});
    expect(unmarked.items.find((item) => item.key === 'occurred_at')).not.toHaveProperty('not_applicable');
  });

  it('previews marks without the thread, and previewing twice changes nothing more', () => {
    const base = applyChecklistMarks(checklistWith({ transaction_id: '0xabc' }), { device: true });
    const changes = [
      { key: 'occurred_at' as const, not_applicable: true },
      { key: 'device' as const, not_applicable: true },
      { key: 'transaction_id' as const, present: false },
    ];
    const preview = previewChecklistMarks(base, changes);
    expect(preview.items.find((item) => item.key === 'occurred_at')).toMatchObject({
      required: false,
      not_applicable: 'agent_marked',
    });
    // The device was only marked present (no evidence): not applicable, it is no longer present.
    expect(preview.items.find((item) => item.key === 'device')).toMatchObject({
      present: false,
      not_applicable: 'agent_marked',
    });
    expect(preview.items.find((item) => item.key === 'transaction_id')).toMatchObject({
      present: false,
      marked: false,
    });
    expect(missingRequiredKeys(preview)).toEqual(['transaction_id']);
    expect(previewChecklistMarks(preview, changes)).toEqual(preview);
    const again = previewChecklistMarks(preview, [{ key: 'occurred_at', not_applicable: false }]);
    expect(again.items.find((item) => item.key === 'occurred_at')).not.toHaveProperty('not_applicable');
    // "Applies again" on an item no agent marked leaves it alone.
    expect(previewChecklistMarks(base, [{ key: 'steps', not_applicable: false }])).toEqual(base);
  });

  it('lets an agent say an automatically ruled-out item applies, winning over the rule until reset', () => {
    const extracted = evaluateChecklist({
      category: 'deposit_withdrawal',
      texts: ['I withdrew 300 USDT on TRC20 this morning and it is still pending.'],
      attachments: [],
      requester: { email: 'customer@example.com', locale: 'en' },
      referenceTime: new Date('2025-03-06T02:00:00Z'),
    });
    const automatic = new Set(extracted.items.filter((item) => item.not_applicable).map((item) => item.key));
    expect(automatic).toEqual(new Set(['transaction_id']));
    const marks = mergeChecklistMarks({}, [{ key: 'transaction_id', not_applicable: false }], automatic);
    expect(marks).toEqual({ transaction_id: 'applies' });
    // On a key no rule rules out, "it applies" stays what it was: nothing to record.
    expect(mergeChecklistMarks({}, [{ key: 'device', not_applicable: false }], automatic)).toEqual({});
    // An agent's own not-applicable mark on a ruled-out key: "it applies" replaces it.
    expect(
      mergeChecklistMarks(
        { transaction_id: 'not_applicable' },
        [{ key: 'transaction_id', not_applicable: false }],
        automatic,
      ),
    ).toEqual({ transaction_id: 'applies' });

    const marked = withRequiredItems(
      applyChecklistMarks(extracted, marks),
      defaultRequiredItems,
      'deposit_withdrawal',
    );
    const txid = marked.items.find((item) => item.key === 'transaction_id');
    expect(txid).toMatchObject({
      required: true,
      present: false,
      applies: { reason: 'agent_marked', overrides: 'withdrawal_pending' },
    });
    expect(txid).not.toHaveProperty('not_applicable');
    expect(missingRequiredKeys(marked)).toContain('transaction_id');
    // The console's guess before the service answers says the same.
    const preview = previewChecklistMarks(
      withRequiredItems(extracted, defaultRequiredItems, 'deposit_withdrawal'),
      [{ key: 'transaction_id', not_applicable: false }],
    );
    expect(preview.items.find((item) => item.key === 'transaction_id')).toMatchObject({
      required: true,
      applies: { reason: 'agent_marked', overrides: 'withdrawal_pending' },
    });
    // Reset to automatic: the rule's reason is back and the item is not asked for.
    const reset = mergeChecklistMarks(marks, [{ key: 'transaction_id', present: null }], automatic);
    const back = withRequiredItems(
      applyChecklistMarks(extracted, reset),
      defaultRequiredItems,
      'deposit_withdrawal',
    );
    expect(back.items.find((item) => item.key === 'transaction_id')).toMatchObject({
      required: false,
      not_applicable: 'withdrawal_pending',
    });
    const previewReset = previewChecklistMarks(marked, [{ key: 'transaction_id', present: null }]);
    expect(previewReset.items.find((item) => item.key === 'transaction_id')).toMatchObject({
      required: false,
      not_applicable: 'withdrawal_pending',
    });
  });
});
