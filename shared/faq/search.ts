import MiniSearch from 'minisearch';
import type { FaqReply } from '../domain/faq-schemas';
import { faqTokens, isCjkToken } from './tokens';

/**
 * Search over the FAQ library as the agent types in the picker: titles, keywords and bodies of every language
 * variant, and the folder path. Latin words are typo-tolerant and the word being typed matches as a prefix;
 * Korean and Chinese match by character pairs (`tokens.ts`). Retired replies are never found.
 */

/** One hit: the reply and its relevance (higher is better; only comparable within one search). */
export interface FaqSearchHit {
  reply: FaqReply;
  score: number;
}

export interface FaqSearchOptions {
  /** The customer's language: replies with a variant in it rank a little higher. */
  language?: string;
  /** At most this many hits; 20 by default. */
  limit?: number;
}

export interface FaqSearch {
  search(query: string, options?: FaqSearchOptions): FaqSearchHit[];
  /** Adds or replaces `reply` (a retired reply is removed). */
  update(reply: FaqReply): void;
  remove(id: string): void;
}

interface FaqDocument {
  id: string;
  title: string;
  keywords: string;
  body: string;
  folder: string;
}

const defaultLimit = 20;
/** How much a variant in the customer's language lifts a reply. */
const languageBoost = 1.3;

function documentOf(reply: FaqReply): FaqDocument {
  return {
    id: reply.id,
    title: reply.variants.map((variant) => variant.title).join('\n'),
    keywords: reply.keywords.join('\n'),
    body: reply.variants.map((variant) => variant.body).join('\n'),
    folder: reply.folder.replaceAll('::', '\n'),
  };
}

/**
 * MiniSearch keeps terms in a radix tree whose nodes scan their children: with thousands of distinct Hangul
 * and Han characters as first letters, indexing 5,000 replies took seconds. Each CJK character is therefore
 * spelled as four base-36 digits after a `~` (no Latin token starts with one), which keeps the tree narrow;
 * a lone character still matches the pairs that start with it as a prefix.
 */
const cjkMarker = '~';

function indexTerm(token: string): string {
  if (!isCjkToken(token)) {
    return token;
  }
  return `${cjkMarker}${Array.from(token, (character) => (character.codePointAt(0) ?? 0).toString(36).padStart(4, '0')).join('')}`;
}

const isIndexedCjk = (term: string): boolean => term.startsWith(cjkMarker);

/** `ko-KR` → `ko`, so a `ko` variant serves a `ko-KR` customer. */
export function primaryLanguage(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0] ?? '';
}

export function hasLanguage(reply: FaqReply, language: string): boolean {
  const wanted = primaryLanguage(language);
  return reply.variants.some((variant) => primaryLanguage(variant.language) === wanted);
}

/** The search over `replies` (see the module comment); `update` and `remove` apply a lead's live edits. */
export function createFaqSearch(replies: readonly FaqReply[]): FaqSearch {
  const index = new MiniSearch<FaqDocument>({
    fields: ['title', 'keywords', 'body', 'folder'],
    idField: 'id',
    tokenize: faqTokens,
    // Tokens come out of faqTokens already normalized; only CJK ones are respelled.
    processTerm: indexTerm,
    searchOptions: {
      boost: { title: 3, keywords: 3, folder: 1.5, body: 1 },
      // Typos only in Latin words long enough to have them; a CJK pair has no near neighbour worth matching.
      fuzzy: (term) => (isIndexedCjk(term) || term.length < 4 ? false : 0.2),
      // The word being typed, and a lone CJK character, match longer tokens that start with it.
      prefix: (term, position, terms) =>
        isIndexedCjk(term) ? term.length === 1 + 4 : position === terms.length - 1 && term.length >= 2,
    },
  });
  const byId = new Map<string, FaqReply>();
  // The boost runs for every matching document of every term: its languages are looked up, not parsed.
  const languagesById = new Map<string, Set<string>>();
  const keep = (reply: FaqReply): void => {
    byId.set(reply.id, reply);
    languagesById.set(reply.id, new Set(reply.variants.map((variant) => primaryLanguage(variant.language))));
  };

  const remove = (id: string): void => {
    languagesById.delete(id);
    if (byId.delete(id)) {
      index.discard(id);
    }
  };
  const update = (reply: FaqReply): void => {
    remove(reply.id);
    if (!reply.retired) {
      keep(reply);
      index.add(documentOf(reply));
    }
  };
  const live = replies.filter((reply) => !reply.retired);
  live.forEach(keep);
  index.addAll(live.map(documentOf));

  return {
    search: (query, options = {}) => {
      const termCount = faqTokens(query).length;
      if (termCount === 0) {
        return [];
      }
      const language = options.language;
      const limit = options.limit ?? defaultLimit;
      const wanted = language ? primaryLanguage(language) : '';
      const boost = language
        ? {
            boostDocument: (id: string) => (languagesById.get(id)?.has(wanted) === true ? languageBoost : 1),
          }
        : {};
      // Replies matching every word first (what a typed query means, and cheap: few documents to score);
      // then, when those are too few (Korean particles, a word no reply has), replies matching any word.
      const results = index.search(query, { ...boost, combineWith: 'AND' });
      if (results.length < limit && termCount > 1) {
        const found = new Set(results.map((result) => String(result.id)));
        for (const result of index.search(query, { ...boost, combineWith: 'OR' })) {
          if (!found.has(String(result.id))) {
            results.push(result);
          }
        }
      }
      const hits: FaqSearchHit[] = [];
      for (const result of results) {
        const reply = byId.get(String(result.id));
        if (reply !== undefined) {
          hits.push({ reply, score: result.score });
        }
        if (hits.length >= limit) {
          break;
        }
      }
      return hits;
    },
    update,
    remove,
  };
}
