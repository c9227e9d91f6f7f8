import { loadTriageModel, trainTriageModel, type TriageTrainingOptions } from '../../shared/triage/model';
import { holdOut, readBanking77, stratifiedFolds, type Banking77Request } from '../shared/triage/banking77';

/**
 * Auto-triage's accuracy measured fairly (docs/triage.md), for comparing model changes; not part of
 * `npm test` or `npm run bench` (it trains 20 models, about a minute on 2 cores):
 * `npx tsx test/bench/triage-cross-validation.ts`.
 * - stratified 5-fold cross-validation over all of banking77: every request is tested once, so the standard
 *   error is about 0.002 where one 2,000-request hold-out gives about 0.0045;
 * - the three seeded 20% hold-out splits the tests and the docs quote;
 * - a learning curve (train on 50/65/80/90%, test on the rest, three seeds each): how accuracy grows with
 *   the history, to estimate what training on all 10,003 requests gives on requests it never saw.
 * It also lists the most frequent errors as "intent → suggested category".
 * With training options as JSON (`… triage-cross-validation.ts '{"name":{"naiveBayesWeight":0}}'`) it runs
 * only the 5-fold cross-validation, once per named configuration, to compare options against the defaults.
 */

const foldCount = 5;
const foldSeed = 11;

/** Trains on `training`, and counts the right suggestions on `tested` and the errors by intent. */
function measure(
  training: readonly Banking77Request[],
  tested: readonly Banking77Request[],
  errors: Map<string, number>,
  options: TriageTrainingOptions = {},
): { correct: number; trainingMs: number } {
  const startedAt = performance.now();
  const model = loadTriageModel(trainTriageModel(training, options));
  const trainingMs = performance.now() - startedAt;
  let correct = 0;
  for (const request of tested) {
    const suggested = model.suggest(request.text)?.category ?? 'none';
    if (suggested === request.category) {
      correct += 1;
    } else {
      const error = `${request.intent} → ${suggested}`;
      errors.set(error, (errors.get(error) ?? 0) + 1);
    }
  }
  return { correct, trainingMs };
}

/** The stratified 5-fold cross-validation of `options`, printed with `label`. */
function crossValidate(
  requests: readonly Banking77Request[],
  errors: Map<string, number>,
  options: TriageTrainingOptions,
  label: string,
): void {
  const folds = stratifiedFolds(requests, foldCount, foldSeed);
  let correct = 0;
  let trainingMs = 0;
  folds.forEach((tested, fold) => {
    const training = folds.filter((_, other) => other !== fold).flat();
    const outcome = measure(training, tested, errors, options);
    correct += outcome.correct;
    trainingMs += outcome.trainingMs;
  });
  process.stdout.write(
    `${label}${foldCount}-fold cross-validation: ${(correct / requests.length).toFixed(4)} ` +
      `(training ${(trainingMs / foldCount / 1000).toFixed(2)} s per fold)\n`,
  );
}

function main(): void {
  const requests = readBanking77();
  const errors = new Map<string, number>();
  const configurations = process.argv[2];
  if (configurations !== undefined) {
    for (const [name, options] of Object.entries(
      JSON.parse(configurations) as Record<string, TriageTrainingOptions>,
    )) {
      crossValidate(requests, errors, options, `${name}: `);
    }
    return;
  }
  crossValidate(requests, errors, {}, '');

  const unused = new Map<string, number>();
  for (const share of [0.5, 0.35, 0.2, 0.1]) {
    const accuracies = [1, 2, 3].map((seed) => {
      const { training, heldOut } = holdOut(requests, share, seed);
      return measure(training, heldOut, unused).correct / heldOut.length;
    });
    const mean = accuracies.reduce((sum, accuracy) => sum + accuracy, 0) / accuracies.length;
    process.stdout.write(
      `trained on ${Math.round((1 - share) * 100)}%, seeds 1/2/3: ` +
        `${accuracies.map((accuracy) => accuracy.toFixed(4)).join(' / ')} (mean ${mean.toFixed(4)})\n`,
    );
  }

  process.stdout.write('most frequent cross-validation errors (intent → suggested category):\n');
  for (const [error, count] of [...errors].sort((left, right) => right[1] - left[1]).slice(0, 15)) {
    process.stdout.write(`  ${count} ${error}\n`);
  }
}

main();
