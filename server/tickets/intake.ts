import { customerTexts, evaluateChecklist } from '../../shared/checklist/evaluate';
import type { IntakeRequest } from '../../shared/domain/schemas';
import { supportedLanguages, type SupportedLanguage } from '../../shared/domain/vocabulary';
import { guessLanguageFromScript } from '../../shared/language/script-language';
import { categoryKeyFor } from '../storage/categories';
import type { NewAttachment, NewTicket } from '../storage/ticket-writes';
import { isPossiblyMisfiled } from '../../shared/triage/misfiled';
import { triageText } from '../triage/history';
import type { TriageSuggester } from '../triage/triage-service';

/** The supported language a locale such as `ko-KR` names, or null. */
export function languageOfLocale(locale: string | null | undefined): SupportedLanguage | null {
  const language = locale?.trim().slice(0, 2).toLowerCase();
  return (supportedLanguages as readonly string[]).includes(language ?? '')
    ? (language as SupportedLanguage)
    : null;
}

/**
 * The ticket to store for a validated intake request: the text exactly as sent, the language guessed from
 * the writing system (the requester's locale when the text has no letters), the customer's category if the
 * service knows it (else none, keeping what they chose), and the checklist extracted from the body and
 * subject, the attachments and the form's occurred_at/device fields, read relative to `receivedAt` (the
 * creation time). With `triage`, the suggested category and whether the customer's category is possibly
 * misfiled (a prediction takes well under a millisecond, so intake stays fast).
 */
export function prepareIntake(
  request: IntakeRequest,
  attachments: readonly NewAttachment[],
  receivedAt: Date = new Date(),
  triage: TriageSuggester | null = null,
): NewTicket {
  const categoryKey = request.category ? categoryKeyFor(request.category) : null;
  const suggestion = triage?.suggest(triageText(request.subject, request.body)) ?? null;
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
    suggestedCategory: suggestion,
    possiblyMisfiled: isPossiblyMisfiled(categoryKey, suggestion, triage?.misfiledThreshold() ?? 1),
    language: guessLanguageFromScript(
      `${request.subject}\n${request.body}`,
      languageOfLocale(request.requester.locale),
    ),
    occurredAt: request.occurred_at ?? null,
    device: request.device ?? null,
    checklist: evaluateChecklist({
      category: categoryKey,
      texts: customerTexts(request.subject, request.body, []),
      attachments: attachments.map((attachment) => ({ name: attachment.name, type: attachment.type })),
      requester: { email: request.requester.email, locale: request.requester.locale ?? null },
      referenceTime: receivedAt,
      provided: { occurredAt: request.occurred_at ?? null, device: request.device ?? null },
    }),
    source: 'web',
    attachments,
  };
}
