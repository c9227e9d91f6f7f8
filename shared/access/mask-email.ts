import type { Ticket } from '../domain/schemas';

/**
 * The masked form of an e-mail address that lists, change events and client caches carry
 * (docs/security.md, "Reads"): the first character of the local part, `***`, and the whole domain, so
 * `mina.kim@example.com` becomes `m***@example.com`. The domain stays: agents sort and spot company
 * domains by it, and it names no one. Text without an `@` is masked whole (`***`).
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) {
    return '***';
  }
  // Whole code points, so a local part that starts with an emoji or a CJK character is not split.
  const first = Array.from(email.slice(0, at))[0] ?? '';
  return `${first}***${email.slice(at)}`;
}

/** True when `email` is already in the masked form `maskEmail` gives (the console never shows it as a full address). */
export function isMaskedEmail(email: string): boolean {
  return /^[^@]?\*\*\*(@|$)/u.test(email);
}

/** An e-mail address inside free text (local part of the common characters, a dotted domain). */
const emailInText = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** `text` with every e-mail address in it masked as `maskEmail` does (customers paste their address in bodies). */
export function maskEmailsIn(text: string): string {
  return text.includes('@') ? text.replace(emailInText, (address) => maskEmail(address)) : text;
}

/**
 * `ticket` as lists, change refreshes and client caches carry it (docs/security.md "Reads"): the requester's
 * e-mail masked, and every address in its subject, body, requester name and checklist evidence (the
 * `contact` item quotes it) masked too. Masking a masked ticket changes nothing.
 */
export function maskTicketContacts<T extends Ticket>(ticket: T): T {
  const masked = (text: string | null): string | null => (text === null ? null : maskEmailsIn(text));
  // Already masked (a list answer): the same object, so stores that compare identities see no change.
  const isClean =
    isMaskedEmail(ticket.requester.email) &&
    !ticket.subject.includes('@') &&
    !ticket.body.includes('@') &&
    !(ticket.requester.name ?? '').includes('@') &&
    ticket.checklist.items.every(
      (item) => !(item.evidence ?? '').includes('@') && !(item.normalized ?? '').includes('@'),
    );
  if (isClean) {
    return ticket;
  }
  return {
    ...ticket,
    subject: maskEmailsIn(ticket.subject),
    body: maskEmailsIn(ticket.body),
    requester: {
      ...ticket.requester,
      email: maskEmail(ticket.requester.email),
      name: masked(ticket.requester.name),
    },
    checklist: {
      ...ticket.checklist,
      items: ticket.checklist.items.map((item) => ({
        ...item,
        evidence: masked(item.evidence),
        ...(item.normalized === undefined ? {} : { normalized: masked(item.normalized ?? null) }),
      })),
    },
  };
}
