import { customerTexts, evaluateChecklist } from '../../shared/checklist/evaluate';
import type { Checklist } from '../../shared/checklist/items';
import type { SupportedLanguage } from '../../shared/domain/vocabulary';
import { describeTicket, type DuplicateDocument } from '../../shared/duplicates/features';
import { detectLanguage } from '../../shared/language/detect-language';
import type { TriageSuggestion } from '../../shared/triage/model';
import { triageText } from '../triage/history';

/**
 * What intake reads of a validated request to analyze it. Plain data, so it can cross to the analysis
 * worker thread (`analysis-worker.ts`).
 */
export interface IntakeAnalysisInput {
  subject: string;
  body: string;
  /** The service's key of the customer's category, or null. */
  categoryKey: string | null;
  requesterEmail: string;
  requesterLocale: string | null;
  /** The requester's normalized e-mail (the duplicate index's customer key). */
  customerKey: string;
  /** The language the requester's locale names, used when the text has no letters. */
  localeLanguage: SupportedLanguage | null;
  occurredAt: string | null;
  device: string | null;
  attachments: readonly { name: string; type: string }[];
  /** When the service received the request (ms since the epoch): relative times in the text are read from it. */
  receivedAtMs: number;
}

/**
 * The most characters of a text intake analyses (triage, language, checklist, duplicates): what a customer
 * writes that matters is at the start, and a 1 MB body analyzed whole held up every intake behind it. The
 * ticket still stores the whole text.
 */
export const analyzedTextLength = 50_000;

/** The first `analyzedTextLength` characters of `text`, never ending inside a surrogate pair. */
export function analyzedText(text: string): string {
  if (text.length <= analyzedTextLength) {
    return text;
  }
  const cut = text.slice(0, analyzedTextLength);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** The CPU-heavy part of intake: everything read from the text. */
export interface IntakeAnalysis {
  /** Auto-triage's suggestion (confidence rounded to 4 decimals), or null without a model. */
  suggestion: TriageSuggestion | null;
  /** Detected from the text (`detectLanguage`; the locale's language when the text has none of ours); null: neither says. */
  language: SupportedLanguage | null;
  checklist: Checklist;
  /** The ticket as the duplicate index compares it. */
  duplicateDocument: DuplicateDocument;
}

/** A suggestion as the service stores and shows it: the confidence rounded to 4 decimals. */
export function roundSuggestion(suggestion: TriageSuggestion | null): TriageSuggestion | null {
  return suggestion === null
    ? null
    : { category: suggestion.category, confidence: Math.round(suggestion.confidence * 10_000) / 10_000 };
}

/**
 * Analyzes one intake request: the triage suggestion (`suggest` answers for the model in force), the
 * language guessed from the writing system, the missing-information checklist and the duplicate index's
 * description. Pure apart from `suggest`; the same on the service's thread and in the worker.
 */
export function analyzeIntake(
  input: IntakeAnalysisInput,
  suggest: (text: string) => TriageSuggestion | null,
): IntakeAnalysis {
  return {
    suggestion: roundSuggestion(suggest(triageText(input.subject, input.body))),
    language: detectLanguage(`${input.subject}\n${input.body}`, input.localeLanguage),
    checklist: evaluateChecklist({
      category: input.categoryKey,
      texts: customerTexts(input.subject, input.body, []),
      attachments: input.attachments,
      requester: { email: input.requesterEmail, locale: input.requesterLocale },
      referenceTime: new Date(input.receivedAtMs),
      provided: { occurredAt: input.occurredAt, device: input.device },
    }),
    duplicateDocument: describeTicket({
      subject: input.subject,
      body: input.body,
      category: input.categoryKey,
      createdAtMs: input.receivedAtMs,
      customerKey: input.customerKey,
    }),
  };
}
