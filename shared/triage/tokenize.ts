/**
 * Turns a ticket's text into the features auto-triage counts. Works without a dictionary for every language
 * the desk supports: Latin-script words (lowercased, lightly stemmed) with their bigrams, character n-grams
 * inside each word (they survive typos and inflection), and, for Chinese and Korean, character bigrams and
 * trigrams (Chinese has no spaces; Korean words carry particles, so n-grams find the stem in both).
 * Unordered pairs of the text's content words (`p:`) let a linear model see combinations that no single
 * word carries ("exchange" with "withdraw" is about cash, "exchange" alone about trading).
 * Concepts (`concepts.ts`: "top up", "add money" and "load" are one concept) are features of their own
 * and take part in the pairs, so synonyms meet.
 * Features are strings with a kind prefix so the kinds never collide: `w:` word, `b:` word bigram,
 * `p:` pair of content words or concepts, `c:` character n-gram of a Latin word, `h:` CJK character n-gram,
 * `k:` concept.
 */

import { exchangeConceptsOf } from '../multilingual/exchange-concepts';
import { stripKoreanParticle } from '../multilingual/korean-particles';
import { segmentWords } from '../multilingual/segment';
import { conceptPhrases } from './concepts';

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const cjkPattern = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const hanPattern = /[\u3400-\u9fff\uf900-\ufaff]/u;
const hangulPattern = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/u;
const cjkRunPattern = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;

/**
 * Words so common in requests that they say nothing about the category; dropped from unigrams only
 * (bigrams keep them: "my card" and "the card" differ little, but "not working" matters).
 */
const stopwords = new Set(
  (
    'a an the i me my we our you your it its is are was were be been am do does did have has had to of in ' +
    'on at for from with and or but so if this that these those there here can could would should will ' +
    'please hi hello thanks thank just what how why when where which who'
  ).split(' '),
);

/**
 * Exchange concepts an English ticket also gets: vocabulary of crypto trading that bank support never uses,
 * so English exchange history and Korean or Chinese tickets meet on them without moving bank requests.
 */
const cryptoOnlyConcepts = new Set([
  'liquidation',
  'futures',
  'deleveraging',
  'fill',
  'stopOrder',
  'slippage',
  'twoFactor',
  'api',
  'memo',
  'network',
  'listing',
]);

/**
 * Content words and concepts paired with each other (concepts first, then words in sorted order): bounds
 * the pairs of a long text.
 */
const pairedWordLimit = 20;

/** The lengths of the character n-grams taken inside each Latin word. */
const characterGramSizes = [3, 4, 5] as const;

/**
 * A light English stemmer: folds the plural, past and gerund endings that matter in support requests
 * ("transfers", "transferred", "transferring" → "transfer") without a dictionary.
 */
export function stemWord(word: string): string {
  const stem = stripEnding(word);
  // "charge", "charges" and "charged" meet at "charg": a final e is dropped from longer stems.
  return stem.length > 4 && stem.endsWith('e') && !/\d/u.test(stem) ? stem.slice(0, -1) : stem;
}

function stripEnding(word: string): string {
  if (word.length <= 3 || /\d/u.test(word)) {
    return word;
  }
  const strip = (suffix: string): string | null =>
    word.endsWith(suffix) && word.length - suffix.length >= 3 ? word.slice(0, -suffix.length) : null;
  const undouble = (stem: string): string =>
    /([b-df-hj-np-tv-z])\1$/u.test(stem) && !/(ll|ss|zz)$/u.test(stem) ? stem.slice(0, -1) : stem;
  const ing = strip('ing');
  if (ing !== null) {
    return undouble(ing);
  }
  const ed = strip('ed');
  if (ed !== null) {
    return ed.endsWith('i') ? `${ed.slice(0, -1)}y` : undouble(ed);
  }
  const ies = strip('ies');
  if (ies !== null) {
    return `${ies}y`;
  }
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) {
    return word;
  }
  const plural = strip('es') !== null && /(ch|sh|x)es$/u.test(word) ? word.slice(0, -2) : strip('s');
  return plural ?? word;
}

