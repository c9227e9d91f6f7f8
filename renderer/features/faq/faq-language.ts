import type { FaqPrompt, FaqReply, FaqVariant } from '../../../shared/domain/faq-schemas';
import type { TicketDetail } from '../../../shared/domain/schemas';

/** The primary language subtag, lower-cased: `zh-Hant-TW` → `zh`. */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? tag.toLowerCase();
}

/** The language a reply to this ticket should be in: the ticket's, else the requester's locale, else the UI's. */
export function customerLanguage(
  ticket: Pick<TicketDetail, 'language' | 'requester'>,
  interfaceLanguage: string,
): string {
  return primaryLanguage(ticket.language ?? ticket.requester.locale ?? interfaceLanguage);
}

/** The variant to show, and whether it is a stand-in because the wanted language has none. */
export interface ChosenVariant {
  variant: FaqVariant;
  isFallback: boolean;
}

/**
 * The reply's variant in `language`; when it has none, the variant in the agent's interface language, else
 * English, else the first one (marked as a fallback so the picker can say so).
 */
export function chooseVariant(
  reply: FaqReply,
  language: string,
  interfaceLanguage: string,
): ChosenVariant | null {
  const find = (wanted: string): FaqVariant | undefined =>
    reply.variants.find((variant) => primaryLanguage(variant.language) === primaryLanguage(wanted));
  const exact = find(language);
  if (exact) {
    return { variant: exact, isFallback: false };
  }
  const stand = find(interfaceLanguage) ?? find('en') ?? reply.variants[0];
  return stand ? { variant: stand, isFallback: true } : null;
}

/** A prompt's label in the interface language, else English, else any, else its key. */
export function promptLabel(prompt: FaqPrompt, interfaceLanguage: string): string {
  const labels = prompt.label;
  const wanted = primaryLanguage(interfaceLanguage);
  const match = Object.entries(labels).find(([language]) => primaryLanguage(language) === wanted);
  return match?.[1] ?? labels.en ?? Object.values(labels)[0] ?? prompt.key;
}

/** `prompt.tx_hash` → `tx_hash`, or null for a placeholder that is not a prompt. */
export function promptKeyOf(placeholderName: string): string | null {
  return placeholderName.startsWith('prompt.') ? placeholderName.slice('prompt.'.length) : null;
}

/** `tx_hash` or `{{prompt.tx_hash}}` → `{{prompt.tx_hash}}`: how an unfilled placeholder reads in the text. */
export function placeholderMarker(name: string): string {
  return name.startsWith('{{') ? name : `{{${name}}}`;
}
