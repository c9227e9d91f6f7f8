import { describe, expect, it } from 'vitest';
import { checklistCorrectionsAfter } from '../../../shared/checklist/corrections';
import type { Checklist, ChecklistKey } from '../../../shared/checklist/items';

/** A checklist in which extraction found exactly `present`. */
function extracted(present: readonly ChecklistKey[]): Checklist {
  return {
    analyzed: true,
    items: (['steps', 'device', 'order_id'] as const).map((key) => ({
      key,
      required: false,
      present: present.includes(key),
      evidence: present.includes(key) ? 'text' : null,
    })),
  };
}

describe('checklist corrections', () => {
  it('counts a mark against what extraction found, not one that agrees with it', () => {
    expect(
      checklistCorrectionsAfter(
        [],
        [
          { key: 'device', present: true },
          { key: 'steps', present: true },
          { key: 'order_id', present: false },
        ],
        extracted(['steps']),
      ),
    ).toEqual(['device']);
  });

  it('counts a found item the agent marks absent', () => {
    expect(checklistCorrectionsAfter([], [{ key: 'steps', present: false }], extracted(['steps']))).toEqual([
      'steps',
    ]);
  });

  it('keeps earlier corrections the change does not touch, and drops one whose mark is removed', () => {
    expect(
      checklistCorrectionsAfter(['device', 'order_id'], [{ key: 'device', present: null }], extracted([])),
    ).toEqual(['order_id']);
  });

  it('drops a correction when the agent marks the item again as extraction now finds it', () => {
    // The customer sent the order id since: the agent's new mark agrees with extraction.
    expect(
      checklistCorrectionsAfter(['order_id'], [{ key: 'order_id', present: true }], extracted(['order_id'])),
    ).toEqual([]);
  });

  it('ends a correction when the mark becomes "not applicable", and "applies again" leaves the verdict', () => {
    const extraction = extracted(['steps']);
    const corrected = checklistCorrectionsAfter([], [{ key: 'device', present: true }], extraction);
    expect(corrected).toEqual(['device']);
    expect(
      checklistCorrectionsAfter(corrected, [{ key: 'device', not_applicable: false }], extraction),
    ).toEqual(['device']);
    expect(
      checklistCorrectionsAfter(corrected, [{ key: 'device', not_applicable: true }], extraction),
    ).toEqual([]);
  });
});
