/**
 * The one tokenizer of FAQ search and ranking, so that index and query always agree. Latin and other spaced
 * scripts split into lower-case words. Korean, Chinese and Japanese runs become overlapping character pairs
 * (bigrams): Chinese has no spaces, and Korean words carry particles (`출금이`, `출금을`), so pairs match
 * `출금` in both without a dictionary and give the same tokens on every ICU version.
 */

const wordPattern = /[\p{L}\p{N}]+/gu;
const cjkRunPattern =
  /([\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+)|([^\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+)/gu;
const cjkCharacter = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Placeholders name values, not content: indexing them would make every reply match "customer name". */
const placeholderPattern = /\{\{[^{}]*\}\}/g;

/**
 * Words too common to tell replies apart ("what do you …" would otherwise match any title phrased as a
 * question). Short on purpose: only English, the language of spaced words the library is written in.
 */
const stopWords = new Set(
  'a an and are as at be by can do does for from has have hello hi how i in is it me my not of on or our please that the there this to was we what why with you your'.split(
    ' ',
  ),
);

/** A light stemmer for Latin words: plural `s` off, so `fees` meets `fee` (`address` keeps its `ss`). */
function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !/^\d+$/.test(word)
    ? word.slice(0, -1)
    : word;
}

/** True when `token` is made of CJK characters (no typo tolerance applies to it). */
export function isCjkToken(token: string): boolean {
  return cjkCharacter.test(token);
}

/** The search tokens of `text`, in order, repeats kept (term frequencies count them). */
export function faqTokens(text: string): string[] {
  const tokens: string[] = [];
  const normalized = text.replace(placeholderPattern, ' ').normalize('NFKC').toLowerCase();
  for (const [word] of normalized.matchAll(wordPattern)) {
    for (const run of word.matchAll(cjkRunPattern)) {
      const cjk = run[1];
      if (cjk !== undefined) {
        const characters = Array.from(cjk);
        if (characters.length === 1) {
          tokens.push(cjk);
        }
        for (let index = 0; index + 1 < characters.length; index += 1) {
          tokens.push(`${characters[index] ?? ''}${characters[index + 1] ?? ''}`);
        }
      } else if (run[2] !== undefined && !stopWords.has(run[2])) {
        tokens.push(stem(run[2]));
      }
    }
  }
  return tokens;
}
