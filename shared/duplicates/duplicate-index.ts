import { exchangeConcepts } from '../multilingual/exchange-concepts';
import { concepts, conceptKind } from './concepts';
import type { DuplicateDocument } from './features';
import { createLshIndex } from './lsh-index';
import { createMinHasher, hashString } from './minhash';
import { scoreDuplicate } from './score';

/** A ticket found alike, with its score (0..1). */
export interface DuplicateMatch {
  id: string;
  score: number;
}

/** What a lookup found for one ticket. */
export interface DuplicateFindings {
  /**
   * Earlier tickets of the same customer that are probably the same issue and can still be merged with it
   * (not solved, closed or merged away), best first: the console offers to merge these.
   */
  possibleDuplicates: DuplicateMatch[];
  /**
   * Other customers' tickets about the same problem within the window, and the same customer's solved or
   * closed earlier tickets about it (history, never offered for a merge), best first.
   */
  related: DuplicateMatch[];
}

/**
 * Where an indexed ticket stands for lookups (docs/duplicates.md "Status and merges"): `open` (any status
 * an agent still works: new, open, awaiting the customer, on hold) can be offered for a merge; `history`
 * (solved or closed) is shown as related only; a ticket merged away is never offered itself, its merge
 * target is, when that is open.
 */
export type IndexedState = { kind: 'open' } | { kind: 'history' } | { kind: 'merged'; into: string };

/** The state of a ticket with `status`, merged into `mergedInto` (null when not merged away). */
export function indexedStateOf(status: string, mergedInto: string | null): IndexedState {
  if (mergedInto !== null) {
    return { kind: 'merged', into: mergedInto };
  }
  return status === 'solved' || status === 'closed' ? { kind: 'history' } : { kind: 'open' };
}

/** Tuning of a duplicate index; every field has a default (docs/duplicates.md explains them). */
export interface DuplicateIndexOptions {
  /** Lowest score reported as a possible duplicate. */
  duplicateThreshold?: number;
  /** Lowest score reported as related. */
  relatedThreshold?: number;
  /** Other customers' tickets count as related only this close in time. */
  relatedWindowMs?: number;
  maxDuplicates?: number;
  maxRelated?: number;
  /** The most of one customer's latest tickets compared at a lookup. */
  customerHistory?: number;
  /** Of each LSH bucket only this many of the latest tickets are candidates. */
  newestPerBucket?: number;
  /** MinHash and banding; `bands * rows` hash functions are computed. */
  bands?: number;
  rows?: number;
  seed?: number;
}

/** The in-memory duplicate index: every stored ticket's features, by customer and in LSH buckets. */
export interface DuplicateIndex {
  /**
   * Adds a ticket (a second add of the same id is ignored); `relatedCount` is how many related tickets it
   * already lists (the service links new cluster members back only while the list has room); `signature`
   * is its MinHash signature when already known (a stored description), else it is computed. With
   * `asOldest` it is taken as older than every ticket in the index (a load newest first): candidate
   * selection, which prefers the newest tickets, then sees the same order as after adds oldest first.
   */
  add(
    id: string,
    document: DuplicateDocument,
    relatedCount?: number,
    signature?: Uint32Array,
    asOldest?: boolean,
  ): void;
  /** How many related tickets the ticket lists (as last told), or null for an unknown id. */
  relatedCountOf(id: string): number | null;
  setRelatedCount(id: string, count: number): void;
  /** The ticket's category as the index holds it, or undefined for an unknown id. */
  categoryOf(id: string): string | null | undefined;
  /**
   * Changes the category an indexed ticket is scored with (an agent's correction): the score favours
   * tickets of the same category, so the ticket's possible duplicates and related tickets follow it.
   */
  setCategory(id: string, category: string | null): void;
  /** Where the ticket stands (as last told; `open` for an unknown id or one never told otherwise). */
  stateOf(id: string): IndexedState;
  /** A status change, a merge or an undo: what lookups may offer of the ticket follows it. */
  setState(id: string, state: IndexedState): void;
  /** Forgets a ticket (e.g. its insert failed). */
  remove(id: string): void;
  has(id: string): boolean;
  /**
   * The same customer's earlier tickets that look like the same issue, and other customers' tickets about
   * the same problem near in time; `document` itself (by `excludeId`) is never reported.
   */
  find(document: DuplicateDocument, excludeId?: string): DuplicateFindings;
  /** `find` for a ticket the index holds, by id (null for an unknown id): how stored history is annotated. */
  findStored(id: string): DuplicateFindings | null;
  readonly size: number;
}

