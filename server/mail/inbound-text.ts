import { limits } from '../../shared/domain/schemas';
import { decodeAttachments } from '../tickets/attachments';
import type { NewAttachment } from '../storage/ticket-writes';
import type { ParsedAttachment } from './parse';

/**
 * Text as the database can store it: NUL characters dropped and unpaired surrogates replaced (the web
 * form refuses those; a mail cannot be refused, so they are cleaned), cut to `maxLength`.
 */
export function storableText(text: string, maxLength: number): string {
  return text
    .replaceAll('\u0000', '')
    .slice(0, maxLength)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** The subject a mail's ticket gets: its own, or a placeholder for an empty one. */
export function ticketSubject(subject: string): string {
  const cleaned = storableText(subject.replace(/\s+/g, ' ').trim(), limits.subjectLength);
  return cleaned === '' ? '(no subject)' : cleaned;
}

/** The body a mail's ticket or message gets: its text, or a placeholder when it had only attachments. */
export function messageBody(text: string, attachmentNames: readonly string[]): string {
  const cleaned = storableText(text.trim(), limits.bodyLength);
  if (cleaned !== '') {
    return cleaned;
  }
  return attachmentNames.length > 0 ? `(attachments: ${attachmentNames.join(', ')})` : '(no text)';
}

/**
 * The attachments and inline images of a mail that intake's rules accept (type list, magic bytes, size,
 * count: server/tickets/attachments.ts), and a note for each one left out. A mail is never refused for an
 * attachment: the original keeps it.
 */
export function acceptedAttachments(attachments: readonly ParsedAttachment[]): {
  accepted: NewAttachment[];
  notes: string[];
} {
  const accepted: NewAttachment[] = [];
  const notes: string[] = [];
  for (const attachment of attachments) {
    const name = storableText(attachment.name, 255) || 'attachment';
    if (accepted.length >= limits.attachmentCount) {
      notes.push(`attachment left out: ${name} (more than ${limits.attachmentCount})`);
      continue;
    }
    try {
      const [decoded] = decodeAttachments([
        { name, type: attachment.type, data: Buffer.from(attachment.data).toString('base64') },
      ]);
      if (decoded !== undefined) {
        accepted.push(decoded);
      }
    } catch (error) {
      const reason =
        error instanceof Error ? error.message.replace(/^attachments\.0\.\w+:?\s*/, '') : 'refused';
      notes.push(`attachment left out: ${name} (${reason})`);
    }
  }
  return { accepted, notes };
}
