import { validateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as korean } from '@scure/bip39/wordlists/korean.js';
import { wordlist as simplifiedChinese } from '@scure/bip39/wordlists/simplified-chinese.js';
import { wordlist as traditionalChinese } from '@scure/bip39/wordlists/traditional-chinese.js';
import { englishStopwords, seedContext } from './lexicon';
import type { SecretFinding } from './types';

/** Bit per word list family; a window counts the words of one family only. */
const englishBit = 1;
const koreanBit = 2;
const chineseBit = 4;
const families = [englishBit, koreanBit, chineseBit] as const;

/** Normalised word → the families whose list holds it (built once at module load). */
const listFamilies = new Map<string, number>();
const addList = (list: readonly string[], bit: number): void => {
  for (const word of list) {
    const key = word.normalize('NFKD');
    listFamilies.set(key, (listFamilies.get(key) ?? 0) | bit);
  }
};
addList(english, englishBit);
addList(korean, koreanBit);
addList(simplifiedChinese, chineseBit);
addList(traditionalChinese, chineseBit);

/** The word lists a checksum is tried against, per family. */
const checksumLists: Record<number, string[][]> = {
  [englishBit]: [english],
  [koreanBit]: [korean],
  [chineseBit]: [simplifiedChinese, traditionalChinese],
};

const phraseLengths = [24, 21, 18, 15, 12] as const;
const shortestPhrase = 12;

/** A Han character is one word; any other run of letters (Latin, Hangul) is one word. */
const wordPattern = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}])+/gu;
const hanPattern = /^\p{Script=Han}$/u;
/**
 * What may stand between two words of a pasted list: spaces, newlines, commas and list numbering
 * ("1.", "2)", "(3)", "#4", "①"). A full stop, question mark or a word of prose ends the list.
 */
const listSeparator =
  /^[\s,;、，；·|/\-–—_"'“”‘’]*(?:(?:\(?\d{1,2}[.)\]:]?|#\d{1,2}|[\u2460-\u2473\u2776-\u2793])[\s,;、，；·|/\-–—_.:)\]"'“”‘’]*)?$/u;
const longestSeparator = 16;

interface Word {
  start: number;
  end: number;
  /** Bitmask of the families whose list holds this word. */
  families: number;
  /** Normalised form, as the word lists spell it. */
  key: string;
  /** Joined to the previous word without a separator (Chinese written without spaces). */
  joined: boolean;
  /** Begins a new run: the text before it is not a list separator. */
  breaks: boolean;
  /** Only white space stands between this word and the previous one. */
  spaced: boolean;
}

function tokenize(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = -1;
  let previousHan = false;
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    const raw = match[0];
    const han = hanPattern.test(raw);
    const key = raw.normalize('NFKD').toLowerCase();
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, start);
    const joined = previousEnd === start && han && previousHan;
    const breaks =
      previousEnd < 0 ||
      (!joined && (gap.length === 0 || gap.length > longestSeparator || !listSeparator.test(gap)));
    const spaced = gap.length > 0 && gap.trim().length === 0;
    words.push({
      start,
      end: start + raw.length,
      families: listFamilies.get(key) ?? 0,
      key,
      joined,
      breaks,
      spaced,
    });
    previousEnd = start + raw.length;
    previousHan = han;
  }
  return words;
}

/** A window of a run that reads as a phrase in one family, with the words it may be checked as. */
interface Window {
  first: number;
  last: number;
  family: number;
  complete: boolean;
}

/**
 * Whether the text around a Chinese phrase written without spaces says it is a seed phrase: such runs
 * look like ordinary Chinese (most common characters are list words), so they need a word like 助记词 or a
 * passing checksum.
 */
function qualifies(
  words: Word[],
  first: number,
  size: number,
  family: number,
  hasContext: boolean,
): Window | null {
  if (words[first]!.joined) {
    // A phrase never begins in the middle of an unspaced Chinese run.
    return null;
  }
  let misses = 0;
  let joined = false;
  let missIndex = -1;
  let punctuated = false;
  for (let index = first; index < first + size; index += 1) {
    const word = words[index]!;
    if ((word.families & family) === 0) {
      misses += 1;
      missIndex = index;
      if (misses > 1) {
        return null;
      }
    }
    if (index > first && word.joined) {
      joined = true;
    }
    if (index > first && !word.joined && !word.spaced) {
      punctuated = true;
    }
  }
  if (missIndex >= 0) {
    const miss = words[missIndex]!;
    // A typo in a list is one odd word; prose has stopwords, and an unspaced Chinese run has no typos.
    if (joined || englishStopwords.has(miss.key) || missIndex === first || missIndex === first + size - 1) {
      return null;
    }
  }
  if (joined) {
    // Unspaced Chinese: whole runs split by white space only (not clauses of a sentence), and evidence
    // beyond the shape, since ordinary Chinese is mostly list characters.
    const after = words[first + size];
    if (punctuated || (after !== undefined && after.joined)) {
      return null;
    }
    const valid = validates(words, first, size, family);
    if (!valid && !hasContext) {
      return null;
    }
    return { first, last: first + size - 1, family, complete: true };
  }
  return { first, last: first + size - 1, family, complete: misses === 0 };
}

function validates(words: Word[], first: number, size: number, family: number): boolean {
  const phrase = words
    .slice(first, first + size)
    .map((word) => word.key)
    .join(' ');
  return (checksumLists[family] ?? []).some((list) => validateMnemonic(phrase, list));
}

/**
 * Seed phrases: 12 to 24 words of one BIP-39 list (English, Korean, simplified or traditional Chinese),
 * at least all but one of them list words, written as a list (spaces, newlines, commas, numbering) or as
 * unspaced Chinese. Prose ends a list: a stopword, a full stop, a word of another kind.
 */
export function findSeedPhrases(text: string): SecretFinding[] {
  const words = tokenize(text);
  if (words.length < shortestPhrase) {
    return [];
  }
  const hasContext = seedContext.test(text);
  const findings: SecretFinding[] = [];
  let runStart = 0;
  while (runStart < words.length) {
    let runEnd = runStart + 1;
    while (runEnd < words.length && !words[runEnd]!.breaks) {
      runEnd += 1;
    }
    if (runEnd - runStart >= shortestPhrase) {
      findings.push(...findInRun(words, runStart, runEnd, hasContext));
    }
    runStart = runEnd;
  }
  return findings;
}

function findInRun(words: Word[], runStart: number, runEnd: number, hasContext: boolean): SecretFinding[] {
  const windows: Window[] = [];
  for (let first = runStart; first + shortestPhrase <= runEnd; first += 1) {
    for (const size of phraseLengths) {
      if (first + size > runEnd) {
        continue;
      }
      for (const family of families) {
        const window = qualifies(words, first, size, family, hasContext);
        if (window !== null) {
          windows.push(window);
          break;
        }
      }
    }
  }
  const findings: SecretFinding[] = [];
  let current: { first: number; last: number; critical: boolean } | null = null;
  const flush = (): void => {
    if (current !== null) {
      findings.push({
        kind: 'seed_phrase',
        start: words[current.first]!.start,
        end: words[current.last]!.end,
        severity: current.critical ? 'critical' : 'high',
      });
    }
  };
  windows.sort((a, b) => a.first - b.first || b.last - a.last);
  for (const window of windows) {
    const critical =
      window.complete && validates(words, window.first, window.last - window.first + 1, window.family);
    if (current !== null && window.first <= current.last + 1) {
      current.last = Math.max(current.last, window.last);
      current.critical ||= critical;
    } else {
      flush();
      current = { first: window.first, last: window.last, critical };
    }
  }
  flush();
  return findings;
}
