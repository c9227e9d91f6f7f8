import type { DefaultCategory } from '../domain/vocabulary';
import { needsMemo } from './transfer/extract';
import {
  requiredWithFacts,
  type AutomaticNotApplicableReason,
  type NotApplicableReason,
} from './transfer/rules';
import type { ChecklistSituation } from './transfer/situation';

/**
 * The pieces of information the help center asks customers for (CONTRACT.md "Checklist keys").
 * The order is the order the console shows them in.
 */
export const checklistKeys = [
  'steps',
  'error_message',
  'attempted_solutions',
  'transaction_id',
  'asset',
  'network',
  'amount',
  'address',
  'memo',
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
  /** An agent's hand mark: true or false overrides extraction (then `present` equals it); absent: none. */
  marked?: boolean | null;
  /**
   * Why the item does not apply to this ticket (then it is never required): a pending withdrawal has no
   * TxID yet, or the customer said so. Absent or null: it applies.
   */
  not_applicable?: NotApplicableReason | null;
  /**
   * An agent marked the item as applying although an automatic rule said it does not (`overrides`, the
   * rule's reason): it is required as the rules say. Absent or null: no such mark.
   */
  applies?: { reason: 'agent_marked'; overrides: AutomaticNotApplicableReason } | null;
}

/** A ticket's checklist. `analyzed` is false until extraction has looked at the ticket's text. */
export interface Checklist {
  items: ChecklistItem[];
  analyzed: boolean;
  /** The deposit or withdrawal situation the customer describes, when extraction found one. */
  situation?: ChecklistSituation | null;
}

/**
 * Required items per category key: the team's checklist rules. A category absent from the map requires
 * nothing. Leads edit them (`PUT /api/settings/checklist-rules`); every caller passes the current rules.
 */
export type RequiredItemRules = Readonly<Record<string, readonly ChecklistKey[]>>;

/** The rules every service starts with, until a lead changes them. */
export const defaultRequiredItems: Readonly<Record<DefaultCategory, readonly ChecklistKey[]>> = {
  account_security: ['occurred_at', 'device', 'contact'],
  trade_execution: ['order_id', 'occurred_at', 'error_message'],
  deposit_withdrawal: ['transaction_id', 'occurred_at'],
  api: ['error_message', 'steps'],
  kyc: ['device', 'attachment'],
  derivatives: ['order_id', 'occurred_at'],
  general: [],
};

/** The required items of `category` under `rules`; an unknown or absent category requires nothing. */
export function requiredItemsFor(rules: RequiredItemRules, category: string | null): readonly ChecklistKey[] {
  if (category === null || !Object.hasOwn(rules, category)) {
    return [];
  }
  return rules[category] ?? [];
}

/**
 * `checklist` with its `required` flags following `rules` for `category` (nothing else changes): how reads
 * keep every stored checklist in step with the team's current rules.
 */
export function withRequiredItems(
  checklist: Checklist,
  rules: RequiredItemRules,
  category: string | null,
): Checklist {
  // A checklist stored before a key existed lists it as not found, so every key still appears.
  const stored = new Map(checklist.items.map((item) => [item.key, item]));
  const items = checklistKeys.map(
    (key): ChecklistItem => stored.get(key) ?? { key, required: false, present: false, evidence: null },
  );
  const normalizedOf = (key: ChecklistKey): string | null => stored.get(key)?.normalized ?? null;
  const required = requiredWithFacts(requiredItemsFor(rules, category), category, {
    situation: checklist.situation ?? null,
    needsMemo: needsMemo(normalizedOf('asset'), normalizedOf('network')),
    notApplicable: new Set(items.filter((item) => item.not_applicable).map((item) => item.key)),
  });
  return { ...checklist, items: items.map((item) => ({ ...item, required: required.has(item.key) })) };
}

/**
 * A checklist that lists every key with its `required` flag and nothing marked present: the honest value
 * before extraction has read the ticket.
 */
export function unanalyzedChecklist(category: string | null, rules: RequiredItemRules): Checklist {
  const required = new Set(requiredItemsFor(rules, category));
  return {
    analyzed: false,
    items: checklistKeys.map((key) => ({ key, required: required.has(key), present: false, evidence: null })),
  };
}
