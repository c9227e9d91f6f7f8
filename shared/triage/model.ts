import {
  buildNeighbourIndex,
  isNeighbourFeature,
  neighbourProbabilities,
  type NeighbourMemory,
} from './neighbours';
import { computeScores, softmaxInPlace, vectorize, type SparseVector } from './sparse-vectors';
import { triageFeatures } from './tokenize';
import { startTriageTraining, type triageModelFormat } from './training';

/**
 * Auto-triage's classifier: TF-IDF over `triageFeatures` (sublinear term frequency, L2-normalized) and a
 * multinomial logistic regression trained by stochastic gradient descent with L2 regularization, blended
 * with the categories of the nearest training examples (`neighbours.ts`). Both halves give probabilities,
 * so `confidence` reads as "how sure". Pure and deterministic: the same examples and seed give the same
 * model. The model is plain JSON (`TriageModelData`) so the service can store it and load it at start.
 * Here: its types, training in one go and prediction; the training itself is `training.ts`, the vector
 * arithmetic both share `sparse-vectors.ts`.
 */

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
