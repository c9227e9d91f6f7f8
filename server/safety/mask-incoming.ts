import type { SupportedLanguage } from '../../shared/domain/vocabulary';
import { supportedLanguages } from '../../shared/domain/vocabulary';
import { detectLanguage } from '../../shared/language/detect-language';
import { findSecrets, maskSecrets, type MarkerLanguage, type SecretKind } from '../../shared/safety/secrets';

/**
 * The service's one entry point for masking secrets customers (and agents) paste, before any of the text
 * is stored, analyzed, indexed, logged or sent to a socket (docs/security.md, "Masking"). Every writer of
 * text calls it: intake, customer messages, agents' replies and notes, import, the demo data, and the
 * e-mail channel.
 */

/** The text of one incoming entry: an opening request (subject and body) or a message (body only). */
export interface IncomingText {
  /** The ticket's subject, for an opening request. */
  subject?: string;
  body: string;
  /** Names of the files that came with it: a customer may name a screenshot after their seed phrase. */
  attachmentNames?: readonly string[];
  /** Short free-text fields that come with it (the requester's name, the device): masked alike. */
  labels?: readonly string[];
}

/** How to choose the markers' language when a secret is found. */
export interface MarkerLanguageHint {
  /** The ticket's language when it has one (follow-up messages): the markers use it. */
  language?: string | null;
  /** The requester's locale (`ko-KR`), used when neither the ticket nor the text says a language. */
  locale?: string | null;
}

/** `IncomingText` with every secret replaced by its marker, and what was found. */
export interface MaskedIncoming {
  /** The masked subject; absent when none was given. */
  subject?: string;
  body: string;
  /** The masked attachment names, in the order given (empty when none were given). */
  attachmentNames: string[];
  /** The masked labels, in the order given (empty when none were given). */
  labels: string[];
  /** Each kind of secret found, once, in the order first found; empty when the text had none. */
  kinds: SecretKind[];
  /** The markers' language (the ticket's, else the text's, else the locale's, else English). */
  language: MarkerLanguage;
}

/** True for the kinds whose exposure hands over the funds themselves (the customer is warned). */
export function isFundsSecret(kind: SecretKind): boolean {
  return kind === 'seed_phrase' || kind === 'private_key';
}

function asMarkerLanguage(language: string | null | undefined): MarkerLanguage | null {
  return (supportedLanguages as readonly string[]).includes(language ?? '')
    ? (language as SupportedLanguage)
    : null;
}

function markerLanguageFor(texts: readonly string[], hint: MarkerLanguageHint): MarkerLanguage {
  const locale = asMarkerLanguage(hint.locale?.trim().slice(0, 2).toLowerCase());
  return asMarkerLanguage(hint.language) ?? detectLanguage(texts.join('\n'), locale) ?? 'en';
}

/**
 * Masks every secret (seed phrases, private keys, API secrets, passwords and one-time codes given with
 * their context words: `shared/safety/secrets.ts`) in the subject, body and attachment names of one
 * incoming entry. Each secret becomes a marker such as `[seed phrase removed]` in the ticket's language
 * (`hint.language`; for a new ticket, the language of the text, else of `hint.locale`, else English).
 * Text without secrets comes back unchanged and costs one detector pass per field (the language is only
 * detected when something was found). Pure and synchronous: call it before the text goes anywhere,
 * including the intake analysis worker, and store only what it returns; record `kinds` as the ticket's
 * `redactions` for the message written.
 */
export function maskIncoming(incoming: IncomingText, hint: MarkerLanguageHint = {}): MaskedIncoming {
  const names = incoming.attachmentNames ?? [];
  const labels = incoming.labels ?? [];
  const fields = [incoming.subject ?? '', incoming.body, ...names, ...labels];
  const hasSecrets = fields.some((field) => field !== '' && findSecrets(field).length > 0);
  const language = hasSecrets ? markerLanguageFor(fields, hint) : (asMarkerLanguage(hint.language) ?? 'en');
  if (!hasSecrets) {
    return {
      ...(incoming.subject === undefined ? {} : { subject: incoming.subject }),
      body: incoming.body,
      attachmentNames: [...names],
      labels: [...labels],
      kinds: [],
      language,
    };
  }
  const kinds = new Set<SecretKind>();
  const mask = (text: string): string => {
    const masked = maskSecrets(text, language);
    masked.kinds.forEach((kind) => kinds.add(kind));
    return masked.text;
  };
  return {
    ...(incoming.subject === undefined ? {} : { subject: mask(incoming.subject) }),
    body: mask(incoming.body),
    attachmentNames: names.map(mask),
    labels: labels.map(mask),
    kinds: [...kinds],
    language,
  };
}

/** One entry of a ticket's `redactions`: a kind of secret masked, and the message it was in (null: the opening). */
export interface Redaction {
  kind: SecretKind;
  message_id: string | null;
}

/** The `redactions` entries for the kinds masked in one message (`messageId` null: the opening request). */
export function redactionsOf(kinds: readonly SecretKind[], messageId: string | null): Redaction[] {
  return kinds.map((kind) => ({ kind, message_id: messageId }));
}
