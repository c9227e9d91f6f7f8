/**
 * Text normalization for duplicate detection. Customers resubmit the same problem with different widths,
 * cases and spacing (full-width digits from a Chinese IME, a pasted hash in capitals), so everything is
 * folded with NFKC and lowercased before comparing. Identifiers (transaction hashes, order ids, long
 * numbers) are kept whole: the same tx hash in two tickets is the strongest evidence there is.
 */

/** Folds width, compatibility forms and case; collapses whitespace. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The kinds of identifier a ticket can quote. */
export type IdentifierKind = 'hash' | 'number';

/** One identifier quoted in a ticket: its kind and its normalized value. */
export interface Identifier {
  kind: IdentifierKind;
  value: string;
}

// A hex run of 24+ characters (tx hashes, txids; with or without 0x): too long to be a coincidence.
const hashPattern = /(?:0x)?([0-9a-f]{24,})/gu;
// A run of 8+ digits, possibly with letters mixed in (order ids like 2024031512345678 or ord-88123456). It
// starts only where a run of those characters starts: tried from every position inside a long run without
// 8 digits (a pasted 50,000-character token), the pattern took quadratic time.
const numberPattern = /(?<![a-z0-9-])[a-z0-9-]*\d{8,}[a-z0-9-]*/gu;

/**
 * The identifiers quoted in `normalized` (the output of `normalizeText`), without repeats. A hash is kept
 * without its `0x` so "0xABC…" and "abc…" match.
 */
export function identifiersOf(normalized: string): Identifier[] {
  const found = new Map<string, Identifier>();
  const withoutHashes = normalized.replace(hashPattern, (_whole, hex: string) => {
    found.set(`hash:${hex}`, { kind: 'hash', value: hex });
    return ' ';
  });
  for (const match of withoutHashes.matchAll(numberPattern)) {
    const digits = match[0].replace(/[^0-9]/gu, '');
    found.set(`number:${digits}`, { kind: 'number', value: digits });
  }
  return [...found.values()];
}
