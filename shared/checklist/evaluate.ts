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

/**
 * Categories where the requester's own mailbox may be the thing that is compromised, so the ticket's
 * e-mail does not count as a working contact: only a phone, another e-mail or a messenger in the text does.
 */
export const categoriesNeedingOtherContact: readonly string[] = ['account_security'];

type TextExtractor = (text: string, input: ChecklistInput, timeZone: string) => Finding | null;

const textExtractors: Record<Exclude<ChecklistKey, 'attachment'>, TextExtractor> = {
  steps: findSteps,
  error_message: findErrorMessage,
  attempted_solutions: findAttemptedSolutions,
  transaction_id: findTransactionId,
  order_id: findOrderId,
  account_id: findAccountId,
  occurred_at: (text, input, zone) => findOccurredAt(text, input.referenceTime, zone),
  device: findDevice,
  contact: (text, input) => findContact(text, input.requester.email),
};

/**
 * The checklist of a ticket: every contract key, `required` from the category's rules (or the overrides),
 * `present` with the exact `evidence` found in the first text that has it, and `analyzed: true`. Pure: the
 * clock is `referenceTime`.
 */
export function evaluateChecklist(input: ChecklistInput): Checklist {
  const required = new Set(
    input.requiredOverrides ?? requiredItemsFor(input.rules ?? defaultRequiredItems, input.category),
  );
  const timeZone = input.timeZone ?? zoneForLocale(input.requester.locale);
  return {
    analyzed: true,
    items: checklistKeys.map((key) => {
      const finding = findItem(key, input, timeZone);
      return {
        key,
        required: required.has(key),
        present: finding !== null,
        evidence: finding?.evidence ?? null,
        ...(key === 'occurred_at' ? { normalized: finding?.normalized ?? null } : {}),
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

/** Answers outside the text: intake form fields, and the requester's e-mail where it is a working contact. */
function fallback(key: ChecklistKey, input: ChecklistInput): Finding | null {
  if (key === 'occurred_at' && input.provided?.occurredAt) {
    return { evidence: input.provided.occurredAt, index: 0, normalized: input.provided.occurredAt };
  }
  if (key === 'device' && input.provided?.device) {
    return { evidence: input.provided.device, index: 0 };
  }
  if (key === 'contact' && !categoriesNeedingOtherContact.includes(input.category ?? '')) {
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
