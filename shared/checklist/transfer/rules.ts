import type { ChecklistKey } from '../items';
import type { ChecklistSituation } from './situation';

/**
 * Rules by situation: what a deposit or withdrawal investigation needs beyond the category's own rules.
 * A pending withdrawal has no TxID yet, so asking for one is wrong: the item is not applicable. The memo
 * or tag is added only for chains that use one (see `needsMemo`).
 */
export const situationRequiredItems: Readonly<Record<ChecklistSituation, readonly ChecklistKey[]>> = {
  deposit_not_credited: ['asset', 'network', 'amount', 'address', 'transaction_id'],
  withdrawal_pending: ['asset', 'network', 'amount'],
  withdrawal_not_received: ['asset', 'network', 'amount', 'address', 'transaction_id'],
  wrong_network: ['asset', 'network', 'amount', 'address', 'transaction_id'],
};

/** Items a situation makes not applicable, whatever the category's rules say. */
export const situationNotApplicable: Readonly<Record<ChecklistSituation, readonly ChecklistKey[]>> = {
  deposit_not_credited: [],
  withdrawal_pending: ['transaction_id'],
  withdrawal_not_received: [],
  wrong_network: [],
};

/** Categories whose tickets are read for a deposit or withdrawal situation. */
export const transferCategories: readonly string[] = ['deposit_withdrawal'];

/**
 * Why an item does not apply: the situation rules it out (`withdrawal_pending`), the customer said it does
 * not exist yet (`customer_says_none`), or an agent marked it so by hand (`agent_marked`, see marks.ts).
 */
export const notApplicableReasons = ['withdrawal_pending', 'customer_says_none', 'agent_marked'] as const;
export type NotApplicableReason = (typeof notApplicableReasons)[number];

/** The reasons extraction gives by itself, which an agent's "it applies" mark can override. */
export const automaticNotApplicableReasons = ['withdrawal_pending', 'customer_says_none'] as const;
export type AutomaticNotApplicableReason = (typeof automaticNotApplicableReasons)[number];

/** What decides the required items beyond the category: the situation, the memo chain and exclusions. */
export interface RequirementFacts {
  situation: ChecklistSituation | null;
  needsMemo: boolean;
  notApplicable: ReadonlySet<ChecklistKey>;
}

/**
 * The required items: the category's `base` items, plus the situation's items (and the memo on a memo
 * chain) for a transfer category, minus the items that do not apply.
 */
export function requiredWithFacts(
  base: readonly ChecklistKey[],
  category: string | null,
  facts: RequirementFacts,
): Set<ChecklistKey> {
  const required = new Set(base);
  if (facts.situation !== null && transferCategories.includes(category ?? '')) {
    situationRequiredItems[facts.situation].forEach((key) => required.add(key));
    if (facts.needsMemo) {
      required.add('memo');
    }
  }
  facts.notApplicable.forEach((key) => required.delete(key));
  return required;
}