/** The features of `text`, with repeats (the vectorizer counts them). */
export function triageFeatures(text: string): string[] {
  const normalized = text.normalize('NFKC').toLowerCase();
  const features: string[] = [];
  let previous = '<s>';
  const stems: string[] = [];
  let hasHan = false;
  let hasHangul = false;
  for (const match of normalized.matchAll(wordPattern)) {
    const raw = match[0];
    if (cjkPattern.test(raw)) {
      addCjkFeatures(raw, features);
      hasHan ||= hanPattern.test(raw);
      hasHangul ||= hangulPattern.test(raw);
      previous = '<s>';
      continue;
    }
    const word = stemWord(raw.replace(/['’]/gu, ''));
    stems.push(word);
    if (!stopwords.has(word)) {
      features.push(`w:${word}`);
    }
    features.push(`b:${previous} ${word}`);
    previous = word;
    const padded = ` ${raw} `;
    for (const size of characterGramSizes) {
      for (let start = 0; start + size <= padded.length; start += 1) {
        features.push(`c:${padded.slice(start, start + size)}`);
      }
    }
  }
  if (hasHan) {
    // Words by ICU's Chinese dictionary: 仓位 and 强平 as words, beside the character n-grams.
    for (const word of segmentWords(normalized, 'zh')) {
      if (word.length >= 2 && hanPattern.test(word)) {
        features.push(`s:${word}`);
      }
    }
  }
  if (hasHangul) {
    // Korean words without their particles: 출금이, 출금을 and 출금은 are all `s:출금`.
    for (const word of segmentWords(normalized, 'ko')) {
      if (hangulPattern.test(word)) {
        features.push(`s:${stripKoreanParticle(word)}`);
      }
    }
  }
  // Concepts from the banking lexicon (English) and the exchange lexicon (ko/zh/en): one name per concept,
  // so 출금, 提币 and "withdrawal" all give `k:withdraw`.
  // Exchange concepts in Korean and Chinese tickets (their English terms included: "API 키", "OTP"); an
  // English ticket gets only the crypto-only ones beside the English lexicon, which banking77's
  // cross-validation was tuned with.
  const exchangeConcepts =
    hasHan || hasHangul
      ? exchangeConceptsOf(normalized)
      : exchangeConceptsOf(normalized).filter((concept) => cryptoOnlyConcepts.has(concept));
  const concepts = [...new Set([...conceptsOf(stems), ...exchangeConcepts])].sort();
  for (const concept of concepts) {
    features.push(`k:${concept}`);
  }
  // An exchange concept is knowledge the few examples of a small history cannot teach: it weighs more
  // (three counts: ×2.1 after the sublinear term frequency).
  for (const concept of exchangeConcepts) {
    features.push(`k:${concept}`, `k:${concept}`, `k:${concept}`, `k:${concept}`);
  }
  // A concept in a pair is written `#concept`: no word starts with `#`, and it sorts before every word.
  const contentWords = [
    ...concepts.map((concept) => `#${concept}`),
    ...new Set(features.filter((feature) => feature.startsWith('w:')).map((feature) => feature.slice(2))),
  ]
    .sort()
    .slice(0, pairedWordLimit);
  for (let first = 0; first < contentWords.length; first += 1) {
    for (let second = first + 1; second < contentWords.length; second += 1) {
      features.push(`p:${contentWords[first] ?? ''}|${contentWords[second] ?? ''}`);
    }
  }
  return features;
}

/**
 * Chinese and Korean: the CJK runs of a token as character unigrams (Chinese only: one Han character
 * is often a word), bigrams and trigrams, bounded by spaces so a Korean word's start is a feature of its own.
 */
function addCjkFeatures(token: string, features: string[]): void {
  for (const run of token.matchAll(cjkRunPattern)) {
    const characters = [...` ${run[0]} `];
    for (let index = 1; index < characters.length - 1; index += 1) {
      const character = characters[index] ?? '';
      if (/[\u3400-\u9fff\uf900-\ufaff]/u.test(character)) {
        features.push(`h:${character}`);
      }
    }
    for (const size of [2, 3]) {
      for (let start = 0; start + size <= characters.length; start += 1) {
        features.push(`h:${characters.slice(start, start + size).join('')}`);
      }
    }
  }
  // Digits and Latin letters inside a CJK token ("USDT입금") still count as words.
  for (const part of token.split(cjkRunPattern)) {
    if (part.length > 0) {
      features.push(`w:${part}`);
    }
  }
}

/** The lexicon's phrases as stemmed words, grouped by their first word for a quick lookup. */
const conceptPhrasesByFirstWord = new Map<string, { words: string[]; concept: string }[]>();
for (const [concept, phrases] of Object.entries(conceptPhrases)) {
  for (const phrase of phrases) {
    const words = phrase.split(/[\s-]+/u).map(stemWord);
    const first = words[0] ?? '';
    conceptPhrasesByFirstWord.set(first, [
      ...(conceptPhrasesByFirstWord.get(first) ?? []),
      { words, concept },
    ]);
  }
}

/** The concepts whose phrases occur in `stems` (the text's stemmed words, stopwords included, in order). */
function conceptsOf(stems: readonly string[]): Set<string> {
  const found = new Set<string>();
  stems.forEach((stem, start) => {
    for (const { words, concept } of conceptPhrasesByFirstWord.get(stem) ?? []) {
      if (words.every((word, offset) => stems[start + offset] === word)) {
        found.add(concept);
      }
    }
  });
  return found;
}
