import type { Checklist } from './items';

/**
 * The version of the checklist's extraction rules and keys. Bump it when a change to `shared/checklist/`
 * would evaluate stored tickets differently (new keys, new or widened families): at the next start the
 * service re-evaluates every open ticket's stored checklist once (`server/startup/checklist-backfill.ts`).
 *
 * 1: the keys of issues 8 and 18. 2: issue 17's crypto keys (asset, network, amount, address, memo), the
 * situations and the automatic not-applicable reasons. 3: issue 18's third pass (more Korean and Chinese
 * sequence and attempt wording, unquoted and constant-style error messages, spelled-out clock minutes). 4: a
 * weekday in apposition to its date, "at 8.30 this morning", "Tuesday evening around 7".
 */
export const checklistRulesVersion = 4;

/** `checklist` in one canonical form (item order and absent fields normalized), `required` left out. */
function canonical(checklist: Checklist): string {
  const items = [...checklist.items]
    .sort((left, right) => (left.key < right.key ? -1 : left.key > right.key ? 1 : 0))
    .map((item) => ({
      key: item.key,
      present: item.present,
      evidence: item.evidence,
      normalized: item.normalized ?? null,
      marked: item.marked ?? null,
      not_applicable: item.not_applicable ?? null,
      applies: item.applies ? { reason: item.applies.reason, overrides: item.applies.overrides } : null,
    }));
  return JSON.stringify({ analyzed: checklist.analyzed, situation: checklist.situation ?? null, items });
}

/**
 * Whether two checklists say the same about a ticket, whatever order their items and fields were stored in.
 * `required` is not compared: reads derive it from the team's current rules.
 */
export function sameChecklistFindings(left: Checklist, right: Checklist): boolean {
  return canonical(left) === canonical(right);
}
