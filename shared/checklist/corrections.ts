import { checklistKeys, type Checklist, type ChecklistKey } from './items';
import type { ChecklistMarkChange } from './marks';

/**
 * Which hand marks corrected the extractor (issue 18, the Metrics page's checklist corrections per
 * language): a mark counts as a correction when it says the opposite of what extraction found at the
 * moment the agent set it. A mark that agrees only confirms; a removed mark corrects nothing any more.
 */

/**
 * The ticket's corrected keys after an agent's mark changes: keys the changes do not touch keep their
 * earlier verdict; a changed key is a correction when its new mark differs from `extracted` (the checklist
 * as extraction alone finds it now), and stops being one when its mark is removed. A not-applicable mark
 * says nothing about what the text holds: it ends a correction (it replaces the present/missing mark), and
 * removing it leaves the verdict as it was. In checklist order.
 */
export function checklistCorrectionsAfter(
  previous: readonly ChecklistKey[],
  changes: readonly ChecklistMarkChange[],
  extracted: Checklist,
): ChecklistKey[] {
  const corrected = new Set(previous);
  const found = new Map(extracted.items.map((item) => [item.key, item.present]));
  for (const change of changes) {
    if (change.not_applicable === false) {
      continue;
    }
    const present = change.not_applicable === true ? null : (change.present ?? null);
    if (present !== null && present !== (found.get(change.key) ?? false)) {
      corrected.add(change.key);
    } else {
      corrected.delete(change.key);
    }
  }
  return checklistKeys.filter((key) => corrected.has(key));
}
