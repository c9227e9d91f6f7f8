import type { FaqReply } from '../domain/faq-schemas';
import { hasLanguage } from './search';
import { faqTokens } from './tokens';

/**
 * The replies most likely to fit a ticket before the agent types anything. Four signals, each in 0..1:
 * - text: TF-IDF cosine between the ticket (subject counted twice) and each language variant of a reply
 *   (title and keywords counted twice), the best variant counting, relative to the best reply;
 * - category: the reply is scoped to the ticket's category (1), fits every category (0.5) or another one (0);
 * - language: the reply has a variant in the ticket's language;
 * - usage: what agents chose for tickets of this category, and overall, log-scaled against the most used.
 * Text dominates: the usage prior orders replies that fit about equally, it never lifts an unrelated one.
 */

export interface RankedFaqReply {
  reply: FaqReply;
  score: number;
}

export interface RankingTicket {
  subject: string;
  body: string;
  category: string | null;
  language: string | null;
}

const weights = { text: 0.6, category: 0.2, language: 0.05, categoryUsage: 0.1, usage: 0.05 };
const defaultLimit = 10;

type TermVector = Map<string, number>;

interface PreparedLibrary {
  /** Inverse document frequency over all variants. */
  idf: Map<string, number>;
  /**
   * Per term, the variants holding it and the term's weight in each unit-length variant vector: scoring a
   * ticket walks only the postings of its own terms instead of every variant of every reply.
   */
  postings: Map<string, { variants: number[]; weights: number[] }>;
  /** The reply of each variant (index into the replies array). */
  replyOfVariant: Int32Array;
}

// Ranking runs each time an agent opens a ticket; the library array only changes on refetch.
const prepared = new WeakMap<readonly FaqReply[], PreparedLibrary>();

function addTerms(vector: TermVector, text: string, weight: number): void {
  for (const token of faqTokens(text)) {
    vector.set(token, (vector.get(token) ?? 0) + weight);
  }
}

function variantTermCounts(reply: FaqReply): TermVector[] {
  const shared = reply.keywords.join(' ');
  return reply.variants.map((variant) => {
    const counts: TermVector = new Map();
    addTerms(counts, variant.title, 2);
    addTerms(counts, shared, 2);
    addTerms(counts, reply.folder, 1);
    addTerms(counts, variant.body, 1);
    return counts;
  });
}

/** Turns raw counts into unit-length TF-IDF weights (sublinear term frequency). */
function weigh(counts: TermVector, idf: Map<string, number>, fallbackIdf: number): TermVector {
  const vector: TermVector = new Map();
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = (1 + Math.log(count)) * (idf.get(term) ?? fallbackIdf);
    vector.set(term, weight);
    norm += weight * weight;
  }
  const length = Math.sqrt(norm) || 1;
  for (const [term, weight] of vector) {
    vector.set(term, weight / length);
  }
  return vector;
}

function prepare(replies: readonly FaqReply[]): PreparedLibrary {
  const cached = prepared.get(replies);
  if (cached) {
    return cached;
  }
  // Retired replies stay out of the statistics as well as the results.
  const counts = replies.map((reply) => (reply.retired ? [] : variantTermCounts(reply)));
  const documentFrequency = new Map<string, number>();
  let documentCount = 0;
  for (const variants of counts) {
    for (const variant of variants) {
      documentCount += 1;
      for (const term of variant.keys()) {
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
    }
  }
  const idf = new Map<string, number>();
  for (const [term, frequency] of documentFrequency) {
    idf.set(term, Math.log(1 + documentCount / frequency));
  }
  const postings: PreparedLibrary['postings'] = new Map();
  const replyOfVariant = new Int32Array(documentCount);
  let variantIndex = 0;
  counts.forEach((variants, replyIndex) => {
    for (const variant of variants) {
      replyOfVariant[variantIndex] = replyIndex;
      for (const [term, weight] of weigh(variant, idf, 0)) {
        let list = postings.get(term);
        if (list === undefined) {
          list = { variants: [], weights: [] };
          postings.set(term, list);
        }
        list.variants.push(variantIndex);
        list.weights.push(weight);
      }
      variantIndex += 1;
    }
  });
  const result: PreparedLibrary = { idf, postings, replyOfVariant };
  prepared.set(replies, result);
  return result;
}

/** Per reply, the best cosine between the ticket and one of its variants. */
function textSimilarity(
  library: PreparedLibrary,
  ticketVector: TermVector,
  replyCount: number,
): Float64Array {
  const byVariant = new Float64Array(library.replyOfVariant.length);
  for (const [term, ticketWeight] of ticketVector) {
    const list = library.postings.get(term);
    if (list === undefined || ticketWeight === 0) {
      continue;
    }
    for (let index = 0; index < list.variants.length; index += 1) {
      const variant = list.variants[index] ?? 0;
      byVariant[variant] = (byVariant[variant] ?? 0) + ticketWeight * (list.weights[index] ?? 0);
    }
  }
  const byReply = new Float64Array(replyCount);
  byVariant.forEach((similarity, variant) => {
    const reply = library.replyOfVariant[variant] ?? 0;
    byReply[reply] = Math.max(byReply[reply] ?? 0, similarity);
  });
  return byReply;
}

function categoryFit(reply: FaqReply, category: string | null): number {
  if (category === null || reply.categories.length === 0) {
    return 0.5;
  }
  return reply.categories.includes(category) ? 1 : 0;
}

/** `log(1 + count) / log(1 + most)`: the tenth use matters, the thousandth barely more than the hundredth. */
function logScaled(count: number, most: number): number {
  return most <= 0 ? 0 : Math.log1p(Math.max(0, count)) / Math.log1p(most);
}

/** Ranks the live (not retired) `replies` for `ticket`, best first (see the module comment). */
export function rankFaqForTicket(
  replies: readonly FaqReply[],
  ticket: RankingTicket,
  options: { limit?: number } = {},
): RankedFaqReply[] {
  const library = prepare(replies);
  const ticketCounts: TermVector = new Map();
  addTerms(ticketCounts, ticket.subject, 2);
  addTerms(ticketCounts, ticket.body, 1);
  // Terms no reply uses carry no signal; weighing them at zero keeps the ticket vector comparable.
  const ticketVector = weigh(ticketCounts, library.idf, 0);

  const similarity = textSimilarity(library, ticketVector, replies.length);
  const candidates = replies.flatMap((reply, index) =>
    reply.retired ? [] : [{ reply, text: similarity[index] ?? 0 }],
  );
  const bestText = Math.max(0, ...candidates.map((candidate) => candidate.text));
  const categoryUsageOf = (reply: FaqReply): number =>
    ticket.category === null ? 0 : (reply.usage_by_category[ticket.category] ?? 0);
  const mostCategoryUsage = Math.max(0, ...candidates.map((candidate) => categoryUsageOf(candidate.reply)));
  const mostUsage = Math.max(0, ...candidates.map((candidate) => candidate.reply.usage_count));

  const ranked = candidates.map(({ reply, text }) => ({
    reply,
    score:
      weights.text * (bestText > 0 ? text / bestText : 0) +
      weights.category * categoryFit(reply, ticket.category) +
      weights.language * (ticket.language === null || hasLanguage(reply, ticket.language) ? 1 : 0) +
      weights.categoryUsage * logScaled(categoryUsageOf(reply), mostCategoryUsage) +
      weights.usage * logScaled(reply.usage_count, mostUsage),
  }));
  ranked.sort((left, right) => right.score - left.score || left.reply.id.localeCompare(right.reply.id));
  return ranked.slice(0, options.limit ?? defaultLimit);
}
