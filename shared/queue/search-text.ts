/**
 * Text normalization for the queue's search, shared by the console's index and view filters. Korean and
 * Chinese need no word splitting for a substring search (a query like 출금 or 提现 is found inside 출금이
 * or 提现失败 by plain `indexOf`), but they do need one canonical form: Hangul typed or pasted as separate
 * jamo (NFD, e.g. from macOS file names or some IMEs) must equal precomposed syllables, and full-width
 * Latin letters and digits from CJK keyboards (ＢＴＣ, １２３) must equal ASCII. NFKC does both.
 */

/** Characters from the Hangul, Han, Hiragana and Katakana scripts. */
const cjkCharacter = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** True when `text` contains Korean, Chinese or Japanese characters. */
export function hasCjk(text: string): boolean {
  return cjkCharacter.test(text);
}

/**
 * The canonical, lower-cased form a search compares: NFKC (composed Hangul, ASCII for full-width forms),
 * lower case. Only strings that are not plain ASCII pay for normalization.
 */
export function normalizeSearchText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const normalized = /^[\u0000-\u007f]*$/u.test(text) ? text : text.normalize('NFKC');
  return normalized.toLowerCase();
}

/**
 * A search split into normalized words (an empty list matches everything). Full-width spaces (U+3000) from
 * CJK input methods separate words like ASCII spaces.
 */
export function parseSearchWords(text: string): string[] {
  return normalizeSearchText(text)
    .split(/[\s\u3000]+/u)
    .filter((word) => word.length > 0);
}
