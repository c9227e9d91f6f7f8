import PostalMime, { type Address, type Email } from 'postal-mime';
import type { MailHeader } from '../../shared/mail/classify';
import { htmlToText } from '../../shared/mail/html-text';
import { messageIdsIn } from '../../shared/mail/message-id';

/** One mailbox: address and display name (decoded). */
export interface Mailbox {
  address: string;
  name: string;
}

/** What the e-mail channel reads of a received mail. */
export interface ParsedMail {
  messageId: string | null;
  /** `In-Reply-To` then `References`, most recent first, without angle brackets. */
  referencedIds: string[];
  subject: string;
  from: Mailbox | null;
  to: Mailbox[];
  cc: Mailbox[];
  headers: MailHeader[];
  /** The plain text (postal-mime derives it from the HTML of an HTML-only mail, scripts and styles dropped). */
  text: string;
  attachments: ParsedAttachment[];
  /** The text of `message/delivery-status` and `text/rfc822-headers` parts (delivery reports). */
  reportText: string;
}

/** An attachment or inline image as sent. */
export interface ParsedAttachment {
  name: string;
  type: string;
  data: Uint8Array;
  isInline: boolean;
}

function mailboxesOf(addresses: readonly Address[] | undefined): Mailbox[] {
  const boxes: Mailbox[] = [];
  for (const address of addresses ?? []) {
    if ('group' in address && Array.isArray(address.group)) {
      boxes.push(...address.group.map((member) => ({ address: member.address, name: member.name })));
    } else if ('address' in address && typeof address.address === 'string' && address.address !== '') {
      boxes.push({ address: address.address, name: address.name });
    }
  }
  return boxes;
}

const reportTypes = new Set(['message/delivery-status', 'text/rfc822-headers', 'message/rfc822']);

/**
 * Parses a raw mail with postal-mime: headers, addresses, the text in whatever charset it declares (EUC-KR,
 * GB2312/GBK/GB18030 and Big5 included: postal-mime decodes with the platform's TextDecoder), attachments.
 * Never throws for a malformed mail: postal-mime recovers what it can; limits keep a hostile one bounded.
 */
export async function parseMail(raw: Uint8Array): Promise<ParsedMail> {
  const email: Email = await PostalMime.parse(raw, {
    maxNestingDepth: 50,
    maxHeadersSize: 512 * 1024,
    attachmentEncoding: 'arraybuffer',
  });
  const from = mailboxesOf(email.from ? [email.from] : [])[0] ?? null;
  const attachments: ParsedAttachment[] = [];
  let reportText = '';
  for (const attachment of email.attachments) {
    const content = attachment.content;
    const data =
      typeof content === 'string'
        ? new TextEncoder().encode(content)
        : new Uint8Array(content as ArrayBuffer);
    const type = (attachment.mimeType || 'application/octet-stream').toLowerCase();
    if (reportTypes.has(type)) {
      reportText += `${new TextDecoder('utf-8').decode(data)}\n`;
      continue;
    }
    attachments.push({
      name: attachment.filename ?? 'attachment',
      type,
      data,
      isInline: attachment.disposition === 'inline' || attachment.related === true,
    });
  }
  const referencedIds = [
    ...messageIdsIn(email.inReplyTo),
    ...messageIdsIn(email.references).reverse(),
  ].filter((id, index, all) => all.indexOf(id) === index);
  return {
    messageId: email.messageId ?? null,
    referencedIds,
    subject: email.subject ?? '',
    from,
    to: mailboxesOf(email.to),
    cc: mailboxesOf(email.cc),
    headers: email.headers.map((header) => ({ key: header.key, value: header.value })),
    // postal-mime leaves `text` empty for an HTML-only mail: the ticket gets the HTML's plain text.
    text: email.text !== undefined && email.text.trim() !== '' ? email.text : htmlToText(email.html ?? ''),
    attachments,
    reportText,
  };
}
