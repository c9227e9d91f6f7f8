import { checklistKeys, type Checklist, type ChecklistItem, type ChecklistKey } from './items';

/**
 * Agents' hand marks on a ticket's checklist: a key marked true or false overrides what extraction found;
 * a key marked `not_applicable` does not apply to this ticket (never required, never asked for); a key
 * marked `applies` applies although an automatic rule says it does not (a pending withdrawal's TxID that
 * the agent needs after all). Every mark outlives later re-evaluations (a customer's answer, a merge, a
 * category change) until an agent removes it. One mark per key: a later mark of another kind replaces it.
 */

/** The value of one hand mark: present, missing, not applicable, or applies despite an automatic rule. */
export type ChecklistMarkValue = boolean | 'not_applicable' | 'applies';

/** The marks of one ticket: key → its mark. Keys without a mark are absent. */
export type ChecklistMarks = Partial<Record<ChecklistKey, ChecklistMarkValue>>;

/**
 * One change an agent makes (the `checklist_marks` entries of `PATCH /api/tickets/:id`): `present`
 * true/false sets a present or missing mark, null removes whatever mark the key has; `not_applicable`
 * true marks the key not applicable, false says it applies: it removes an agent's not-applicable mark and,
 * where an automatic rule still rules the key out, marks it `applies` (a present or missing mark stays).
 */
export interface ChecklistMarkChange {
  key: ChecklistKey;
  present?: boolean | null | undefined;
  not_applicable?: boolean | undefined;
}

/**
 * `marks` after an agent's changes, applied in order. `automaticNotApplicable` are the keys extraction rules
 * out by itself (a pending withdrawal's TxID, the customer's "no hash yet"): for those, "it applies" is a
 * mark of its own that wins over the rule.
 */
export function mergeChecklistMarks(
  marks: ChecklistMarks,
  changes: readonly ChecklistMarkChange[],
  automaticNotApplicable: ReadonlySet<ChecklistKey> = new Set(),
): ChecklistMarks {
  const merged: ChecklistMarks = { ...marks };
  for (const change of changes) {
    if (change.not_applicable === true) {
      merged[change.key] = 'not_applicable';
    } else if (change.not_applicable === false) {
      const mark = merged[change.key];
      if (mark === 'not_applicable') {
        delete merged[change.key];
      }
      if (automaticNotApplicable.has(change.key) && (mark === undefined || mark === 'not_applicable')) {
        merged[change.key] = 'applies';
      }
    } else if (change.present === null || change.present === undefined) {
      delete merged[change.key];
    } else {
      merged[change.key] = change.present;
    }
  }
  return merged;
}

/**
 * `item` without a hand mark of any kind: the automatic `not_applicable` reasons stay, and one an agent
 * overrode (`applies`) comes back.
 */
function withoutMark(item: ChecklistItem): ChecklistItem {
  const unmarked = { ...item };
  delete unmarked.marked;
  if (unmarked.not_applicable === 'agent_marked') {
    delete unmarked.not_applicable;
  }
  if (unmarked.applies) {
    unmarked.not_applicable = unmarked.applies.overrides;
    delete unmarked.applies;
  }
  return unmarked;
}

/** `item` (as extraction left it) marked as applying: the automatic reason goes, kept as what it overrode. */
function appliesByAgent(item: ChecklistItem): ChecklistItem {
  const reason = item.not_applicable;
  if (!reason || reason === 'agent_marked') {
    // Nothing automatic to override (the situation changed since the mark): the item is as extraction says.
    return item;
  }
  const marked = { ...item, applies: { reason: 'agent_marked' as const, overrides: reason } };
  delete marked.not_applicable;
  return marked;
}

/**
 * `checklist` with `marks` applied: a present/missing mark sets `marked` and `present` equal to it,
 * keeping its evidence (the agent may have overruled a wrong find); a not-applicable mark sets
 * `not_applicable: 'agent_marked'` and `required: false`; an `applies` mark drops an automatic reason and
 * records it as `applies: { reason: 'agent_marked', overrides }` (`required` then follows the rules: call
 * `withRequiredItems`); unmarked items are as extraction left them.
 * Call it on a freshly extracted checklist: it knows nothing of the rules, so it cannot restore `required`.
 */
export function applyChecklistMarks(checklist: Checklist, marks: ChecklistMarks): Checklist {
  return {
    ...checklist,
    items: checklist.items.map((item) => {
      // A mark removed since `checklist` was computed must not linger.
      const extracted = withoutMark(item);
      const mark = marks[item.key];
      if (mark === 'not_applicable') {
        return { ...extracted, required: false, not_applicable: 'agent_marked' };
      }
      if (mark === 'applies') {
        return appliesByAgent(extracted);
      }
      if (mark !== undefined) {
        return { ...extracted, present: mark, marked: mark };
      }
      return extracted;
    }),
  };
}

/**
 * The checklist as it will be once `changes` land, computed without the thread (the console shows an
 * agent's mark at once, offline too, until the service answers). Where only extraction knows (a removed
 * present mark), `present` follows the item's evidence; where only the rules know (an item that applies
 * again), `required` stays as it was. The service's answer replaces this guess.
 */
export function previewChecklistMarks(
  checklist: Checklist,
  changes: readonly ChecklistMarkChange[],
): Checklist {
  const byKey = new Map(checklist.items.map((item) => [item.key, item]));
  for (const change of changes) {
    const item = byKey.get(change.key);
    if (item === undefined) {
      continue;
    }
    const isAgentNotApplicable = item.not_applicable === 'agent_marked';
    if (change.not_applicable === false && !isAgentNotApplicable) {
      if (item.not_applicable && !item.applies) {
        // The agent overrides an automatic rule: the item applies and, as the agent wants it, is asked for.
        const marked = appliesByAgent(item);
        byKey.set(change.key, { ...marked, required: true });
      }
      continue;
    }
    const unmarked = withoutMark(item);
    // What extraction said, as far as the item shows it: an unmarked item's `present`; under a mark, its
    // evidence (kept under marks), except the customer's "no hash yet", which proves nothing present.
    const isHandMarked = item.marked === true || item.marked === false;
    const found = isHandMarked ? unmarked.evidence !== null && !unmarked.not_applicable : item.present;
    const next: ChecklistItem =
      change.not_applicable === true
        ? { ...unmarked, present: found, required: false, not_applicable: 'agent_marked' }
        : change.not_applicable === false || change.present === null || change.present === undefined
          ? { ...unmarked, present: found }
          : { ...unmarked, present: change.present, marked: change.present };
    // An automatic reason back (the agent's "it applies" removed) is never required.
    byKey.set(change.key, next.not_applicable ? { ...next, required: false } : next);
  }
  return { ...checklist, items: checklist.items.map((item) => byKey.get(item.key) ?? item) };
}

/**
 * The required items still missing, in checklist order: what "ask for missing info" asks for. Items that do
 * not apply are never among them, whatever their `required` flag says.
 */
export function missingRequiredKeys(checklist: Checklist): ChecklistKey[] {
  return checklist.items
    .filter((item) => item.required && !item.present && !item.not_applicable)
    .map((item) => item.key);
}

/** The keys present in `after` that were not in `before`, in checklist order. */
export function newlyPresentKeys(before: Checklist, after: Checklist): ChecklistKey[] {
  const wasPresent = new Set(before.items.filter((item) => item.present).map((item) => item.key));
  const isPresent = new Set(after.items.filter((item) => item.present).map((item) => item.key));
  return checklistKeys.filter((key) => isPresent.has(key) && !wasPresent.has(key));
}
