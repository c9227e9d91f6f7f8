import type { IntakeRequest } from '../../shared/domain/schemas';
import { supportedLanguages, type SupportedLanguage } from '../../shared/domain/vocabulary';
import { isPossiblyMisfiled } from '../../shared/triage/misfiled';
import {
  analyzeIntake,
  analyzedText,
  type IntakeAnalysis,
  type IntakeAnalysisInput,
} from '../intake-analysis/analysis';
import { categoryKeyFor } from '../storage/categories';
import { emailKey } from '../storage/agent-store';
import type { NewAttachment, NewTicket } from '../storage/ticket-writes';
import type { TriageSuggester } from '../triage/triage-service';

/** The supported language a locale such as `ko-KR` names, or null. */
export function languageOfLocale(locale: string | null | undefined): SupportedLanguage | null {
  const language = locale?.trim().slice(0, 2).toLowerCase();
  return (supportedLanguages as readonly string[]).includes(language ?? '')
    ? (language as SupportedLanguage)
    : null;
}

/**
 * What the analysis reads of a validated intake request: the text exactly as sent, the customer's category
 * if the service knows it, the attachments' names and types and the form's occurred_at/device fields, read
 * relative to `receivedAt` (the creation time).
 */
export function intakeAnalysisInput(
  request: IntakeRequest,
  attachments: readonly NewAttachment[],
  receivedAt: Date,
): IntakeAnalysisInput {
  return {
    subject: request.subject,
    // Only the start of a long body is analyzed (50,000 characters): bounded work per intake.
    body: analyzedText(request.body),
    categoryKey: request.category ? categoryKeyFor(request.category) : null,
    requesterEmail: request.requester.email,
    requesterLocale: request.requester.locale ?? null,
    customerKey: emailKey(request.requester.email),
    localeLanguage: languageOfLocale(request.requester.locale),
    occurredAt: request.occurred_at ?? null,
    device: request.device ?? null,
    attachments: attachments.map((attachment) => ({ name: attachment.name, type: attachment.type })),
    receivedAtMs: receivedAt.getTime(),
  };
}

/**
 * The ticket to store for a validated intake request and its analysis: the text exactly as sent, the
 * language guessed from the writing system (the requester's locale when the text has no letters), the
 * customer's category if the service knows it (else none, keeping what they chose), the checklist, the
 * suggested category and whether the customer's category is possibly misfiled (the suggestion disagrees
 * with a confidence at or above `misfiledThreshold`).
 */
export function composeIntake(
  request: IntakeRequest,
  attachments: readonly NewAttachment[],
  analysis: IntakeAnalysis,
  misfiledThreshold: number,
): NewTicket {
  const categoryKey = request.category ? categoryKeyFor(request.category) : null;
  return {
    requester: {
      email: request.requester.email,
      name: request.requester.name ?? null,
      locale: request.requester.locale ?? null,
    },
    subject: request.subject,
    body: request.body,
    requestedCategory: request.category ?? null,
    categoryKey,
    suggestedCategory: analysis.suggestion,
    possiblyMisfiled: isPossiblyMisfiled(categoryKey, analysis.suggestion, misfiledThreshold),
    language: analysis.language,
    occurredAt: request.occurred_at ?? null,
    device: request.device ?? null,
    checklist: analysis.checklist,
    source: 'web',
    attachments,
  };
}

/**
 * `composeIntake` with the analysis done here, on the caller's thread (the service's intake route hands
 * the analysis to its worker thread instead: `server/intake-analysis`). With `triage`, the suggested
 * category and the misfiled check; without, neither.
 */
export function prepareIntake(
  request: IntakeRequest,
  attachments: readonly NewAttachment[],
  receivedAt: Date = new Date(),
  triage: TriageSuggester | null = null,
): NewTicket {
  const analysis = analyzeIntake(
    intakeAnalysisInput(request, attachments, receivedAt),
    (text) => triage?.suggest(text) ?? null,
  );
  return composeIntake(request, attachments, analysis, triage?.misfiledThreshold() ?? 1);
}
