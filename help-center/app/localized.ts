import type { SupportedLanguage } from '../../shared/domain/vocabulary';
import { textForLanguage } from '../../shared/incidents/match';

/** `text` (a title or body per language) in `language`, else English, Korean, Chinese. */
export function localized(text: Record<string, string>, language: SupportedLanguage): string {
  return textForLanguage(text, language);
}

/** A time for the customer, in their language and their device's time zone ("3월 8일 오후 2:30"). */
export function formatTime(iso: string, language: SupportedLanguage): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
