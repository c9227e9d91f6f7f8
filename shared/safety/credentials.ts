import { otpWords, passwordTalkWords, passwordWords } from './lexicon';
import type { SecretFinding } from './types';

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s*');
const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => (/^[a-z0-9]/u.test(word) ? `(?<![\\p{L}\\d])${escape(word)}(?![a-zA-Z])` : escape(word)))
    .join('|');

/**
 * What may stand between a context word and the value it gives: punctuation, "is", Korean particles
 * (는/은/이/가), 是/为, "code", "number". Anything else (a verb, a date) means the sentence talks about
 * the secret instead of giving it.
 */
const connector = String.raw`(?:\s|[:：=＝\-–—>→"'“”‘’「」(（]|(?:is|was|are|will be|would be|to|as|code|number|no\.?|shows|says|reads)(?![\p{L}])|는|은|이|가|요|是|为|為|號碼|号码|番号|번호|코드|입니다)*`;

const passwordPattern = new RegExp(`(?:${alternation(passwordWords)})(${connector})`, 'giu');
const otpPattern = new RegExp(`(?:${alternation(otpWords)})(${connector})`, 'giu');

/** A value: a run of characters with no white space and no CJK (passwords are typed on a Latin keyboard). */
const valuePattern = /^["'“‘「]?([^\s"'“”‘’「」,，。、；;\p{Script=Han}\p{Script=Hangul}]{4,64})/u;
const openingQuote = /["'“‘「`]/u;
const closingQuote = /["'”’」`]/u;
/** The text before a context word ends in a path that starts with a slash: `/etc/`, `file:///var/`. */
const pathBefore = /(?:^|[^\w])(?:[\\/]+[\w.-]+)+[\\/]$/u;
const datePattern =
  /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?)$/u;
const otpValuePattern = /^(\d{3}[ -]?\d{3}|\d{4,8})(?![\d\p{Script=Latin}]|[.:/,-]\d)/u;

/**
 * Passwords given with a context word: "my password is X", "password: X", "pw X", 비밀번호는 X, 비번 X,
 * 密码是 X, 密码：X. Only the value is masked. A value must look typed on purpose: letters with digits or
 * symbols, a quoted value, a 4–12 digit PIN that is no date or time, or a letters-only word that is not
 * a word people use when they talk about a password ("reset", "wrong").
 */
export function findPasswords(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  passwordPattern.lastIndex = 0;
  for (const match of text.matchAll(passwordPattern)) {
    // "/etc/passwd", "C:\secrets\password.txt": the word names a file in a path, it gives no password.
    if (pathBefore.test(text.slice(Math.max(0, match.index - 120), match.index))) {
      continue;
    }
    const valueStart = match.index + match[0].length;
    const value = valuePattern.exec(text.slice(valueStart, valueStart + 80));
    if (value === null) {
      continue;
    }
    const start = valueStart + (value[0].length - value[1]!.length);
    // Quoted: an opening quote right before the value (the connector may have taken it) and a closing one
    // right after it.
    const quoted =
      openingQuote.test(text[start - 1] ?? '') && closingQuote.test(text[start + value[1]!.length] ?? '');
    // Sentence punctuation after the value is not part of it ("my password is Abc123.").
    const raw = value[1]!.replace(/[.,;:?)）\]]+$/u, '');
    if (raw.length < 4 || !looksLikePassword(raw, quoted, match[1] ?? '')) {
      continue;
    }
    findings.push({ kind: 'password', start, end: start + raw.length, severity: 'high' });
  }
  return findings;
}

function looksLikePassword(value: string, quoted: boolean, gap: string): boolean {
  if (datePattern.test(value) || (/^\d+(?:[.,]\d+)*$/u.test(value) && !/^\d{4,12}$/u.test(value))) {
    return false;
  }
  if (/^\[/u.test(value)) {
    return false;
  }
  if (quoted) {
    return true;
  }
  const letters = /\p{L}/u.test(value);
  const digits = /\d/u.test(value);
  // Symbols people put in passwords; "-", "_" and "." alone make slugs and names (reset-email).
  const symbols = /[!@#$%^&*+=?~|<>{}()[\]\\/:;'"`,]/u.test(value);
  if (!letters && digits) {
    return /^\d{4,12}$/u.test(value);
  }
  if (letters && (digits || symbols)) {
    // An e-mail address or a web address after "password" is where it was sent, not the password.
    return !/@.+\.|^https?:|^www\./iu.test(value);
  }
  // Letters only: a word after a colon (or a Korean or Chinese connector) that nobody uses to talk
  // about passwords. "My PIN is unlocked" is talk, "password: sunflower" is a password.
  return (
    /[:：=]|는|은|是|为|為/u.test(gap) && !passwordTalkWords.has(value.toLowerCase()) && value.length >= 6
  );
}

/**
 * One-time codes given with a context word: "OTP 123456", "2FA code: 123 456", 인증번호 123456,
 * 验证码是 123456. The value is 4–8 digits (or 3+3), never part of a date, an amount or a longer number.
 */
export function findOtpCodes(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  otpPattern.lastIndex = 0;
  for (const match of text.matchAll(otpPattern)) {
    const valueStart = match.index + match[0].length;
    const value = otpValuePattern.exec(text.slice(valueStart, valueStart + 16));
    if (value === null) {
      continue;
    }
    findings.push({
      kind: 'otp_code',
      start: valueStart,
      end: valueStart + value[1]!.length,
      severity: 'high',
    });
  }
  return findings;
}
