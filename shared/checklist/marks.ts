import { checklistKeys, type Checklist, type ChecklistKey } from './items';

/**
 * Agents' hand marks on a ticket's checklist: a key marked true or false overrides what extraction found,
 * and the mark outlives every later re-evaluation (a customer's answer, a category change) until an agent
 * removes it.
 */

/** The marks of one ticket: key → present or not. Keys without a mark are absent. */
export type ChecklistMarks = Partial<Record<ChecklistKey, boolean>>;

/** `marks` after an agent's changes: `present` true/false sets the key's mark, null removes it. */
export function mergeChecklistMarks(
  marks: ChecklistMarks,
  changes: readonly { key: ChecklistKey; present: boolean | null }[],
): ChecklistMarks {
  const merged: ChecklistMarks = { ...marks };
  for (const change of changes) {
    if (change.present === null) {
      delete merged[change.key];
    } else {
      merged[change.key] = change.present;
    }
  }
  return merged;
}

/**
 * `checklist` with `marks` applied: a marked item gets `marked` and `present` equal to the mark, keeping
 * its evidence (the agent may have overruled a wrong find); unmarked items are as extraction left them.
 */
export function applyChecklistMarks(checklist: Checklist, marks: ChecklistMarks): Checklist {
  return {
    ...checklist,
    items: checklist.items.map((item) => {
      const mark = marks[item.key];
      if (mark !== undefined) {
        return { ...item, present: mark, marked: mark };
      }
      // A mark removed since `checklist` was computed must not linger.
      const extracted = { ...item };
      delete extracted.marked;
      return extracted;
    }),
  };
}

/** The keys present in `after` that were not in `before`, in checklist order. */
export function newlyPresentKeys(before: Checklist, after: Checklist): ChecklistKey[] {
  const wasPresent = new Set(before.items.filter((item) => item.present).map((item) => item.key));
  const isPresent = new Set(after.items.filter((item) => item.present).map((item) => item.key));
  return checklistKeys.filter((key) => isPresent.has(key) && !wasPresent.has(key));
}
