import { apiSecretWords, identifierWords, privateKeyWords } from './lexicon';

/** What the closest word around a value says it is. */
export type ValueContext = 'private_key' | 'api_secret' | 'identifier';

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s*');
/** Latin words need word edges ("secret" must not match inside "secretary"); Hangul and Han do not. */
const wordPattern = (word: string): string =>
  /^[a-z]/u.test(word) ? `(?<![\\p{L}\\d])${escape(word)}(?![a-zA-Z])` : escape(word);

const contextOf = new Map<string, ValueContext>();
const alternatives: string[] = [];
for (const [context, words] of [
  ['private_key', privateKeyWords],
  ['api_secret', apiSecretWords],
  ['identifier', identifierWords],
] as const) {
  for (const word of words) {
    contextOf.set(word.replace(/\s+/gu, ''), context);
    alternatives.push(wordPattern(word));
  }
}
// Longest first, so "tx hash" wins over "hash" and "secret key" over "secret".
alternatives.sort((a, b) => b.length - a.length);
const contextPattern = new RegExp(alternatives.join('|'), 'giu');

/** How far (UTF-16 units) a context word may stand before a value, or after it. */
const reachBefore = 64;
const reachAfter = 32;

/**
 * The context of the value at [start, end): the kind named by the closest context word before it (within
 * 64 characters) or after it (within 32). An identifier word closer than any key word wins: "TxID: <hex>"
 * stays a hash even when "private key" appears earlier in the sentence.
 */
export function closestContext(text: string, start: number, end: number): ValueContext | null {
  let best: { distance: number; context: ValueContext } | null = null;
  const consider = (window: string, offset: number, before: boolean): void => {
    contextPattern.lastIndex = 0;
    for (const match of window.matchAll(contextPattern)) {
      const context = contextOf.get(match[0].toLowerCase().replace(/\s+/gu, ''));
      if (context === undefined) {
        continue;
      }
      const matchStart = offset + match.index;
      const matchEnd = matchStart + match[0].length;
      const distance = before ? start - matchEnd : matchStart - end;
      if (best === null || distance < best.distance) {
        best = { distance, context };
      }
    }
  };
  const from = Math.max(0, start - reachBefore);
  consider(text.slice(from, start), from, true);
  consider(text.slice(end, end + reachAfter), end, false);
  return (best as { context: ValueContext } | null)?.context ?? null;
}
