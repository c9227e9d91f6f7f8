/**
 * Mail that must never open a ticket nor get an acknowledgement (docs/email.md, "Loops and bounces"):
 * auto-replies (RFC 3834 `Auto-Submitted` other than `no`, `X-Autoreply`/`X-Autorespond`, `Precedence:
 * bulk|junk|list`, any `List-*` header, or a subject that an auto-responder without headers writes), bounces
 * (`multipart/report` delivery reports, MAILER-DAEMON or postmaster senders, `X-Failed-Recipients`), and
 * mail from one of the service's own addresses.
 */

/** One header as received: lower-case name and unfolded value. */
export interface MailHeader {
  key: string;
  value: string;
}

/** What the classification reads of a mail. */
export interface ClassificationFacts {
  headers: readonly MailHeader[];
  /** The From address (already parsed). */
  fromAddress: string | null;
  subject: string | null;
  /** The service's own addresses, as address keys (MAIL_FROM and the team mailbox). */
  ownAddressKeys: readonly string[];
}

/** What kind of mail it is; only `customer` mail opens or joins tickets. */
export type MailKind = 'customer' | 'auto_reply' | 'bounce' | 'own_address';

/** The kind and the header or rule that decided it. */
export interface MailClassification {
  kind: MailKind;
  reason: string;
}

function headerValues(headers: readonly MailHeader[], key: string): string[] {
  return headers.filter((header) => header.key === key).map((header) => header.value.trim());
}

// Subjects auto-responders write when they set no header (Outlook's, Naver's and QQ Mail's wording among
// them). Only at the very start of the subject, where a person's own subject rarely begins like this.
const autoReplySubjectPattern =
  /^\s*(?:automatic reply|auto(?:matic)?[- ]?reply|out of (?:the )?office|autosvar|自动回复|自動回覆|自動回复|자동\s?응답|\[자동\s?응답\]|부재\s?중)\s*[:：]?/i;

const bounceLocalParts = new Set(['mailer-daemon', 'postmaster', 'mail-daemon', 'mailerdaemon']);

/** Classifies a mail (see the module comment). The first rule that matches decides. */
export function classifyMail(facts: ClassificationFacts): MailClassification {
  const from = facts.fromAddress?.trim().toLowerCase() ?? '';
  if (from !== '' && facts.ownAddressKeys.includes(from)) {
    return { kind: 'own_address', reason: `from the service's own address ${from}` };
  }
  const contentType = headerValues(facts.headers, 'content-type')[0]?.toLowerCase() ?? '';
  if (/^multipart\/report\b/.test(contentType)) {
    return { kind: 'bounce', reason: 'multipart/report delivery report' };
  }
  const localPart = from.split('@')[0] ?? '';
  if (bounceLocalParts.has(localPart)) {
    return { kind: 'bounce', reason: `from ${localPart}` };
  }
  if (headerValues(facts.headers, 'x-failed-recipients').length > 0) {
    return { kind: 'bounce', reason: 'X-Failed-Recipients' };
  }
  const autoSubmitted = headerValues(facts.headers, 'auto-submitted')[0];
  if (autoSubmitted !== undefined && !/^no\b/i.test(autoSubmitted)) {
    return { kind: 'auto_reply', reason: `Auto-Submitted: ${autoSubmitted}` };
  }
  for (const key of ['x-autoreply', 'x-autorespond', 'x-auto-reply']) {
    const value = headerValues(facts.headers, key)[0];
    if (value !== undefined && !/^no\b/i.test(value)) {
      return { kind: 'auto_reply', reason: `${key}: ${value}` };
    }
  }
  const precedence = headerValues(facts.headers, 'precedence')[0];
  if (precedence !== undefined && /^(bulk|junk|list)\b/i.test(precedence)) {
    return { kind: 'auto_reply', reason: `Precedence: ${precedence}` };
  }
  const listHeader = facts.headers.find((header) => header.key.startsWith('list-'));
  if (listHeader !== undefined) {
    return { kind: 'auto_reply', reason: `${listHeader.key} (mailing list)` };
  }
  if (autoReplySubjectPattern.test(facts.subject ?? '')) {
    return { kind: 'auto_reply', reason: 'auto-responder subject' };
  }
  return { kind: 'customer', reason: 'customer mail' };
}

/**
 * The recipients a delivery report says failed: `Final-Recipient`/`Original-Recipient` fields of its
 * `message/delivery-status` part and `X-Failed-Recipients`, as address keys, first seen first.
 */
export function failedRecipientsIn(headers: readonly MailHeader[], reportText: string): string[] {
  const found: string[] = [];
  const add = (address: string): void => {
    const key = address.trim().replace(/^<|>$/g, '').toLowerCase();
    if (key.includes('@') && !found.includes(key)) {
      found.push(key);
    }
  };
  for (const value of headerValues(headers, 'x-failed-recipients')) {
    value.split(',').forEach(add);
  }
  for (const match of reportText.matchAll(/^(?:Final|Original)-Recipient:\s*rfc822;\s*(\S+)\s*$/gim)) {
    add(match[1] ?? '');
  }
  return found;
}
