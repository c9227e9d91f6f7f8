/**
 * A confusable skeleton after Unicode TS #39 (section 4, "Confusable Detection"): two host names that
 * look alike to a reader have the same skeleton. No maintained confusables package is installed, so this
 * holds a small subset of the Unicode `confusables.txt` table: the characters phishing domains actually
 * use in place of Latin letters (Cyrillic and Greek look-alikes, full-width forms through NFKC, digits
 * read as letters) and the letter pairs that read as one letter. The full table maps thousands of
 * characters; these are the ones that matter for host names, which are lower case after WHATWG parsing.
 */

/** Single characters and what they are read as (from confusables.txt, lower-cased targets). */
const confusableCharacters: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  ӏ: 'l',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ь: 'b',
  ɡ: 'g',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  // Latin letters with a look-alike
  ı: 'i',
  ł: 'l',
  ſ: 'f',
  // Digits read as letters
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '5': 's',
};

/** Letter sequences read as one letter ("rn" as "m"). Applied after the characters. */
const confusableSequences: readonly (readonly [RegExp, string])[] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];

/**
 * The skeleton of a host name or label: NFKC (full-width forms become ASCII), lower case, diacritics
 * removed, each confusable character replaced by what it is read as, then letter pairs such as "rn"
 * replaced by the letter they are read as. `skeleton('upb1t') === skeleton('upbit')`, and a Cyrillic 'а'
 * in "upbаt" reads as Latin 'a'.
 */
export function confusableSkeleton(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  let skeleton = '';
  for (const character of folded) {
    skeleton += confusableCharacters[character] ?? character;
  }
  // 'i' and 'l' read as one another in many fonts (confusables.txt maps I, 1 and l together).
  skeleton = skeleton.replace(/i/g, 'l');
  for (const [sequence, replacement] of confusableSequences) {
    skeleton = skeleton.replace(sequence, replacement);
  }
  return skeleton;
}

/** The scripts that matter for mixed-script labels; digits, hyphens and anything else count as none. */
type LabelScript = 'latin' | 'cyrillic' | 'greek' | 'armenian' | 'other';

function scriptOf(character: string): LabelScript | null {
  if (/[0-9_-]/.test(character)) {
    return null;
  }
  if (/\p{Script=Latin}/u.test(character)) {
    return 'latin';
  }
  if (/\p{Script=Cyrillic}/u.test(character)) {
    return 'cyrillic';
  }
  if (/\p{Script=Greek}/u.test(character)) {
    return 'greek';
  }
  if (/\p{Script=Armenian}/u.test(character)) {
    return 'armenian';
  }
  return 'other';
}

/**
 * True when one label of a host mixes Latin with Cyrillic, Greek or Armenian letters, or those with one
 * another (UTS #39's "highly restrictive" level forbids exactly these; Latin with Han, Hangul or kana is
 * allowed, as real Korean, Chinese and Japanese names mix them).
 */
export function isMixedScriptLabel(label: string): boolean {
  const scripts = new Set<LabelScript>();
  for (const character of label) {
    const script = scriptOf(character);
    if (script !== null && script !== 'other') {
      scripts.add(script);
    }
  }
  return scripts.size > 1;
}
