import type { SupportedLanguage } from '../domain/vocabulary';

const hangul = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/gu;
const han = /[\u3400-\u4dbf\u4e00-\u9fff]/gu;
const latin = /[A-Za-z]/gu;

/**
 * Guesses a text's language from the writing systems it uses: Hangul means Korean, Han without Hangul
 * means Chinese, Latin letters mean English. Returns `fallback` when the text has no letters at all.
 * `detect-language.ts` builds on it: it also tells English from other Latin-script languages.
 */
export function guessLanguageFromScript(
  text: string,
  fallback: SupportedLanguage | null = null,
): SupportedLanguage | null {
  const hangulCount = text.match(hangul)?.length ?? 0;
  const hanCount = text.match(han)?.length ?? 0;
  const latinCount = text.match(latin)?.length ?? 0;
  if (hangulCount === 0 && hanCount === 0 && latinCount === 0) {
    return fallback;
  }
  if (hangulCount > 0 && hangulCount * 2 >= hanCount) {
    return 'ko';
  }
  if (hanCount > 0 && hanCount * 3 >= latinCount) {
    return 'zh';
  }
  return 'en';
}
