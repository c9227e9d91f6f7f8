/**
 * The vector arithmetic auto-triage's training and prediction share: a text's sublinear TF-IDF vector and
 * the linear model's softmax probabilities over it. Both sides must compute them the same way, or a model
 * would predict on vectors unlike those it learned from.
 */

/** A TF-IDF vector: feature positions and their values, in the same order. */
export interface SparseVector {
  indices: number[];
  values: number[];
}

/** Sublinear TF-IDF of `features` over `index`, L2-normalized; unknown features are ignored. */
export function vectorize(
  features: readonly string[],
  index: ReadonlyMap<string, number>,
  idf: readonly number[],
): SparseVector {
  const counts = new Map<number, number>();
  for (const feature of features) {
    const position = index.get(feature);
    if (position !== undefined) {
      counts.set(position, (counts.get(position) ?? 0) + 1);
    }
  }
  const indices: number[] = [];
  const values: number[] = [];
  let squares = 0;
  for (const [position, count] of counts) {
    const value = (1 + Math.log(count)) * (idf[position] ?? 0);
    indices.push(position);
    values.push(value);
    squares += value * value;
  }
  const norm = Math.sqrt(squares);
  if (norm > 0) {
    for (let item = 0; item < values.length; item += 1) {
      values[item] = (values[item] ?? 0) / norm;
    }
  }
  return { indices, values };
}

/**
 * The linear model's scores of `vector` into `scores` (one per category); `scale` multiplies every weight,
 * so training can apply its L2 shrinkage lazily.
 */
export function computeScores(
  vector: SparseVector,
  weights: ArrayLike<number>,
  bias: ArrayLike<number>,
  categoryCount: number,
  scale: number,
  scores: Float64Array,
): void {
  for (let category = 0; category < categoryCount; category += 1) {
    scores[category] = bias[category] ?? 0;
  }
  for (let item = 0; item < vector.indices.length; item += 1) {
    const base = (vector.indices[item] as number) * categoryCount;
    const value = (vector.values[item] as number) * scale;
    for (let category = 0; category < categoryCount; category += 1) {
      scores[category] = (scores[category] ?? 0) + (weights[base + category] ?? 0) * value;
    }
  }
}

/** Turns `scores` into probabilities that sum to 1 (shifted by the highest score, so none overflows). */
export function softmaxInPlace(scores: Float64Array): void {
  let highest = -Infinity;
  for (const score of scores) {
    highest = Math.max(highest, score);
  }
  let total = 0;
  for (let category = 0; category < scores.length; category += 1) {
    const exponential = Math.exp((scores[category] ?? 0) - highest);
    scores[category] = exponential;
    total += exponential;
  }
  for (let category = 0; category < scores.length; category += 1) {
    scores[category] = (scores[category] ?? 0) / total;
  }
}
