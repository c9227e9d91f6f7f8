/** Small counting words of the three languages ("two", "두", "两", "几") as numbers, or NaN. */
const words: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  few: 3,
  'a few': 3,
  couple: 2,
  'a couple of': 2,
  'couple of': 2,
  한: 1,
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
  열한: 11,
  열두: 12,
  몇: 2,
  하루: 1,
  이틀: 2,
  사흘: 3,
  나흘: 4,
};
const chineseDigits: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  几: 3,
};

/** The value of a counting word or numeral in English, Korean or Chinese (`"12"`, `"two"`, `"열두"`, `"十一"`). */
export function parseCount(raw: string): number {
  const value = raw.trim().toLowerCase();
  if (/^\d+$/.test(value)) {
    return Number(value);
  }
  if (Object.hasOwn(words, value)) {
    return words[value] ?? Number.NaN;
  }
  const chinese = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$|^几$/.exec(value);
  if (chinese !== null && value !== '') {
    if (value === '几') {
      return 3;
    }
    const [, first, ten, last] = chinese;
    if (ten === undefined) {
      return chineseDigits[first ?? ''] ?? Number.NaN;
    }
    return (
      (first === undefined ? 1 : (chineseDigits[first] ?? 0)) * 10 +
      (last === undefined ? 0 : (chineseDigits[last] ?? 0))
    );
  }
  return Number.NaN;
}
