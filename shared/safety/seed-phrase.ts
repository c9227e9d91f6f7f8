import { validateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as korean } from '@scure/bip39/wordlists/korean.js';
import { wordlist as simplifiedChinese } from '@scure/bip39/wordlists/simplified-chinese.js';
import { wordlist as traditionalChinese } from '@scure/bip39/wordlists/traditional-chinese.js';
import { chineseFunctionCharacters, englishStopwords, seedWords } from './lexicon';
import type { SecretFinding } from './types';

/** Bit per word list family; a window counts the words of one family only. */
const englishBit = 1;
const koreanBit = 2;
/** The Chinese family: a word of the simplified or of the traditional list (1,275 characters are in both). */
const simplifiedBit = 4;
const traditionalBit = 8;
const chineseBit = simplifiedBit | traditionalBit;
const families = [englishBit, koreanBit, chineseBit] as const;

/** Normalised word → the families whose list holds it (built once at module load). */
const listFamilies = new Map<string, number>();
const addList = (list: readonly string[], bit: number): void => {
  // Both forms: the lists are NFKD, people type Korean precomposed (NFC); looking both up saves
  // normalising every word of every ticket.
  for (const word of list) {
    for (const key of new Set([word.normalize('NFKD'), word.normalize('NFC')])) {
      listFamilies.set(key, (listFamilies.get(key) ?? 0) | bit);
    }
  }
};
addList(english, englishBit);
addList(korean, koreanBit);
addList(simplifiedChinese, simplifiedBit);
addList(traditionalChinese, traditionalBit);

/** The word lists a checksum is tried against, per family. */
const checksumLists: [number, string[]][] = [
  [englishBit, english],
  [koreanBit, korean],
  [simplifiedBit, simplifiedChinese],
  [traditionalBit, traditionalChinese],
];

const phraseLengths = [24, 21, 18, 15, 12] as const;
const shortestPhrase = 12;
/** Checksum checks per span, at most. */
const checksumTries = 12;

/** CJK unified ideographs (and extension A): every character of the Chinese BIP-39 lists is one. */
const isHan = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
const isHangul = (code: number): boolean =>
  (code >= 0xac00 && code <= 0xd7a3) ||
  (code >= 0x1100 && code <= 0x11ff) ||
  (code >= 0x3130 && code <= 0x318f);
const isLatin = (code: number): boolean => code < 0x250 || (code >= 0xff21 && code <= 0xff5a);
const isHangulSyllable = (code: number): boolean => code >= 0xac00 && code <= 0xd7a3;

/**
 * What may stand between two words of a pasted list: spaces, newlines, commas and list numbering
 * ("1.", "2)", "(3)", "#4", "①", "㉑"). A full stop, question mark or a word of prose ends the list.
 */
const listSeparator =
  /^[\s,;、，；·|/\-–—_"'“”‘’]*(?:(?:\(?\d{1,2}[.)\]:]?|#\d{1,2}|[\u2460-\u2473\u2776-\u2793\u3251-\u325f\u32b1-\u32bf])[\s,;、，；·|/\-–—_.:)\]"'“”‘’]*)?$/u;
const longestSeparator = 16;
/** A list number right before a phrase's first word, at a line start or after a space or colon. */
const leadingNumber =
  /(?:^|[\s:：,，])(\(?\d{1,2}[.)\]:-]?[ \t]*|[\u2460-\u2473\u2776-\u2793\u3251-\u325f\u32b1-\u32bf][ \t]*)$/u;

interface Word {
  start: number;
  end: number;
  /** Bitmask of the families whose list holds this word. */
  families: number;
  /** The word as the lists spell it (lower case; Hangul may still be precomposed: see validates); null
   * for a Han character, read with `keyOf`. */
  key: string | null;
  /** Joined to the previous word without a separator (Chinese written without spaces). */
  joined: boolean;
  /** Begins a new run: the text before it is not a list separator. */
  breaks: boolean;
  /** Only white space stands between this word and the previous one. */
  spaced: boolean;
  /** The family its script could belong to: a Han character can be a typo in a Chinese list only. */
  script: number;
}