export const defaultDuplicateOptions: Required<DuplicateIndexOptions> = {
  duplicateThreshold: 0.45,
  relatedThreshold: 0.55,
  relatedWindowMs: 72 * 60 * 60 * 1000,
  maxDuplicates: 5,
  maxRelated: 20,
  customerHistory: 200,
  newestPerBucket: 25,
  bands: 10,
  rows: 3,
  seed: 0x5eed,
};

const conceptKeys = Object.keys(concepts);
const conceptBit = new Map(conceptKeys.map((key, index) => [key, index]));

/** The bits of the topic concepts in a concept mask. */
const topicMask = conceptKeys.reduce(
  (mask, key, index) => (conceptKind(key) === 'topic' ? mask | (1 << index) : mask),
  0,
);

/** The concepts of a document as a bit set (the map has fewer than 32 concepts: one number each). */
function conceptMask(document: DuplicateDocument): number {
  let mask = 0;
  for (const concept of [...document.topics, ...document.assets, ...document.states]) {
    mask |= 1 << (conceptBit.get(concept) ?? 31);
  }
  return mask >>> 0;
}

function conceptsOfMask(mask: number, kind: string): string[] {
  return conceptKeys.filter((key, index) => (mask & (1 << index)) !== 0 && conceptKind(key) === kind);
}

const intentKeys = Object.keys(exchangeConcepts);
const intentBit = new Map(intentKeys.map((key, index) => [key, index]));
const decodedIntents = new Map<number, string[]>();

/** A document's exchange concepts as a bit set (fewer than 32 concepts), and back. */
function intentMask(intents: readonly string[]): number {
  let mask = 0;
  for (const intent of intents) {
    const bit = intentBit.get(intent);
    if (bit !== undefined && bit < 32) {
      mask |= 1 << bit;
    }
  }
  return mask >>> 0;
}

function intentsOfMask(mask: number): string[] {
  let intents = decodedIntents.get(mask);
  if (intents === undefined) {
    intents = intentKeys.filter((_key, index) => index < 32 && (mask & (1 << index)) !== 0);
    decodedIntents.set(mask, intents);
  }
  return intents;
}

/**
 * Extra LSH keys for each topic a ticket names, paired with each coin it names: paraphrases and
 * translations share them even when they share no words. Only with a topic (a coin alone says little).
 */
function conceptKeysOf(document: DuplicateDocument): number[] {
  const assets = document.assets.length === 0 ? [''] : document.assets;
  return document.topics.flatMap((topic) => assets.map((asset) => hashString(`${topic}|${asset}`)));
}

/**
 * An empty duplicate index. Tickets are kept compactly (feature hashes in one growing pool, concepts as a
 * bit set, ids and times in arrays) so a million fit in a few hundred megabytes.
 */
