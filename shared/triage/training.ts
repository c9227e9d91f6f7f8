import { complementNaiveBayesWeights } from './naive-bayes';
import { isNeighbourFeature } from './neighbours';
import { seededRandom, shuffleInPlace } from './random';
import { computeScores, softmaxInPlace, vectorize, type SparseVector } from './sparse-vectors';
import { triageFeatures } from './tokenize';
import type { TriageExample, TriageModelData, TriageTrainingOptions } from './model';

/**
 * Training auto-triage's model (`model.ts`): TF-IDF over the examples' features, the logistic regression by
 * stochastic gradient descent, the optional naive Bayes weights, and the examples the neighbours keep. It
 * advances in slices so the service can train between requests.
 */

/** The format tag of `TriageModelData`; a stored model of another format is retrained, never misread. */
// It lives beside the training that writes it, so this file needs only types from `model.ts`.
// v3: the multilingual features of issue 18 (a v2 model's feature names differ: it is retrained).
export const triageModelFormat = 'triage-logistic-neighbours-v3';

/**
 * Chosen by 5-fold cross-validation over banking77 (docs/triage.md): a higher rate, more epochs and
 * stronger L2 bring the regression closer to its optimum (0.950 → 0.953 alone), and with concepts the
 * neighbours became good enough to take a larger share of the blend.
 */
const defaults = {
  seed: 7,
  epochs: 20,
  learningRate: 4,
  regularization: 1e-5,
  neighbourWeight: 0.45,
  neighbourCount: 10,
  naiveBayesWeight: 0,
  naiveBayesSmoothing: 10,
  neighbourAgreementPower: 0,
  smallHistoryLimit: 500,
};

/**
 * Training that advances in slices, so a service can train on its event loop between requests: each
 * `advance(units)` does about `units` examples' worth of work (tokenizing one example, or one gradient
 * step) and returns true once the model is ready.
 */
export interface TriageTrainingRun {
  advance(units: number): boolean;
  /** The trained model; throws before `advance` has returned true. */
  result(): TriageModelData;
}

/** Starts training on `examples`; throws at once when they hold fewer than two categories. */
export function startTriageTraining(
  examples: readonly TriageExample[],
  options: TriageTrainingOptions = {},
): TriageTrainingRun {
  const categories = [...new Set(examples.map((example) => example.category))].sort();
  if (categories.length < 2) {
    throw new Error('auto-triage needs examples of at least two categories');
  }
  const steps = trainingSteps(examples, categories, options);
  let model: TriageModelData | null = null;
  return {
    advance: (units) => {
      for (let unit = 0; unit < units && model === null; unit += 1) {
        const next = steps.next();
        if (next.done === true) {
          model = next.value;
        }
      }
      return model !== null;
    },
    result: () => {
      if (model === null) {
        throw new Error('training has not finished');
      }
      return model;
    },
  };
}

/** The work of training, one yield per unit (see `TriageTrainingRun`). */
function* trainingSteps(
  examples: readonly TriageExample[],
  categories: readonly string[],
  options: TriageTrainingOptions,
): Generator<undefined, TriageModelData, undefined> {
  const featureLists: string[][] = [];
  const documentCounts = new Map<string, number>();
  for (const example of examples) {
    const list = triageFeatures(example.text);
    featureLists.push(list);
    for (const feature of new Set(list)) {
      documentCounts.set(feature, (documentCounts.get(feature) ?? 0) + 1);
    }
    yield;
  }
  const minimum = options.minimumDocumentCount ?? (examples.length >= 1000 ? 2 : 1);
  const features = [...documentCounts.keys()]
    .filter((feature) => (documentCounts.get(feature) ?? 0) >= minimum)
    .sort();
  const index = new Map(features.map((feature, position) => [feature, position]));
  const idf = features.map(
    (feature) => Math.log((1 + examples.length) / (1 + (documentCounts.get(feature) ?? 0))) + 1,
  );
  const vectors: SparseVector[] = [];
  for (const list of featureLists) {
    vectors.push(vectorize(list, index, idf));
    yield;
  }
  const labels = examples.map((example) => categories.indexOf(example.category));

  const categoryCount = categories.length;
  const weights = new Float64Array(features.length * categoryCount);
  const bias = new Float64Array(categoryCount);
  const epochs = options.epochs ?? defaults.epochs;
  const learningRate = options.learningRate ?? defaults.learningRate;
  const regularization = options.regularization ?? defaults.regularization;
  const random = seededRandom(options.seed ?? defaults.seed);
  const order = examples.map((_, position) => position);
  const scores = new Float64Array(categoryCount);
  // L2 shrinks every weight each step; a common scale factor does it in O(1) instead of touching them all.
  let scale = 1;
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    shuffleInPlace(order, random);
    for (const position of order) {
      const vector = vectors[position] as SparseVector;
      const label = labels[position] as number;
      const rate = learningRate / (1 + step / examples.length);
      step += 1;
      computeScores(vector, weights, bias, categoryCount, scale, scores);
      softmaxInPlace(scores);
      scale *= 1 - rate * regularization;
      for (let category = 0; category < categoryCount; category += 1) {
        const gradient = (scores[category] ?? 0) - (category === label ? 1 : 0);
        if (gradient === 0) {
          continue;
        }
        bias[category] = (bias[category] ?? 0) - rate * gradient;
        const change = (rate * gradient) / scale;
        for (let item = 0; item < vector.indices.length; item += 1) {
          const slot = (vector.indices[item] as number) * categoryCount + category;
          weights[slot] = (weights[slot] ?? 0) - change * (vector.values[item] as number);
        }
      }
      if (scale < 1e-6) {
        for (let slot = 0; slot < weights.length; slot += 1) {
          weights[slot] = (weights[slot] ?? 0) * scale;
        }
        scale = 1;
      }
      yield;
    }
  }
  const smallHistory = Math.max(
    0,
    1 - examples.length / categoryCount / (options.smallHistoryLimit ?? defaults.smallHistoryLimit),
  );
  const naiveBayesWeight = smallHistory * (options.naiveBayesWeight ?? defaults.naiveBayesWeight);
  if (naiveBayesWeight > 0) {
    const naiveBayes = complementNaiveBayesWeights(
      vectors,
      labels,
      features.length,
      categoryCount,
      options.naiveBayesSmoothing ?? defaults.naiveBayesSmoothing,
    );
    for (let slot = 0; slot < weights.length; slot += 1) {
      weights[slot] = (weights[slot] ?? 0) + (naiveBayesWeight * (naiveBayes[slot] ?? 0)) / scale;
    }
  }
  const isNeighbour = features.map(isNeighbourFeature);
  const agreementPower = smallHistory * (options.neighbourAgreementPower ?? defaults.neighbourAgreementPower);
  return {
    format: triageModelFormat,
    categories: [...categories],
    features,
    idf: idf.map(round),
    weights: Array.from(weights, (weight) => round(weight * scale)),
    bias: Array.from(bias, round),
    exampleCount: examples.length,
    neighbours: {
      features: vectors.map((vector) =>
        vector.indices.filter((position) => isNeighbour[position]).sort((left, right) => left - right),
      ),
      categories: labels,
    },
    neighbourWeight: options.neighbourWeight ?? defaults.neighbourWeight,
    neighbourCount: options.neighbourCount ?? defaults.neighbourCount,
    ...(agreementPower > 0 ? { neighbourAgreementPower: agreementPower } : {}),
  };
}

/** Six significant decimals are plenty for a linear model and keep the stored JSON small. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
