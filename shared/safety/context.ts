import { apiSecretWords, identifierWords, privateKeyWords } from './lexicon';

/** What the closest word around a value says it is. */
export type ValueContext = 'private_key' | 'api_secret' | 'identifier';

/** One context word found in a text. */
export interface ContextWord {
  start: number;
  end: number;
  context: ValueContext;
}

/** Every spelling to look for: the word as listed, and without its space ("secret key", "secretkey"). */
const spellings: { word: string; context: ValueContext; latin: boolean }[] = [];
for (const [context, words] of [
  ['private_key', privateKeyWords],
  ['api_secret', apiSecretWords],
  ['identifier', identifierWords],
] as const) {
  for (const word of words) {
    for (const spelling of new Set([word, word.replace(/ /gu, '')])) {
      spellings.push({ word: spelling, context, latin: /^[a-z]/u.test(spelling) });
    }
  }
}

const letterOrDigit = /[\p{L}\p{N}]/u;
const isLetterOrDigit = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) ||
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0xc0 && letterOrDigit.test(String.fromCharCode(code)));
const isLatinLetter = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);

/**
 * The context words of a text, found with `indexOf` on the lower-cased text (native string search: much
 * cheaper than a regular expression of 240 alternatives, or a look at every character). Latin words need
 * word edges ("secret" is not in "secretary"); Hangul and Han words do not. A word inside a longer one
 * found at the same place ("hash" in "tx hash") does not count.
 */
export function findContextWords(text: string): ContextWord[] {
  const lower = text.toLowerCase();
  // Lower-casing keeps offsets for every script we serve; if it ever did not, offsets would drift.
  const haystack = lower.length === text.length ? lower : text;
  const found: ContextWord[] = [];
  for (const { word, context, latin } of spellings) {
    for (let at = haystack.indexOf(word); at !== -1; at = haystack.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (
        !latin ||
        (!isLetterOrDigit(haystack.charCodeAt(at - 1)) && !isLatinLetter(haystack.charCodeAt(end)))
      ) {
        found.push({ start: at, end, context });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ContextWord[] = [];
  for (const word of found) {
    const last = kept[kept.length - 1];
    if (last === undefined || word.end > last.end) {
      kept.push(word);
    }
  }
  return kept;
}

/** Only punctuation or a copula between a word and the value it labels ("key: ", "키는 ", "私钥是"). */
const labelGap = /^[\s:：=＝\-–—>"'`(（[「]*(?:(?:is|was|는|은|이|가|是|为|為)[\s:：]*)?["'`「]?$/iu;

/** How far (UTF-16 units) a context word may stand before a value, or after it. */
const reachBefore = 64;
const reachAfter = 32;

/**
 * The context of the value at [start, end): a word right before it that labels it ("Private key: …",
 * "TxID: …") wins; otherwise the closest context word before it (within 64 characters) or after it
 * (within 32). So "TxID: <hex>" stays a hash even when "private key" appears earlier in the sentence.
 */
export function closestContext(
  text: string,
  words: readonly ContextWord[],
  start: number,
  end: number,
): ValueContext | null {
  let best: { distance: number; context: ValueContext } | null = null;
  let label: ValueContext | null = null;
  for (const word of words) {
    if (word.end <= start && start - word.end <= reachBefore) {
      const distance = start - word.end;
      if (labelGap.test(text.slice(word.end, start))) {
        label = word.context;
      }
      if (best === null || distance < best.distance) {
        best = { distance, context: word.context };
      }
    } else if (word.start >= end && word.start - end <= reachAfter) {
      const distance = word.start - end;
      if (best === null || distance < best.distance) {
        best = { distance, context: word.context };
      }
    }
  }
  return label ?? best?.context ?? null;
}
