import { maskIncoming } from '../safety/mask-incoming';
import type { ParsedMail } from './parse';

/** What is kept of a received mail: its raw bytes, or a masked rendering when it held a secret. */
export interface KeptOriginal {
  raw: Uint8Array;
  isMasked: boolean;
  /** The subject to record (masked when it held a secret). */
  subject: string;
}

const headerNamesToDrop = new Set(['subject', 'content-type', 'content-transfer-encoding', 'mime-version']);

/**
 * The original of a received mail as the service may keep it. Secrets are never written anywhere (docs/
 * security.md, "Masking"), and a mail's raw bytes hold them encoded (base64, quoted-printable, EUC-KR…) out
 * of the masking's reach: when the subject, text, attachment names or sender name hold a secret, the kept
 * original is a rendering instead: the headers as received (Subject masked, the MIME headers dropped), a
 * header saying so, the masked text, and the attachments listed by name, type and size.
 */
export function keptOriginal(raw: Uint8Array, mail: ParsedMail): KeptOriginal {
  const masked = maskIncoming({
    subject: mail.subject,
    body: mail.text,
    attachmentNames: mail.attachments.map((attachment) => attachment.name),
    labels: [mail.from?.name ?? ''],
  });
  if (masked.kinds.length === 0) {
    return { raw, isMasked: false, subject: mail.subject };
  }
  const headerBlock = new TextDecoder('utf-8').decode(raw).split(/\r?\n\r?\n/)[0] ?? '';
  const kept = headerBlock
    .replace(/\r?\n[ \t]+/g, ' ')
    .split(/\r?\n/)
    .filter((line) => {
      const name = line.slice(0, line.indexOf(':')).trim().toLowerCase();
      return (
        line.includes(':') &&
        !headerNamesToDrop.has(name) &&
        !(name === 'from' && (mail.from?.name ?? '') !== '')
      );
    });
  const subject = masked.subject ?? '';
  const lines = [
    ...kept,
    ...(mail.from?.name ? [`From: ${masked.labels[0] ?? ''} <${mail.from.address}>`] : []),
    `Subject: ${subject}`,
    `X-Support-Console-Masked: ${masked.kinds.join(', ')} removed from this copy; the bytes as sent were not kept`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    masked.body,
    '',
    ...mail.attachments.map(
      (attachment, index) =>
        `[attachment: ${masked.attachmentNames[index] ?? ''} (${attachment.type}, ${attachment.data.byteLength} bytes)]`,
    ),
  ];
  return { raw: new TextEncoder().encode(lines.join('\r\n')), isMasked: true, subject };
}

/** Notes about a mail (attachments left out, by name) with any secret in them masked. */
export function maskedNotes(notes: readonly string[]): string[] {
  return notes.map((note) => maskIncoming({ body: note }).body);
}
