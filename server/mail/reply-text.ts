import EmailReplyParser from 'email-reply-parser';
import { replySeparatorMarker } from '../../shared/mail/acknowledgement';

// Quote headers email-reply-parser 2.3.7 does not know: Gmail's Korean (`2024년 3월 5일 (화) 오후 2:22, 이름
// <a@b.c>님이 작성:`) and Naver's and Outlook's Korean and Chinese header blocks (`-----Original
// Message-----` it knows; `보낸 사람:`/`发件人:` blocks it does not).
const extraQuoteHeaders = [
  /^\s*20\d{2}년\s*\d{1,2}월\s*\d{1,2}일.*작성:?\s*$/m,
  /^\s*(?:보낸\s?사람|From)\s*[:：].*\n(?:.*\n){0,4}?\s*(?:받는\s?사람|To)\s*[:：]/m,
  /^\s*(?:发件人|寄件者|發件人)\s*[:：].*\n(?:.*\n){0,4}?\s*(?:收件人|收件者)\s*[:：]/m,
  /^\s*-+\s*(?:原始邮件|原始郵件|Original)\s*-+\s*$/m,
];

/** Cuts `text` at the first line matching one of `patterns` (when that leaves something). */
function cutAtFirst(text: string, patterns: readonly RegExp[]): string {
  let end = text.length;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match !== null && match.index < end) {
      end = match.index;
    }
  }
  return text.slice(0, end);
}

/**
 * The new text of a customer's mail: everything above our own separator line (`##- … -##`, which every mail
 * the service sends starts with), then quoted text and signatures stripped by email-reply-parser (it knows
 * `On … wrote:`, `… 작성:` with a dotted date, `在…写道：` and many more), then the Korean and Chinese quote
 * headers it does not know. When stripping would leave nothing (a mail that is all quote), the text as sent.
 */
export function visibleReplyText(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n');
  const separatorAt = normalized.split('\n').findIndex((line) =>
    line
      .trimStart()
      .replace(/^>+\s*/, '')
      .startsWith(replySeparatorMarker),
  );
  const lines = normalized.split('\n');
  const aboveSeparator = separatorAt >= 0 ? lines.slice(0, separatorAt).join('\n') : normalized;
  let visible: string;
  try {
    visible = new EmailReplyParser().read(aboveSeparator).getVisibleText();
  } catch {
    visible = aboveSeparator;
  }
  const trimmed = cutAtFirst(visible, extraQuoteHeaders).trim();
  return trimmed === '' ? normalized.trim() : trimmed;
}
