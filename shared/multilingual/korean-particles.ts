/**
 * Korean particles (조사) attached to nouns, longest first. Stripping them lets 출금이, 출금을, 출금은 and
 * 출금도 meet at 출금. Verb endings are not touched: they carry tense and negation.
 */
const particles = [
  '에서부터',
  '으로부터',
  '에게서',
  '한테서',
  '이라도',
  '에서는',
  '에서도',
  '으로는',
  '이랑',
  '에서',
  '으로',
  '에게',
  '한테',
  '까지',
  '부터',
  '처럼',
  '보다',
  '이나',
  '에는',
  '에도',
  '로는',
  '하고',
  '이',
  '가',
  '을',
  '를',
  '은',
  '는',
  '에',
  '로',
  '의',
  '도',
  '만',
  '와',
  '과',
  '랑',
  '나',
] as const;

const hangulPattern = /^[\uac00-\ud7af]+$/u;

/**
 * The word without its trailing particle, or the word itself. The stem keeps at least two syllables, so
 * 추가 and 속도 stay whole; a longer noun that happens to end like a particle is cut (시장가 → 시장), which
 * is why callers keep the word itself as well. Only Hangul words are touched.
 */
export function stripKoreanParticle(word: string): string {
  if (!hangulPattern.test(word)) {
    return word;
  }
  for (const particle of particles) {
    if (word.length - particle.length >= 2 && word.endsWith(particle)) {
      return word.slice(0, -particle.length);
    }
  }
  return word;
}
