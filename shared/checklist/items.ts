import type { DefaultCategory } from '../domain/vocabulary';

/**
 * The pieces of information the help center asks customers for (CONTRACT.md "Checklist keys").
 * The order is the order the console shows them in.
 */
export const checklistKeys = [
  'steps',
  'error_message',
  'attempted_solutions',
  'transaction_id',
  'order_id',
  'account_id',
  'occurred_at',
  'device',
  'attachment',
  'contact',
] as const;
export type ChecklistKey = (typeof checklistKeys)[number];

/**
 * One line of a ticket's checklist. `evidence` is the text that proves the item present, if any: the
 * exact substring of the customer's text (so the console can highlight it), or an attachment's name, or
 * the requester's e-mail for `contact` when the category accepts it. `normalized` is a canonical form when
 * the item has one: for `occurred_at`, an ISO 8601 timestamp with the customer's UTC offset.
 */
export interface ChecklistItem {
  key: ChecklistKey;
  required: boolean;
  present: boolean;
  evidence: string | null;
  normalized?: string | null;
}

/** A ticket's checklist. `analyzed` is false until extraction has looked at the ticket's text. */
export interface Checklist {
  items: ChecklistItem[];
  analyzed: boolean;
}

/** Default required items per category; leads will be able to edit these (a later issue). */
export const defaultRequiredItems: Record<DefaultCategory, readonly ChecklistKey[]> = {
  account_security: ['occurred_at', 'device', 'contact'],
  trade_execution: ['order_id', 'occurred_at', 'error_message'],
  deposit_withdrawal: ['transaction_id', 'occurred_at'],
  api: ['error_message', 'steps'],
  kyc: ['device', 'attachment'],
  derivatives: ['order_id', 'occurred_at'],
  general: [],
};

/** The required items of a category; an unknown or absent category requires nothing. */
export function requiredItemsFor(category: string | null): readonly ChecklistKey[] {
  if (category === null || !Object.hasOwn(defaultRequiredItems, category)) {
    return [];
  }
  return defaultRequiredItems[category as DefaultCategory];
}

/**
 * A checklist that lists every key with its `required` flag and nothing marked present: the honest value
 * before extraction (a later issue) has read the ticket.
 */
export function unanalyzedChecklist(category: string | null): Checklist {
  const required = new Set(requiredItemsFor(category));
  return {
    analyzed: false,
    items: checklistKeys.map((key) => ({ key, required: required.has(key), present: false, evidence: null })),
  };
}
