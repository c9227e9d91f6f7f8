/**
 * Finds the concepts of a multilingual lexicon in a text: Korean and Chinese forms anywhere in the text with
 * its spaces removed (no spaces needed, particles may follow); Latin forms as whole words, a form of five
 * letters or more also as a word start (`withdraw` matches "withdrawals").
 */

/** One concept's names in Korean, Chinese and English. */
export interface ConceptForms {
  ko: readonly string[];
  zh: readonly string[];
  en: readonly string[];
}

/** What a concept matcher finds in a text. */
export interface ConceptMatcher {
  /** The concepts named by Korean or Chinese forms only (matched in the text with its spaces removed). */
  cjkConceptsOf: (normalized: string) => string[];
  /** Every concept the text names, sorted; `normalized` is the text after NFKC and lower case. */
  conceptsOf: (normalized: string) => string[];
}

interface LatinForm {
  words: string[];
  concept: string;
}

const latinOnly = /^[a-z0-9 .'-]+$/u;
const cjkPattern = /[\u3131-\ud7af\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * Whether a text word matches a form's word: the last word of a form of five letters or more matches as a
 * prefix ("liquidat" → "liquidated"); shorter ones ("app", "tag", "fee") only whole or with a plural `s`,
 * so "app" never matches "apply".
 */
function wordMatches(word: string, formWord: string, isLast: boolean): boolean {
  if (word === formWord) {
    return true;
  }
  if (!isLast) {
    return false;
  }
  return formWord.length >= 5
    ? word.startsWith(formWord)
    : word === `${formWord}s` || word === `${formWord}es`;
}

/** A matcher over `table` (concept key → its forms). */
export function createConceptMatcher(table: Readonly<Record<string, ConceptForms>>): ConceptMatcher {
  const latinForms: LatinForm[] = [];
  const cjkForms: { form: string; concept: string }[] = [];
  for (const [concept, forms] of Object.entries(table)) {
    for (const form of [...forms.ko, ...forms.zh, ...forms.en]) {
      const lower = form.toLowerCase().trim();
      if (latinOnly.test(lower)) {
        latinForms.push({ words: lower.split(/[\s-]+/u), concept });
      } else {
        cjkForms.push({ form: lower.replace(/\s+/gu, ''), concept });
      }
    }
  }
  // Latin forms by the key a text word finds them under: the exact first word, or `~` and the first five
  // letters for a one-word form of five letters or more (it matches as a prefix). A lookup costs a few map
  // reads per word instead of a pass over every form.
  const latinByKey = new Map<string, LatinForm[]>();
  for (const form of latinForms) {
    const first = form.words[0] ?? '';
    const key = form.words.length === 1 && first.length >= 5 ? `~${first.slice(0, 5)}` : first;
    latinByKey.set(key, [...(latinByKey.get(key) ?? []), form]);
  }
  const latinCandidates = (word: string): LatinForm[] => {
    const keys = new Set([word, `~${word.slice(0, 5)}`, word.slice(0, -1), word.slice(0, -2)]);
    return [...keys].flatMap((key) => latinByKey.get(key) ?? []);
  };

  const cjkConceptsOf = (normalized: string): string[] => {
    const found = new Set<string>();
    const compact = normalized.replace(/\s+/gu, '');
    if (!cjkPattern.test(compact)) {
      // An English text: no Korean or Chinese form can occur.
      return [];
    }
    for (const { form, concept } of cjkForms) {
      if (compact.includes(form)) {
        found.add(concept);
      }
    }
    return [...found].sort();
  };

  return {
    cjkConceptsOf,
    conceptsOf: (normalized) => {
      const found = new Set(cjkConceptsOf(normalized));
      const words = normalized.match(/[a-z0-9]+/gu) ?? [];
      for (let start = 0; start < words.length; start += 1) {
        const word = words[start] ?? '';
        for (const { words: formWords, concept } of latinCandidates(word)) {
          if (found.has(concept)) {
            continue;
          }
          let isMatch = true;
          for (let offset = 0; offset < formWords.length && isMatch; offset += 1) {
            const textWord = words[start + offset];
            const formWord = formWords[offset] ?? '';
            isMatch =
              textWord !== undefined && wordMatches(textWord, formWord, offset === formWords.length - 1);
          }
          if (isMatch) {
            found.add(concept);
          }
        }
      }
      return [...found].sort();
    },
  };
}
