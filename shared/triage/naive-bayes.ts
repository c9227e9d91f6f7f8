/**
 * Complement naive Bayes (Rennie et al., 2003) over the same TF-IDF vectors as the regression, as weights
 * that add to the regression's: with a few dozen examples a category, naive Bayes's counts generalize
 * from less data than a discriminative model (it needs no gradient to give a rare feature its say), while
 * the regression learns what the counts miss. Each category is scored by how unlike its complement (every
 * other category's examples) a text is, which keeps categories of different sizes comparable.
 */

/** One training vector: feature positions and their (L2-normalized TF-IDF) values. */
export interface WeightedFeatures {
  indices: readonly number[];
  values: readonly number[];
}

/**
 * The complement naive Bayes weights, feature-major like the regression's (`[feature × categories +
 * category]`): −log of the feature's smoothed share in the category's complement, centred per feature
 * across categories (a constant per feature changes no ranking) so they can be added to logits.
 */
export function complementNaiveBayesWeights(
  vectors: readonly WeightedFeatures[],
  labels: readonly number[],
  featureCount: number,
  categoryCount: number,
  smoothing: number,
): Float32Array {
  const mass = new Float32Array(featureCount * categoryCount);
  const totals = new Float64Array(categoryCount);
  const featureMass = new Float64Array(featureCount);
  let allMass = 0;
  vectors.forEach((vector, example) => {
    const label = labels[example] as number;
    vector.indices.forEach((position, item) => {
      const value = vector.values[item] as number;
      mass[position * categoryCount + label] = (mass[position * categoryCount + label] ?? 0) + value;
      totals[label] = (totals[label] ?? 0) + value;
      featureMass[position] = (featureMass[position] ?? 0) + value;
      allMass += value;
    });
  });
  // The masses become the weights in place: one array of features × categories, not two.
  const weights = mass;
  for (let feature = 0; feature < featureCount; feature += 1) {
    let sum = 0;
    for (let category = 0; category < categoryCount; category += 1) {
      const slot = feature * categoryCount + category;
      const complement = (featureMass[feature] ?? 0) - (mass[slot] ?? 0);
      const complementTotal = allMass - (totals[category] ?? 0);
      const weight = -Math.log((smoothing + complement) / (smoothing * featureCount + complementTotal));
      weights[slot] = weight;
      sum += weight;
    }
    const mean = sum / categoryCount;
    for (let category = 0; category < categoryCount; category += 1) {
      const slot = feature * categoryCount + category;
      weights[slot] = (weights[slot] ?? 0) - mean;
    }
  }
  return weights;
}
