/** What an extractor found in one text: the exact substring (for highlighting) and where it starts. */
export interface Finding {
  evidence: string;
  index: number;
  /** A canonical form when the item has one (occurred_at: an ISO 8601 timestamp with the zone's offset). */
  normalized?: string;
}

/** A match of `pattern` (which must have the `g` flag) accepted by `accept`, earliest first. */
export function firstMatch(
  text: string,
  pattern: RegExp,
  accept: (match: RegExpExecArray) => boolean = () => true,
): Finding | null {
  // A fresh copy, so the shared pattern's `lastIndex` is never touched; a rejected match is retried one
  // character later, so "Account: UID 8800…" still finds "UID 8800…" after rejecting "Account: UID".
  const search = new RegExp(pattern.source, pattern.flags);
  let match = search.exec(text);
  while (match !== null) {
    if (accept(match)) {
      return { evidence: match[0], index: match.index };
    }
    search.lastIndex = match.index + 1;
    match = search.exec(text);
  }
  return null;
}

/** The earliest of several findings (by position in the text), or null. */
export function earliest(findings: readonly (Finding | null)[]): Finding | null {
  let best: Finding | null = null;
  for (const finding of findings) {
    if (finding !== null && (best === null || finding.index < best.index)) {
      best = finding;
    }
  }
  return best;
}

/** The earliest finding of any pattern in `patterns` that `accept` allows. */
export function firstOfPatterns(
  text: string,
  patterns: readonly RegExp[],
  accept?: (match: RegExpExecArray) => boolean,
): Finding | null {
  return earliest(patterns.map((pattern) => firstMatch(text, pattern, accept)));
}

/**
 * The clause around a match (between sentence or clause punctuation), split into the part before the
 * match and the part after it; negation checks look only there.
 */
export function clauseAround(text: string, index: number, length: number): { before: string; after: string } {
  const boundary = /[.!?。！？\n,，;；]/;
  let start = index;
  while (start > 0 && !boundary.test(text.charAt(start - 1))) {
    start -= 1;
  }
  let end = index + length;
  while (end < text.length && !boundary.test(text.charAt(end))) {
    end += 1;
  }
  return { before: text.slice(start, index), after: text.slice(index + length, end) };
}

/** Negation words, per language, that cancel a claim in the same clause ("no error", "안 떠요", "没有"). */
export const negationBefore =
  /\b(?:no|not|never|without|nothing|none)\b|n't\b|没有|没|未|无|还没|아무것도|아무\s|안\s|못\s/i;
export const negationAfter = /^\s*(?:없|않|안\s|는\s*없|은\s*없|도\s*없)|(?:안\s*(?:떠|떴|뜸|나|뜨)|않|없)/;
