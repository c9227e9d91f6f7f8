/**
 * The service's own Message-IDs: `<sc.{ticket id}.{message key}.{signature}@{domain}>`. The signature is an
 * HMAC over the ticket id and the message key (computed by the service, which holds the secret: see
 * server/mail/signing.ts), so a mail naming one of these in `In-Reply-To` or `References` proves it answers
 * a mail the service sent about THAT ticket. A forged or edited id fails the check and threads nothing.
 */

/** The parts of one of the service's Message-IDs. */
export interface ServiceMessageId {
  ticketId: string;
  messageKey: string;
  signature: string;
  domain: string;
}

const uuidPattern = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const serviceIdPattern = new RegExp(
  `^sc\\.(${uuidPattern})\\.([0-9a-z-]{1,64})\\.([0-9a-f]{32})@([^<>@\\s]+)$`,
);

/** What the signature covers: the ticket id and the message key, in that order. */
export function signedPayload(ticketId: string, messageKey: string): string {
  return `sc1:${ticketId}:${messageKey}`;
}

/** The Message-ID header value (with angle brackets) for `parts`. */
export function formatServiceMessageId(parts: ServiceMessageId): string {
  return `<sc.${parts.ticketId}.${parts.messageKey}.${parts.signature}@${parts.domain}>`;
}

/** The parts of `value` (with or without angle brackets) when it has the service's shape; null otherwise. */
export function parseServiceMessageId(value: string): ServiceMessageId | null {
  const bare = value.trim().replace(/^<|>$/g, '');
  const match = serviceIdPattern.exec(bare);
  if (match === null) {
    return null;
  }
  const [, ticketId, messageKey, signature, domain] = match;
  if (ticketId === undefined || messageKey === undefined || signature === undefined || domain === undefined) {
    return null;
  }
  return { ticketId, messageKey, signature, domain };
}

/**
 * The Message-IDs named in a header such as `References` or `In-Reply-To`, in order, without angle
 * brackets. Text outside angle brackets (comments, a bare id some clients send) counts as one id per word.
 */
export function messageIdsIn(value: string | null | undefined): string[] {
  if (value === null || value === undefined) {
    return [];
  }
  const bracketed = [...value.matchAll(/<([^<>\s]+)>/g)].map((match) => match[1] ?? '');
  if (bracketed.length > 0) {
    return bracketed.filter((id) => id !== '');
  }
  return value
    .split(/[\s,]+/)
    .map((word) => word.trim())
    .filter((word) => word.includes('@'));
}

/** The key a received mail is recorded under: its Message-ID without brackets, or null when it has none. */
export function messageKeyOf(messageId: string | null | undefined): string | null {
  const ids = messageIdsIn(messageId);
  const first = ids[0]?.trim();
  return first === undefined || first === '' ? null : first.slice(0, 900);
}
