import {
  findAddress,
  findAmount,
  findAsset,
  findMemo,
  findNetwork,
  nativeNetworkOf,
  needsMemo,
} from './transfer/extract';
import { requiredWithFacts, situationNotApplicable, type NotApplicableReason } from './transfer/rules';
import { detectSituation, findNoHashYet } from './transfer/situation';
import { findAccountId } from './extract/account-id';
import { findAttachment, type AttachmentInfo } from './extract/attachment';
import { findAttemptedSolutions } from './extract/attempted-solutions';
import { findContact } from './extract/contact';
import { findDevice } from './extract/device';
import { findErrorMessage } from './extract/error-message';
import type { Finding } from './extract/finding';
import { findOccurredAt } from './extract/occurred-at';
import { findOrderId } from './extract/order-id';
import { findSteps } from './extract/steps';
import { zoneForLocale } from './extract/time-zone';
import { findTransactionId } from './extract/transaction-id';
import {
  checklistKeys,
  defaultRequiredItems,
  requiredItemsFor,
  type Checklist,
  type ChecklistItem,
  type ChecklistKey,
  type RequiredItemRules,
} from './items';

/** What `evaluateChecklist` reads: the customer's side of a ticket and the clock and zone to read it by. */
export interface ChecklistInput {
  category: string | null;
  /** The team's required items per category (`defaultRequiredItems` when absent). */
  rules?: RequiredItemRules;
  /** Required items replacing the rules' items for the category, if any. */
  requiredOverrides?: readonly ChecklistKey[];
  /**
   * The customer's texts, oldest first: the subject and opening body, then their later messages. Agent
   * replies and notes excluded.
   */
  texts: readonly string[];
  attachments: readonly AttachmentInfo[];
  requester: { email: string; locale: string | null };
  /** The ticket's creation time: relative phrases ("yesterday") are read from it. */
  referenceTime: Date;
  /** IANA zone or UTC offset; defaults to the locale's (ko → Asia/Seoul, zh → Asia/Shanghai, else UTC). */
  timeZone?: string;
  /** Structured answers from the intake form, used when the text names no time or device. */
  provided?: { occurredAt?: string | null; device?: string | null };
}

type TextExtractor = (text: string, input: ChecklistInput, timeZone: string) => Finding | null;

const textExtractors: Record<Exclude<ChecklistKey, 'attachment'>, TextExtractor> = {
  steps: findSteps,
  error_message: findErrorMessage,
  attempted_solutions: findAttemptedSolutions,
  transaction_id: findTransactionId,
  asset: findAsset,
  network: findNetwork,
  amount: findAmount,
  address: findAddress,
  memo: findMemo,
  order_id: findOrderId,
  account_id: findAccountId,
  occurred_at: (text, input, zone) => findOccurredAt(text, input.referenceTime, zone),
  device: findDevice,
  contact: (text, input) => findContact(text, input.requester.email),
};

/** Items that carry a canonical value besides their evidence. */
const normalizedKeys: ReadonlySet<ChecklistKey> = new Set([
  'occurred_at',
  'asset',
  'network',
  'amount',
  'address',
  'memo',
]);

/**
 * The checklist of a ticket: every contract key, `required` from the category's rules (or the overrides)
 * and, for a deposit or withdrawal, from the situation the customer describes; `present` with the exact
 * `evidence` found in the first text that has it; `not_applicable` where the situation or the customer's
 * own words rule an item out (a pending withdrawal has no TxID); and `analyzed: true`. Pure: the clock is
 * `referenceTime`.
 */
export function evaluateChecklist(input: ChecklistInput): Checklist {
  const timeZone = input.timeZone ?? zoneForLocale(input.requester.locale);
  const situation = detectSituation(input.texts);
  const findings = new Map(checklistKeys.map((key) => [key, findItem(key, input, timeZone)]));
  const notApplicable = new Map<ChecklistKey, NotApplicableReason>();
  if (situation !== null) {
    situationNotApplicable[situation].forEach((key) => notApplicable.set(key, 'withdrawal_pending'));
  }
  const noHash = findings.get('transaction_id') === null ? findNoHashYet(input.texts) : null;
  if (noHash !== null && !notApplicable.has('transaction_id')) {
    notApplicable.set('transaction_id', 'customer_says_none');
  }
  const base =
    input.requiredOverrides ?? requiredItemsFor(input.rules ?? defaultRequiredItems, input.category);
  const required = requiredWithFacts(base, input.category, {
    situation,
    needsMemo: needsMemo(findings.get('asset')?.normalized, findings.get('network')?.normalized),
    notApplicable: new Set(notApplicable.keys()),
  });
  return {
    analyzed: true,
    situation,
    items: checklistKeys.map((key): ChecklistItem => {
      const finding = findings.get(key) ?? null;
      const reason = notApplicable.get(key) ?? null;
      // The customer's "no hash yet" is the evidence an agent wants to see for a TxID not asked for.
      const evidence = finding?.evidence ?? (reason === null ? null : (noHash?.evidence ?? null));
      return {
        key,
        required: required.has(key),
        present: finding !== null,
        evidence,
        ...(normalizedKeys.has(key) ? { normalized: finding?.normalized ?? null } : {}),
        ...(reason === null ? {} : { not_applicable: reason }),
      };
    }),
  };
}

function findItem(key: ChecklistKey, input: ChecklistInput, timeZone: string): Finding | null {
  if (key === 'attachment') {
    return findAttachment(input.attachments);
  }
  for (const text of input.texts) {
    const finding = textExtractors[key](text, input, timeZone);
    if (finding !== null) {
      return finding;
    }
  }
  return fallback(key, input);
}

/**
 * Answers outside the text: intake form fields, the network a single-chain coin implies, and the
 * requester's e-mail as the contact.
 */
function fallback(key: ChecklistKey, input: ChecklistInput): Finding | null {
  if (key === 'occurred_at' && input.provided?.occurredAt) {
    return { evidence: input.provided.occurredAt, index: 0, normalized: input.provided.occurredAt };
  }
  if (key === 'device' && input.provided?.device) {
    return { evidence: input.provided.device, index: 0 };
  }
  if (key === 'asset') {
    // "500U" is how Chinese customers write an amount of USDT.
    const amount = findItem('amount', input, 'UTC');
    return amount !== null && /\d\s*u$/i.test(amount.evidence) ? { ...amount, normalized: 'USDT' } : null;
  }
  if (key === 'network') {
    // A coin that lives on one chain (BTC, XRP, XLM…) names its network: the evidence is the coin.
    const asset = findItem('asset', input, 'UTC');
    const native = nativeNetworkOf(asset?.normalized);
    return asset === null || native === null ? null : { ...asset, normalized: native };
  }
  if (key === 'contact') {
    // The requester's known e-mail is a way to reach them, on every ticket alike.
    const email = input.requester.email.trim();
    return email === '' ? null : { evidence: email, index: 0 };
  }
  return null;
}

/**
 * The texts of a ticket that extraction reads, in the order evidence is taken from: the opening body and
 * the customer's later messages (oldest first), then the subject (last, because the console highlights
 * evidence in the thread, and a subject rarely says more than the body).
 */
export function customerTexts(subject: string, body: string, customerMessages: readonly string[]): string[] {
  return [body, ...customerMessages, subject];
}
