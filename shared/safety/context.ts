import { apiSecretWords, identifierWords, privateKeyWords } from './lexicon';

/** What the closest word around a value says it is. */
export type ValueContext = 'private_key' | 'api_secret' | 'identifier';

/** One context word found in a text. */
export interface ContextWord {
  start: number;
  end: number;
  context: ValueContext;
}

/** Every spelling to look for: the word as listed, and without its space ("secret key" → "secretkey"). */
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

const letterOrDigit = /[\p{L}\d]/u;
const latinLetter = /[a-zA-Z]/u;

/**
 * The context words of a text, found with `indexOf` on the lower-cased text (much cheaper than one large
 * regular expression per value). Latin words need word edges ("secret" is not in "secretary"); Hangul and
 * Han words do not. Where one word lies inside a longer one ("hash" in "tx hash"), the longer one counts.
 */
export function findContextWords(text: string): ContextWord[] {
  const lower = text.toLowerCase();
  // Lower-casing keeps offsets for every script we serve; if it ever did not, offsets would drift.
  const haystack = lower.length === text.length ? lower : text;
  const found: ContextWord[] = [];
  for (const { word, context, latin } of spellings) {
    let at = haystack.indexOf(word);
    while (at !== -1) {
      const end = at + word.length;
      const edged =
        !latin || (!letterOrDigit.test(haystack[at - 1] ?? '') && !latinLetter.test(haystack[end] ?? ''));
      if (edged) {
        found.push({ start: at, end, context });
      }
      at = haystack.indexOf(word, at + 1);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop words inside a longer word found at the same place.
  const kept: ContextWord[] = [];
  for (const word of found) {
    const last = kept[kept.length - 1];
    if (last !== undefined && word.start >= last.start && word.end <= last.end) {
      continue;
    }
    kept.push(word);
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
