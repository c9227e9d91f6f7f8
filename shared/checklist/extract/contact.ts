import { earliest, firstMatch, type Finding } from './finding';

/**
 * Ways to reach the customer besides the ticket's e-mail: a phone number (international `+…`, Korean
 * mobile `010-…`, Chinese mobile `1[3-9]` + 9 digits), another e-mail address, or a messenger handle
 * (Telegram, WhatsApp, KakaoTalk, WeChat, QQ, Line ID).
 */
const phonePatterns = [
  /(?<![\w+])\+\d{1,3}(?:[\s-]?\(?\d{1,4}\)?){2,5}(?![\w])/g,
  /(?<![\w])01[016789][\s-]?\d{3,4}[\s-]?\d{4}(?!\w)/g,
  // Chinese mobiles are often written in groups: "159 1234 5678", "159-1234-5678".
  /(?<![\w])1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\w)/g,
];
// Starts only where a run of address characters starts (tried inside a long run, it took quadratic time).
const emailPattern = /(?<![\w.+-])[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;
const messengerPattern =
  /(?:telegram|whatsapp|wechat|kakao\s*talk|kakao|line\s*id|\bqq|\btg|텔레그램|카카오톡|카톡|위챗|라인\s*아이디|微信|电报|飞机)\s*(?:id|아이디|号|账号)?\s*(?:는|은|是|为)?\s*[:：]?\s*(@?[a-z0-9][\w.-]{2,}|\+?\d[\d\s-]{6,}\d)/gi;

/** The first contact in `text` other than `requesterEmail`, or null. */
export function findContact(text: string, requesterEmail: string): Finding | null {
  const own = requesterEmail.trim().toLowerCase();
  const phones = phonePatterns.map((pattern) =>
    firstMatch(text, pattern, (match) => match[0].replace(/\D/g, '').length >= 9),
  );
  const email = firstMatch(text, emailPattern, (match) => match[0].toLowerCase() !== own);
  return earliest([...phones, email, firstMatch(text, messengerPattern)]);
}
