import type { DuplicateDocument } from './features';

/**
 * How alike two tickets are as problems, 0..1. Combines the overlap of their text features with what the
 * concept map says (same topic, coin and state), the identifiers they quote (the same tx hash or order id
 * is near proof; different ones of the same kind point at different transactions), their categories and
 * the time between them. A different topic is strong evidence of a different problem, whatever words the
 * two tickets share ("my withdrawal… KYC…").
 */
export function scoreDuplicate(left: DuplicateDocument, right: DuplicateDocument): number {
  const text = textSimilarity(left.features, right.features);
  const topic = relation(left.topics, right.topics);
  const asset = relation(left.assets, right.assets);
  const state = relation(left.states, right.states);
  const intent = relation(left.intents, right.intents);
  const detail = relation(left.details, right.details);
  // Only one names a finer problem: the other may be the same one in other words, or another problem.
  const sameCustomer = left.customerKey === right.customerKey;
  const oneSidedDetail =
    sameCustomer && detail === null && left.details.length + right.details.length > 0
      ? ONE_SIDED_DETAIL
      : null;
  // Concepts name the problem whatever the language: the topic, the exchange concepts and the finer
  // problems, each where both tickets name one; without any the text alone has to speak.
  let problemWeight = 0;
  let problemSum = 0;
  for (const [value, weight] of [
    [topic, W_TOPIC],
    [intent, W_INTENT],
    [detail ?? oneSidedDetail, W_DETAIL],
  ] as const) {
    if (value !== null) {
      problemWeight += weight;
      problemSum += weight * value;
    }
  }
  const semantic =
    problemWeight === 0
      ? text
      : W_PROBLEM * (problemSum / problemWeight) +
        ((1 - W_PROBLEM) / 2) * (asset ?? 0.6) +
        ((1 - W_PROBLEM) / 2) * (state ?? 0.6);
  let score = W_TEXT * text + (1 - W_TEXT) * semantic;
  if (text > 0.6) {
    // Copies and light edits: the words settle it even when the concepts are few.
    score = Math.max(score, text);
  }
  const sharedIdentifier = left.identifiers.some((identifier) => right.identifiers.includes(identifier));
  if (sharedIdentifier) {
    score = Math.max(score, 0.75) + 0.2;
  } else if (hasConflictingIdentifiers(left.identifiers, right.identifiers)) {
    score *= 0.6;
  }
  if (topic !== null && topic === 0) {
    score *= 0.35;
  } else if (topic === null && (left.topics.length > 0 || right.topics.length > 0)) {
    score *= 0.85;
  }
  if (asset === 0) {
    score *= 0.55;
  }
  // The finer exchange concepts: the same customer writing about a memo and then about a network, or a
  // liquidation and then funding, is two problems even inside one topic; agreeing ones lift a paraphrase.
  if (!sharedIdentifier && intent !== null) {
    if (intent === 0) {
      score *= INTENT_MISS;
    } else if (intent < 0.5) {
      score *= INTENT_PARTIAL;
    } else if (left.customerKey === right.customerKey && asset !== 0) {
      // Only the same customer's paraphrase is lifted: other customers share an area's wording more.
      score *= 1 + INTENT_BOOST * intent;
    }
  }
  // The finer problems: two tickets that each name one and share none are two problems in one area
  // (leverage and then closing a position, the face check and then the source of funds).
  if (!sharedIdentifier && detail !== null) {
    if (detail === 0) {
      score *= DETAIL_MISS;
    } else if (left.customerKey === right.customerKey && asset !== 0) {
      score *= 1 + DETAIL_BOOST * detail;
    }
  }
  if (left.category !== null && right.category !== null) {
    score *= left.category === right.category ? 1.05 : 0.75;
  }
  score *= timeFactor(Math.abs(left.createdAtMs - right.createdAtMs));
  return Math.min(1, Math.max(0, score));
}

/**
 * How far two concept lists agree, 0..1, or null when either has none (nothing to compare): the mean of
 * their Jaccard similarity and of the overlap with the shorter list, so a ticket that mentions one more
 * topic in passing ("I cannot trade or withdraw") still agrees with the shorter telling.
 */
function relation(left: readonly string[], right: readonly string[]): number | null {
  if (left.length === 0 || right.length === 0) {
    return null;
  }
  const shared = left.filter((item) => right.includes(item)).length;
  return (shared / (left.length + right.length - shared) + shared / Math.min(left.length, right.length)) / 2;
}

/** Both quote identifiers of one kind and none is shared: probably two different transactions or orders. */
function hasConflictingIdentifiers(left: readonly string[], right: readonly string[]): boolean {
  const kindsOf = (identifiers: readonly string[]): Set<string> =>
    new Set(identifiers.map((identifier) => identifier.slice(0, identifier.indexOf(':'))));
  const rightKinds = kindsOf(right);
  return [...kindsOf(left)].some((kind) => rightKinds.has(kind));
}

/**
 * Overlap of two sorted feature-hash sets: the larger of their Jaccard similarity and a damped overlap
 * coefficient (shared / smaller set), so a short follow-up that restates a long ticket still scores.
 */
export function textSimilarity(left: Uint32Array, right: Uint32Array): number {
  if (left.length === 0 || right.length === 0) {
    return 0;
  }
  let shared = 0;
  let leftIndex = 0;
  let rightIndex = 0;
  while (leftIndex < left.length && rightIndex < right.length) {
    const leftValue = left[leftIndex] ?? 0;
    const rightValue = right[rightIndex] ?? 0;
    if (leftValue === rightValue) {
      shared += 1;
      leftIndex += 1;
      rightIndex += 1;
    } else if (leftValue < rightValue) {
      leftIndex += 1;
    } else {
      rightIndex += 1;
    }
  }
  const jaccard = shared / (left.length + right.length - shared);
  const smaller = Math.min(left.length, right.length);
  const overlap = smaller >= 4 ? (0.8 * shared) / smaller : 0;
  return Math.max(jaccard, overlap);
}

/**
 * Exchange-concept agreement (chosen on the development stream of docs/evaluation.md): none shared halves
 * the score, less than half shared takes a fifth off, more lifts a paraphrase by up to 30%.
 */
const INTENT_MISS = 0.5;
const INTENT_PARTIAL = 0.8;
const INTENT_BOOST = 0.3;
const W_TOPIC = 0.6;
const W_INTENT = 1;
const W_DETAIL = 1.2;
const W_PROBLEM = 0.75;
const W_TEXT = 0.45;
const ONE_SIDED_DETAIL = 0.3;
const DETAIL_MISS = 0.5;
const DETAIL_BOOST = 0.3;
const dayMs = 24 * 60 * 60 * 1000;

/** Within a month a resubmission is as likely as ever; after that the evidence fades, to half at 7 months. */
function timeFactor(gapMs: number): number {
  const days = gapMs / dayMs;
  return days <= 30 ? 1 : Math.max(0.5, 1 - (days - 30) / 360);
}
