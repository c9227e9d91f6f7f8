import {
  buildNeighbourIndex,
  isNeighbourFeature,
  neighbourProbabilities,
  type NeighbourMemory,
} from './neighbours';
import { complementNaiveBayesWeights } from './naive-bayes';
import { seededRandom, shuffleInPlace } from './random';
import { triageFeatures } from './tokenize';

/**
 * Auto-triage's classifier: TF-IDF over `triageFeatures` (sublinear term frequency, L2-normalized) and a
 * multinomial logistic regression trained by stochastic gradient descent with L2 regularization, blended
 * with the categories of the nearest training examples (`neighbours.ts`). Both halves give probabilities,
 * so `confidence` reads as "how sure". Pure and deterministic: the same examples and seed give the same
 * model. The model is plain JSON (`TriageModelData`) so the service can store it and load it at start.
 */

/** The format tag of `TriageModelData`; a stored model of another format is retrained, never misread. */
// v3: the multilingual features of issue 18 (a v2 model's feature names differ: it is retrained).
export const triageModelFormat = 'triage-logistic-neighbours-v3';

/** One categorized text to learn from. */
export interface TriageExample {
  text: string;
  category: string;
}

/** A suggestion: the most probable category and its probability (0..1). */
export interface TriageSuggestion {
  category: string;
  confidence: number;
}

/** How to train; every field has a default tuned on banking77 (docs/triage.md). */
export interface TriageTrainingOptions {
  /** Seeds the shuffles of stochastic gradient descent. */
  seed?: number;
  /** Passes over the examples. */
  epochs?: number;
  /** Initial learning rate (decays as 1 / (1 + decay × step)). */
  learningRate?: number;
  /** L2 regularization strength per example. */
  regularization?: number;
  /** A feature must occur in this many examples to be kept (default: 2 from 1,000 examples, else 1). */
  minimumDocumentCount?: number;
  /** Share of the nearest-neighbour probabilities in the blend (0: the linear model alone). */
  neighbourWeight?: number;
  /** How many nearest examples vote. */
  neighbourCount?: number;
  /** Scale of the complement naive Bayes weights added to the regression's (0: none; `naive-bayes.ts`). */
  naiveBayesWeight?: number;
  /** Additive smoothing of the naive Bayes counts. */
  naiveBayesSmoothing?: number;
  /**
   * The neighbours' share follows their agreement: `neighbourWeight × agreement^power`, where agreement is
   * the vote of their top category (0: a fixed share).
   */
  neighbourAgreementPower?: number;
  /**
   * Examples per category from which the naive Bayes weights and the agreement power are off: both fade
   * linearly from full strength at no examples (a small history is where they help; on banking77's
   * thousand a category the regression and a fixed share do better).
   */
  smallHistoryLimit?: number;
}

/** The serializable model. `weights` is feature-major: `weights[feature × categories.length + category]`. */
export interface TriageModelData {
  format: typeof triageModelFormat;
  categories: string[];
  features: string[];
  idf: number[];
  weights: number[];
  bias: number[];
  /** How many examples it learned from. */
  exampleCount: number;
  /** The examples the neighbour half compares with. */
  neighbours: NeighbourMemory;
  neighbourWeight: number;
  neighbourCount: number;
  /** See `TriageTrainingOptions.neighbourAgreementPower`; absent: a fixed share. */
  neighbourAgreementPower?: number;
}

/** A model ready to predict with (its feature index built once). */
export interface TriageModel {
  data: TriageModelData;
  suggest(text: string): TriageSuggestion | null;
  /** Every category's probability, highest first (empty when the text has no known feature). */
  probabilities(text: string): TriageSuggestion[];
}

interface SparseVector {
  indices: number[];
  values: number[];
}

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

/** Sublinear TF-IDF of `features` over `index`, L2-normalized; unknown features are ignored. */
function vectorize(
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

/** Trains a model on `examples` in one go (at least two categories needed). */
export function trainTriageModel(
  examples: readonly TriageExample[],
  options: TriageTrainingOptions = {},
): TriageModelData {
  const run = startTriageTraining(examples, options);
  while (!run.advance(100_000)) {
    // Each call does a slice; loop until the model is ready.
  }
  return run.result();
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

function computeScores(
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

function softmaxInPlace(scores: Float64Array): void {
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

/** The neighbour-feature part of `vector`, binary TF × IDF and L2-normalized like the stored examples. */
function neighbourQuery(
  vector: SparseVector,
  isNeighbour: readonly boolean[],
  idf: readonly number[],
): { positions: number[]; weights: number[] } {
  const positions = vector.indices.filter((position) => isNeighbour[position]);
  const norm = Math.sqrt(positions.reduce((sum, position) => sum + (idf[position] ?? 0) ** 2, 0)) || 1;
  return { positions, weights: positions.map((position) => (idf[position] ?? 0) / norm) };
}

/** A model to predict with from its stored data. */
export function loadTriageModel(data: TriageModelData): TriageModel {
  const index = new Map(data.features.map((feature, position) => [feature, position]));
  const weights = Float64Array.from(data.weights);
  const bias = Float64Array.from(data.bias);
  const categoryCount = data.categories.length;
  const neighbourIndex = buildNeighbourIndex(data.neighbours, data.idf);
  const isNeighbour = data.features.map(isNeighbourFeature);
  const probabilities = (text: string): TriageSuggestion[] => {
    const vector = vectorize(triageFeatures(text), index, data.idf);
    if (vector.indices.length === 0) {
      return [];
    }
    const scores = new Float64Array(categoryCount);
    computeScores(vector, weights, bias, categoryCount, 1, scores);
    softmaxInPlace(scores);
    if (data.neighbourWeight > 0) {
      const neighbourVector = neighbourQuery(vector, isNeighbour, data.idf);
      const votes = neighbourProbabilities(
        neighbourIndex,
        neighbourVector,
        data.neighbourCount,
        categoryCount,
      );
      if (votes !== null) {
        const share = data.neighbourWeight * Math.max(...votes) ** (data.neighbourAgreementPower ?? 0);
        for (let category = 0; category < categoryCount; category += 1) {
          scores[category] = (1 - share) * (scores[category] ?? 0) + share * (votes[category] ?? 0);
        }
      }
    }
    return data.categories
      .map((category, position) => ({ category, confidence: scores[position] ?? 0 }))
      .sort((left, right) => right.confidence - left.confidence);
  };
  return {
    data,
    probabilities,
    suggest: (text) => probabilities(text)[0] ?? null,
  };
}