/** Han character code → families (no string per Chinese character while tokenizing). */
const hanFamilies = new Map<number, number>();
for (const [key, bits] of listFamilies) {
  if (key.length === 1 && isHan(key.charCodeAt(0))) {
    hanFamilies.set(key.charCodeAt(0), bits);
  }
}

const otherLetter = /[\p{L}\p{M}]/u;
/** Whether a UTF-16 unit is part of a word: ranges for the scripts we serve, a regex for the rest. */
function isLetter(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  }
  if (isHangul(code) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) {
    return true;
  }
  return code >= 0x250 && otherLetter.test(String.fromCharCode(code));
}

/** Tokenizer state between two words. */
interface Scan {
  text: string;
  run: Word[];
  previousEnd: number;
  previousHan: boolean;
  onRun: (run: Word[]) => void;
}

function addWord(scan: Scan, start: number, end: number, han: boolean): void {
  const { text } = scan;
  const first = text.charCodeAt(start);
  let key: string | null = null;
  let families: number | undefined;
  if (han) {
    families = hanFamilies.get(first);
  } else {
    const raw = text.slice(start, end);
    // ASCII letters and Hangul syllables are looked up as typed (lower-cased; the map holds the NFC and
    // NFKD forms of the Korean list); anything else (full-width letters, decomposed jamo) is normalised.
    key = first < 0x80 || isHangulSyllable(first) ? raw.toLowerCase() : raw.normalize('NFKD').toLowerCase();
    families = listFamilies.get(key);
  }
  const { previousEnd } = scan;
  const joined = previousEnd === start && han && scan.previousHan;
  let breaks: boolean;
  let spaced: boolean;
  if (previousEnd < 0) {
    breaks = true;
    spaced = false;
  } else if (joined) {
    breaks = false;
    spaced = false;
  } else if (
    start - previousEnd === 1 &&
    (text.charCodeAt(previousEnd) === 32 || text.charCodeAt(previousEnd) === 10)
  ) {
    breaks = false;
    spaced = true;
  } else {
    const gap = text.slice(previousEnd, start);
    breaks = gap.length === 0 || gap.length > longestSeparator || !listSeparator.test(gap);
    spaced = gap.length > 0 && gap.trim().length === 0;
  }
  if (breaks) {
    if (scan.run.length >= shortestPhrase) {
      scan.onRun(scan.run);
    }
    scan.run = [];
  }
  scan.run.push({
    start,
    end,
    families: families ?? 0,
    key,
    joined,
    breaks,
    spaced,
    script: han ? chineseBit : isHangul(first) ? koreanBit : isLatin(first) ? englishBit : 0,
  });
  scan.previousEnd = end;
  scan.previousHan = han;
}

/**
 * Splits the text into words and hands each run of list-separated words to `onRun` (runs shorter than a
 * phrase are dropped on the way). A Han character is one word; any other stretch of letters is one.
 * Hot path: every ticket goes through it, so it reads character codes instead of running regular
 * expressions, looks Han characters up by code, and looks at a separator only when it is more than a
 * single space or newline.
 */
function tokenize(text: string, onRun: (run: Word[]) => void): void {
  const scan: Scan = { text, run: [], previousEnd: -1, previousHan: false, onRun };
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (isHan(code)) {
      addWord(scan, at, at + 1, true);
      at += 1;
    } else if (isLetter(code)) {
      let end = at + 1;
      while (end < length) {
        const next = text.charCodeAt(end);
        if (isHan(next) || !isLetter(next)) {
          break;
        }
        end += 1;
      }
      addWord(scan, at, end, false);
      at = end;
    } else {
      at += 1;
    }
  }
  if (scan.run.length >= shortestPhrase) {
    onRun(scan.run);
  }
}

/** A word as the lists spell it: lower case for Latin; Han characters are read from the text on demand. */
const keyOf = (text: string, word: Word): string => word.key ?? text.slice(word.start, word.end);

/** A window of a run that reads as a phrase in one family, with the words it may be checked as. */
interface Window {
  first: number;
  last: number;
  family: number;
  complete: boolean;
}

