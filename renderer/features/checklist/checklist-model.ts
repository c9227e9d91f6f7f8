import type { ChecklistKey } from '../../../shared/checklist/items';
import { missingRequiredKeys as missingChecklistKeys } from '../../../shared/checklist/marks';
import type { TicketDetail } from '../../../shared/domain/schemas';
import { supportedLanguages, type SupportedLanguage } from '../../../shared/domain/vocabulary';

/** One checklist line as the service sends it. */
export type ChecklistLine = TicketDetail['checklist']['items'][number];

/** The crypto items (issue 17): shown only where they matter, so other tickets keep a short list. */
const cryptoKeys: ReadonlySet<ChecklistKey> = new Set(['asset', 'network', 'amount', 'address', 'memo']);

/**
 * The items the panel lists: every item, except crypto items a ticket neither requires nor mentions nor
 * rules out (a password reset has no coin to ask about).
 */
export function visibleChecklistItems(detail: TicketDetail): ChecklistLine[] {
  return detail.checklist.items.filter(
    (item) => !cryptoKeys.has(item.key) || item.required || item.present || Boolean(item.not_applicable),
  );
}

/**
 * The required items that are still missing, in checklist order: what "ask for missing info" asks for
 * (never an item that does not apply, automatic or marked by an agent).
 */
export function missingRequiredKeys(detail: TicketDetail): ChecklistKey[] {
  return missingChecklistKeys(detail.checklist);
}

/**
 * The keys the customer's latest message provided (they were missing before it): the panel flags them
 * "new" so the agent sees at a glance what the answer brought.
 */
export function newlyProvidedKeys(detail: TicketDetail): ReadonlySet<ChecklistKey> {
  const lastCustomerMessage = [...detail.messages].reverse().find((message) => message.kind === 'customer');
  return new Set(lastCustomerMessage?.checklist_provided ?? []);
}

/** `ko-KR` → `ko`; null when the tag names no language the replies are written in. */
function supportedLanguageOf(tag: string | null): SupportedLanguage | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  return (supportedLanguages as readonly string[]).includes(primary) ? (primary as SupportedLanguage) : null;
}

/**
 * The language to ask the customer in: the ticket's detected language, else the requester's locale, else
 * English (the help center's common language).
 */
export function customerLanguage(detail: TicketDetail): SupportedLanguage {
  return supportedLanguageOf(detail.language) ?? supportedLanguageOf(detail.requester.locale) ?? 'en';
}

/** Where a piece of evidence sits in the thread: the entry holding it and where the text starts. */
export interface EvidenceLocation {
  entryId: string;
  start: number;
  length: number;
}

/**
 * The first customer-written entry that contains `evidence` verbatim (extraction reports the exact
 * substring), or null when the evidence is not in the thread (an attachment's name, the requester's e-mail).
 */
export function locateEvidence(
  entries: readonly { id: string; kind: string; body: string }[],
  evidence: string,
): EvidenceLocation | null {
  if (evidence.length === 0) {
    return null;
  }
  const ordered = [
    ...entries.filter((entry) => entry.kind === 'customer'),
    ...entries.filter((entry) => entry.kind !== 'customer'),
  ];
  for (const entry of ordered) {
    const start = entry.body.indexOf(evidence);
    if (start >= 0) {
      return { entryId: entry.id, start, length: evidence.length };
    }
  }
  return null;
}
