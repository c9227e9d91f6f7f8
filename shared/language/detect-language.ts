import { detectAll } from 'tinyld';
import type { SupportedLanguage } from '../domain/vocabulary';
import { guessLanguageFromScript } from './script-language';

const kana = /[\u3040-\u30ff]/u;
/** Words that say nothing about a language: identifiers, hashes, amounts, versions, e-mail and web addresses. */
const languageFreeWord = /\S*[\d@/_]\S*|\b[A-Za-z]{20,}\b|\b[A-Z]{2,}\b/gu;
/** Fewest letters a Latin text needs before the detector's word about it counts. */
const minimumLetters = 20;
/** The detector's lowest confidence for calling a Latin text another language than English. */
const minimumConfidence = 0.5;
/** English must score below this too: the detector's second thoughts about English mean English. */
const englishDoubt = 0.05;

/**
 * A ticket's language: Korean, Chinese or English, or `fallback` (the requester's locale language, or null)
 * when the text is in another language or has no letters. The writing system decides Korean and Chinese
 * (Hangul is Korean; Han without Hangul or kana is Chinese); Japanese kana means another language. Latin
 * text is English unless tinyld (a small n-gram language detector, no model download) is confident it is
 * another language, such as Spanish or Vietnamese. Identifiers, hashes and all-capital tokens (USDT, KYC)
 * are left out first: the detector reads a transaction hash as Berber and "KYC" as anything, while
 * support requests in English are full of both. On banking77's 10,003 English requests it calls 3 another
 * language (all with typos); a Cyrillic or Thai text has no Hangul, Han or Latin letters and gets `fallback`.
 */
export function detectLanguage(
  text: string,
  fallback: SupportedLanguage | null = null,
): SupportedLanguage | null {
  if (kana.test(text)) {
    return fallback;
  }
  const byScript = guessLanguageFromScript(text, fallback);
  if (byScript !== 'en') {
    return byScript;
  }
  // Hyphens and apostrophes go too: the detector reads "top-up" and "me's" as Tagalog or Klingon.
  const words = text.replace(languageFreeWord, ' ').replace(/[-'’]/gu, ' ');
  if ((words.match(/\p{L}/gu)?.length ?? 0) < minimumLetters) {
    return 'en';
  }
  const scores = detectAll(words);
  const [best] = scores;
  const english = scores.find((score) => score.lang === 'en')?.accuracy ?? 0;
  return best !== undefined &&
    best.lang !== 'en' &&
    best.accuracy >= minimumConfidence &&
    english < englishDoubt
    ? fallback
    : 'en';
}