/**
 * Whether words [first, first + size) read as a phrase of `family` (the caller has checked that at most one
 * is not a list word). Chinese written without spaces needs more than its shape, because ordinary Chinese
 * is mostly list characters: whole runs split by white space only, in groups of one size, and a seed word
 * right before it (助记词：…) or a passing checksum with no grammatical character in it.
 */
function qualifies(
  text: string,
  words: Word[],
  first: number,
  size: number,
  family: number,
  introduced: () => boolean,
): Window | null {
  if (words[first]!.joined && !introduced()) {
    // A phrase begins in the middle of an unspaced Chinese run only right after a seed word ("助记词是…").
    return null;
  }
  let misses = 0;
  let joined = false;
  let missIndex = -1;
  let punctuated = false;
  // Lengths of the unspaced chunks in the window: a phrase written in groups has groups of one size.
  let chunkLength = 0;
  let firstChunkLength = 0;
  let unevenChunks = false;
  for (let index = first; index < first + size; index += 1) {
    const word = words[index]!;
    if ((word.families & family) === 0) {
      misses += 1;
      missIndex = index;
    }
    if (index > first && word.joined) {
      joined = true;
    }
    if (index > first && !word.joined && !word.spaced) {
      punctuated = true;
    }
    if (index > first && !word.joined) {
      unevenChunks ||= firstChunkLength > 0 && chunkLength !== firstChunkLength;
      firstChunkLength ||= chunkLength;
      chunkLength = 0;
    }
    chunkLength += 1;
  }
  if (missIndex >= 0) {
    const miss = words[missIndex]!;
    // A typo in a list is one odd word of the list's script; prose has stopwords, and an unspaced Chinese
    // run has no typos.
    if (joined || englishStopwords.has(miss.key ?? '') || (miss.script & family) === 0) {
      return null;
    }
  }
  unevenChunks ||= firstChunkLength > 0 && chunkLength !== firstChunkLength;
  if (words[first + size]?.joined === true) {
    // A phrase never ends in the middle of an unspaced Chinese run either.
    return null;
  }
  if (joined) {
    if (punctuated || unevenChunks) {
      return null;
    }
    if (
      !introduced() &&
      !(readsAsRandom(text, words, first, size) && validates(text, words, first, size, family))
    ) {
      return null;
    }
  }
  return { first, last: first + size - 1, family, complete: misses === 0 };
}

/** A seed word, then at most a connector ("是", "为", "如下", punctuation), right before a phrase. */
const seedIntroduction = new RegExp(
  `(?:${seedWords.source})[\\s:：=,，、\\-–—>「」“”"'(（)）\\]】\\[【]*(?:是|为|為|如下)?[\\s:：=,，、\\-–—>「」“”"'(（)）\\]】\\[【]*$`,
  'iu',
);

/** No grammatical character at all: random list characters, not a clause of a sentence. */
function readsAsRandom(text: string, words: Word[], first: number, size: number): boolean {
  for (let index = first; index < first + size; index += 1) {
    if (chineseFunctionCharacters.has(keyOf(text, words[index]!))) {
      return false;
    }
  }
  return true;
}

function validates(text: string, words: Word[], first: number, size: number, family: number): boolean {
  const phrase = words
    .slice(first, first + size)
    .map((word) => keyOf(text, word).normalize('NFKD'))
    .join(' ');
  // Only the lists that hold every word: a simplified phrase is seldom all traditional characters too.
  let common = family;
  for (let index = first; index < first + size; index += 1) {
    common &= words[index]!.families;
  }
  return checksumLists.some(([bit, list]) => (common & bit) !== 0 && validateMnemonic(phrase, list));
}

/**
 * Seed phrases: 12 to 24 words of one BIP-39 list (English, Korean, simplified or traditional Chinese),
 * at least all but one of them list words, written as a list (spaces, newlines, commas, numbering) or as
 * unspaced Chinese. Prose ends a list: a stopword, a full stop, a word of another kind.
 */
export function findSeedPhrases(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  tokenize(text, (run) => findings.push(...findInRun(text, run, 0, run.length)));
  return findings;
}