export function createDuplicateIndex(options: DuplicateIndexOptions = {}): DuplicateIndex {
  const settings = { ...defaultDuplicateOptions, ...options };
  if (conceptKeys.length > 31) {
    throw new Error('the concept map outgrew its 31-bit mask');
  }
  const hasher = createMinHasher(settings.bands * settings.rows, settings.seed);
  const lsh = createLshIndex({ bands: settings.bands, rows: settings.rows });
  const handleOf = new Map<string, number>();
  const ids: (string | null)[] = [];
  const customerOf: string[] = [];
  const categories: (string | null)[] = [];
  let createdAt = new Float64Array(1024);
  let masks = new Uint32Array(1024);
  let featureStart = new Uint32Array(1024);
  let featureLength = new Uint16Array(1024);
  let relatedCounts = new Uint8Array(1024);
  let intentMasks = new Uint32Array(1024);
  let pool = new Uint32Array(64 * 1024);
  let poolUsed = 0;
  const identifiersOf = new Map<number, readonly string[]>();
  // Few distinct lists of details occur: each handle keeps the number of its list.
  const detailLists: (readonly string[])[] = [[]];
  const detailListNumber = new Map<string, number>([['', 0]]);
  let detailOf = new Uint32Array(1024);
  // 0 open, 1 history (solved or closed), 2 merged away (its target in `mergedInto`).
  let states = new Uint8Array(1024);
  const mergedInto = new Map<number, string>();
  const byCustomer = new Map<string, number[]>();

  function grow(): void {
    const capacity = createdAt.length * 2;
    const next = <T extends Float64Array | Uint32Array | Uint16Array | Uint8Array>(
      old: T,
      make: (size: number) => T,
    ): T => {
      const array = make(capacity);
      array.set(old);
      return array;
    };
    createdAt = next(createdAt, (size) => new Float64Array(size));
    masks = next(masks, (size) => new Uint32Array(size));
    featureStart = next(featureStart, (size) => new Uint32Array(size));
    featureLength = next(featureLength, (size) => new Uint16Array(size));
    relatedCounts = next(relatedCounts, (size) => new Uint8Array(size));
    intentMasks = next(intentMasks, (size) => new Uint32Array(size));
    detailOf = next(detailOf, (size) => new Uint32Array(size));
    states = next(states, (size) => new Uint8Array(size));
  }

  function featuresAt(handle: number): Uint32Array {
    const start = featureStart[handle] ?? 0;
    return pool.subarray(start, start + (featureLength[handle] ?? 0));
  }

  // Few distinct concept combinations occur: decode each once.
  const decoded = new Map<number, { topics: string[]; assets: string[]; states: string[] }>();
  function conceptsOfHandle(handle: number): { topics: string[]; assets: string[]; states: string[] } {
    const mask = masks[handle] ?? 0;
    let lists = decoded.get(mask);
    if (lists === undefined) {
      lists = {
        topics: conceptsOfMask(mask, 'topic'),
        assets: conceptsOfMask(mask, 'asset'),
        states: conceptsOfMask(mask, 'state'),
      };
      decoded.set(mask, lists);
    }
    return lists;
  }

  function documentAt(handle: number): DuplicateDocument {
    return {
      features: featuresAt(handle),
      ...conceptsOfHandle(handle),
      intents: intentsOfMask(intentMasks[handle] ?? 0),
      details: detailLists[detailOf[handle] ?? 0] ?? [],
      identifiers: identifiersOf.get(handle) ?? [],
      category: categories[handle] ?? null,
      createdAtMs: createdAt[handle] ?? 0,
      customerKey: customerOf[handle] ?? '',
    };
  }

  // A merge target can stand in for several merged-away tickets: each id once, at its best score.
  const best = (matches: DuplicateMatch[], count: number): DuplicateMatch[] => {
    const seen = new Set<string>();
    return matches
      .sort((left, right) => right.score - left.score || (left.id < right.id ? -1 : 1))
      .filter((match) => {
        if (seen.has(match.id)) {
          return false;
        }
        seen.add(match.id);
        return true;
      })
      .slice(0, count)
      .map((match) => ({ id: match.id, score: Math.round(match.score * 1000) / 1000 }));
  };

  /** The handle offered for `handle`: itself, its merge target when that is indexed, or -1 (not offered). */
  function offeredHandle(handle: number): number {
    if (states[handle] !== 2) {
      return handle;
    }
    const target = handleOf.get(mergedInto.get(handle) ?? '');
    // A chain the service does not build today (a target merged away in turn) is followed one more step.
    return target === undefined || states[target] === 2 ? -1 : target;
  }

  const index: DuplicateIndex = {
    add: (id, document, relatedCount = 0, signature, asOldest = false) => {
      if (handleOf.has(id)) {
        return;
      }
      const handle = ids.length;
      if (handle >= createdAt.length) {
        grow();
      }
      // More than 65,535 features is a pasted log, not a description: the first ones say enough.
      const features = document.features.subarray(0, 0xffff);
      while (poolUsed + features.length > pool.length) {
        const bigger = new Uint32Array(pool.length * 2);
        bigger.set(pool);
        pool = bigger;
      }
      pool.set(features, poolUsed);
      featureStart[handle] = poolUsed;
      featureLength[handle] = features.length;
      poolUsed += features.length;
      ids.push(id);
      customerOf.push(document.customerKey);
      categories.push(document.category);
      createdAt[handle] = document.createdAtMs;
      masks[handle] = conceptMask(document);
      relatedCounts[handle] = Math.min(255, relatedCount);
      intentMasks[handle] = intentMask(document.intents);
      const detailKey = document.details.join(' ');
      let detailNumber = detailListNumber.get(detailKey);
      if (detailNumber === undefined) {
        detailNumber = detailLists.length;
        detailLists.push([...document.details]);
        detailListNumber.set(detailKey, detailNumber);
      }
      detailOf[handle] = detailNumber;
      if (document.identifiers.length > 0) {
        identifiersOf.set(handle, document.identifiers);
      }
      handleOf.set(id, handle);
      const own = byCustomer.get(document.customerKey);
      if (own === undefined) {
        byCustomer.set(document.customerKey, [handle]);
      } else if (asOldest) {
        own.unshift(handle);
      } else {
        own.push(handle);
      }
      lsh.add(handle, signature ?? hasher.signature(features), conceptKeysOf(document), asOldest);
    },
    remove: (id) => {
      const handle = handleOf.get(id);
      if (handle === undefined) {
        return;
      }
      const document = documentAt(handle);
      lsh.remove(handle, hasher.signature(document.features), conceptKeysOf(document));
      const own = byCustomer.get(document.customerKey);
      own?.splice(own.lastIndexOf(handle), 1);
      handleOf.delete(id);
      identifiersOf.delete(handle);
      mergedInto.delete(handle);
      // The slot stays (handles are positions); a null id marks it gone.
      ids[handle] = null;
    },
    has: (id) => handleOf.has(id),
    relatedCountOf: (id) => {
      const handle = handleOf.get(id);
      return handle === undefined ? null : (relatedCounts[handle] ?? 0);
    },
    setRelatedCount: (id, count) => {
      const handle = handleOf.get(id);
      if (handle !== undefined) {
        relatedCounts[handle] = Math.min(255, count);
      }
    },
    categoryOf: (id) => {
      const handle = handleOf.get(id);
      return handle === undefined ? undefined : (categories[handle] ?? null);
    },
    setCategory: (id, category) => {
      const handle = handleOf.get(id);
      if (handle !== undefined) {
        categories[handle] = category;
      }
    },
    stateOf: (id) => {
      const handle = handleOf.get(id);
      const state = handle === undefined ? 0 : (states[handle] ?? 0);
      if (state === 2 && handle !== undefined) {
        return { kind: 'merged', into: mergedInto.get(handle) ?? '' };
      }
      return state === 1 ? { kind: 'history' } : { kind: 'open' };
    },
    setState: (id, state) => {
      const handle = handleOf.get(id);
      if (handle === undefined) {
        return;
      }
      states[handle] = state.kind === 'open' ? 0 : state.kind === 'history' ? 1 : 2;
      if (state.kind === 'merged') {
        mergedInto.set(handle, state.into);
      } else {
        mergedInto.delete(handle);
      }
    },
    find: (document, excludeId) => {
      const possibleDuplicates: DuplicateMatch[] = [];
      // The customer's solved and closed tickets about the same issue: history, reported as related.
      const history: DuplicateMatch[] = [];
      const own = byCustomer.get(document.customerKey) ?? [];
      for (
        let index = own.length - 1;
        index >= Math.max(0, own.length - settings.customerHistory);
        index -= 1
      ) {
        const handle = own[index] ?? -1;
        const id = ids[handle];
        if (
          id === null ||
          id === undefined ||
          id === excludeId ||
          (createdAt[handle] ?? 0) > document.createdAtMs
        ) {
          continue;
        }
        const score = scoreDuplicate(document, documentAt(handle));
        if (score < settings.duplicateThreshold) {
          continue;
        }
        // Merged away: its target stands in, as a merge candidate only while open (a closed or merged
        // target cannot take a merge); the target's own history entry comes from its own score.
        const offered = offeredHandle(handle);
        const offeredId = ids[offered];
        if (offered === -1 || offeredId === null || offeredId === undefined || offeredId === excludeId) {
          continue;
        }
        if (states[offered] === 0) {
          possibleDuplicates.push({ id: offeredId, score });
        } else if (offered === handle) {
          history.push({ id, score });
        }
      }
      const related: DuplicateMatch[] = [];
      const candidates = lsh.candidates(
        hasher.signature(document.features),
        conceptKeysOf(document),
        settings.newestPerBucket,
      );
      const ownTopics = conceptMask(document) & topicMask;
      for (const handle of candidates) {
        const id = ids[handle];
        const topics = (masks[handle] ?? 0) & topicMask;
        if (
          id === null ||
          id === undefined ||
          id === excludeId ||
          customerOf[handle] === document.customerKey ||
          Math.abs((createdAt[handle] ?? 0) - document.createdAtMs) > settings.relatedWindowMs ||
          // No common topic caps the score at 0.35 (score.ts), below any threshold: skip the scoring.
          (settings.relatedThreshold > 0.35 && ownTopics !== 0 && topics !== 0 && (ownTopics & topics) === 0)
        ) {
          continue;
        }
        const score = scoreDuplicate(document, documentAt(handle));
        if (score < settings.relatedThreshold) {
          continue;
        }
        // A ticket merged away lives on in its target (when that is another customer's).
        const offered = offeredHandle(handle);
        const offeredId = ids[offered];
        if (
          offered !== -1 &&
          offeredId !== null &&
          offeredId !== undefined &&
          offeredId !== excludeId &&
          customerOf[offered] !== document.customerKey
        ) {
          related.push({ id: offeredId, score });
        }
      }
      return {
        possibleDuplicates: best(possibleDuplicates, settings.maxDuplicates),
        related: best([...related, ...history], settings.maxRelated),
      };
    },
    findStored: (id) => {
      const handle = handleOf.get(id);
      return handle === undefined ? null : index.find(documentAt(handle), id);
    },
    get size() {
      return handleOf.size;
    },
  };
  return index;
}
