/**
 * The nearest-neighbour half of auto-triage: the training examples themselves, compared with a new text by
 * cosine similarity over their word-level features (words, word bigrams, word pairs, concepts, CJK
 * n-grams). A category is often several kinds of request ("cards" holds lost cards, PINs and Apple Pay);
 * neighbours find the kind a text is about where one linear boundary per category blurs them
 * (docs/triage.md).
 */

/** Feature kinds the neighbours compare (character n-grams of Latin words stay with the linear model). */
export function isNeighbourFeature(feature: string): boolean {
  return (
    feature.startsWith('w:') ||
    feature.startsWith('b:') ||
    feature.startsWith('p:') ||
    feature.startsWith('k:') ||
    feature.startsWith('h:')
  );
}

/** The stored examples: each one's neighbour-feature positions, sorted, and its category position. */
export interface NeighbourMemory {
  features: number[][];
  categories: number[];
}

/** An inverted index over the memory, built once when a model loads. */
export interface NeighbourIndex {
  /** For each feature position, the examples holding it and their normalized weights. */
  postings: Map<number, { examples: Int32Array; weights: Float32Array }>;
  categories: Int32Array;
  exampleCount: number;
  /** Scratch space of one similarity per example, reused by every query (JavaScript runs one at a time). */
  similarities: Float64Array;
  touched: Int32Array;
}

/** Indexes `memory`; each example's vector is binary TF × `idf`, L2-normalized. */
export function buildNeighbourIndex(memory: NeighbourMemory, idf: readonly number[]): NeighbourIndex {
  const lists = new Map<number, { examples: number[]; weights: number[] }>();
  memory.features.forEach((positions, example) => {
    let squares = 0;
    for (const position of positions) {
      squares += (idf[position] ?? 0) ** 2;
    }
    const norm = Math.sqrt(squares) || 1;
    for (const position of positions) {
      let list = lists.get(position);
      if (list === undefined) {
        list = { examples: [], weights: [] };
        lists.set(position, list);
      }
      list.examples.push(example);
      list.weights.push((idf[position] ?? 0) / norm);
    }
  });
  const postings = new Map<number, { examples: Int32Array; weights: Float32Array }>();
  for (const [position, list] of lists) {
    postings.set(position, {
      examples: Int32Array.from(list.examples),
      weights: Float32Array.from(list.weights),
    });
  }
  const exampleCount = memory.features.length;
  return {
    postings,
    categories: Int32Array.from(memory.categories),
    exampleCount,
    similarities: new Float64Array(exampleCount),
    touched: new Int32Array(exampleCount),
  };
}

/**
 * The categories of the `count` most similar examples, each weighted by its similarity to the fourth power
 * (the closest dominate), as probabilities over `categoryCount` categories; null when no example shares a
 * feature with the query. `query` holds positions and their (normalized) weights.
 */
export function neighbourProbabilities(
  index: NeighbourIndex,
  query: { positions: readonly number[]; weights: readonly number[] },
  count: number,
  categoryCount: number,
): Float64Array | null {
  const { similarities, touched } = index;
  let touchedCount = 0;
  query.positions.forEach((position, item) => {
    const posting = index.postings.get(position);
    if (posting === undefined) {
      return;
    }
    const weight = query.weights[item] ?? 0;
    for (let entry = 0; entry < posting.examples.length; entry += 1) {
      const example = posting.examples[entry] as number;
      if (similarities[example] === 0) {
        touched[touchedCount] = example;
        touchedCount += 1;
      }
      similarities[example] = (similarities[example] as number) + weight * (posting.weights[entry] as number);
    }
  });
  if (touchedCount === 0) {
    return null;
  }
  // Keep the best `count` in a small array sorted best first (count is about 10), clearing the scratch.
  const best: { example: number; similarity: number }[] = [];
  for (let item = 0; item < touchedCount; item += 1) {
    const example = touched[item] as number;
    const similarity = similarities[example] as number;
    similarities[example] = 0;
    if (best.length === count && similarity <= (best[best.length - 1]?.similarity ?? 0)) {
      continue;
    }
    let slot = best.length;
    while (slot > 0 && (best[slot - 1]?.similarity ?? 0) < similarity) {
      slot -= 1;
    }
    best.splice(slot, 0, { example, similarity });
    if (best.length > count) {
      best.pop();
    }
  }
  const probabilities = new Float64Array(categoryCount);
  let total = 0;
  for (const { example, similarity } of best) {
    const weight = similarity ** 4;
    const category = index.categories[example] as number;
    probabilities[category] = (probabilities[category] ?? 0) + weight;
    total += weight;
  }
  if (total === 0) {
    return null;
  }
  for (let category = 0; category < categoryCount; category += 1) {
    probabilities[category] = (probabilities[category] ?? 0) / total;
  }
  return probabilities;
}