function findInRun(text: string, words: Word[], runStart: number, runEnd: number): SecretFinding[] {
  // List words per family before each index: a window's count is one subtraction.
  const counts = families.map((family) => {
    const prefix = [0];
    for (let index = runStart; index < runEnd; index += 1) {
      prefix.push(prefix[prefix.length - 1]! + ((words[index]!.families & family) === 0 ? 0 : 1));
    }
    return prefix;
  });
  const windows: Window[] = [];
  for (let first = runStart; first + shortestPhrase <= runEnd; first += 1) {
    let introduced: boolean | undefined;
    const isIntroduced = (): boolean => {
      const start = words[first]!.start;
      introduced ??= seedIntroduction.test(text.slice(Math.max(0, start - 48), start));
      return introduced;
    };
    for (const size of phraseLengths) {
      if (first + size > runEnd) {
        continue;
      }
      for (const [which, family] of families.entries()) {
        const prefix = counts[which]!;
        if (prefix[first + size - runStart]! - prefix[first - runStart]! < size - 1) {
          continue;
        }
        const window = qualifies(text, words, first, size, family, isIntroduced);
        if (window !== null) {
          windows.push(window);
          break;
        }
      }
    }
  }
  windows.sort((a, b) => a.first - b.first || b.last - a.last);
  const spans: { first: number; last: number; windows: Window[] }[] = [];
  for (const window of windows) {
    const current = spans[spans.length - 1];
    if (current !== undefined && window.first <= current.last + 1) {
      current.last = Math.max(current.last, window.last);
      current.windows.push(window);
    } else {
      spans.push({ first: window.first, last: window.last, windows: [window] });
    }
  }
  return spans.map((span) => {
    // A window may hold one word that is not a list word, also at its edge: a typo in the first word. When
    // the span is longer than a phrase, such an edge word is the text around the phrase ("문구는"): not masked.
    const family = span.windows.reduce((bits, window) => bits | window.family, 0);
    while (span.last - span.first + 1 > shortestPhrase && (words[span.first]!.families & family) === 0) {
      span.first += 1;
    }
    while (span.last - span.first + 1 > shortestPhrase && (words[span.last]!.families & family) === 0) {
      span.last -= 1;
    }
    // Critical when a whole phrase in the span passes its checksum; longest first, so a valid 24-word
    // phrase costs one check. A valid phrase also tells where the phrase is: a word of the sentence that
    // joined the span only through it ("… yellow, help") stays.
    // At most `checksumTries` checks per span (each costs tens of microseconds): the longest windows first,
    // those at an edge of the span before those inside it. Severity may stay `high` for a valid phrase
    // buried in a long list; the masking does not depend on it.
    const edgeDistance = (window: Window): number =>
      Math.min(window.first - span.first, span.last - window.last);
    const valid = span.windows
      .filter((window) => window.complete)
      .sort(
        (a, b) =>
          b.last - b.first - (a.last - a.first) || edgeDistance(a) - edgeDistance(b) || a.first - b.first,
      )
      .slice(0, checksumTries)
      .find((window) => validates(text, words, window.first, window.last - window.first + 1, window.family));
    const spanLength = span.last - span.first + 1;
    const validLength = valid === undefined ? 0 : valid.last - valid.first + 1;
    // Trimmed only when it cannot cut a longer phrase whose checksum failed: at most two words around,
    // and the span is not itself as long as a phrase. Masking a word too many is the safe side.
    if (
      valid !== undefined &&
      spanLength - validLength <= 2 &&
      !(phraseLengths as readonly number[]).includes(spanLength)
    ) {
      span.first = valid.first;
      span.last = valid.last;
    }
    const start = words[span.first]!.start;
    // The list number before the first word goes too: "1. [seed phrase removed]" reads as a leftover.
    const number = leadingNumber.exec(text.slice(Math.max(0, start - 8), start));
    return {
      kind: 'seed_phrase' as const,
      start: start - (number?.[1]?.length ?? 0),
      end: words[span.last]!.end,
      severity: valid === undefined ? ('high' as const) : ('critical' as const),
    };
  });
}
