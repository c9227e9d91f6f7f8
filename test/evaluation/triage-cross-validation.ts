/**
 * Triage cross-validation over the development sets only (docs/evaluation.md, the triage pass):
 * `npx tsx test/evaluation/triage-cross-validation.ts '{"name":{…options…}}'`. Each language's development
 * history and development tickets are pooled (420 tickets, 60 per category) and split by intent into six
 * folds, each holding out one intent of every category: the model never saw the problem it is asked about,
 * only its category's other problems, as with the acceptance sets' tickets. Every ticket is tested once, so
 * a figure rests on 420 tickets per language instead of the 105 of `triage-options.ts`. It never reads the
 * frozen sets, so it is safe to tune with.
 */
import type { TriageTrainingOptions } from '../../shared/triage/model';
import { measureTriageWith, readSet, triagePaths } from '../shared/evaluation/measure';
import type { TriageExample } from './build-sets';

const foldCount = 6;

/** The pooled development tickets of `language`, each with its fold (its intent's rank within its category). */
function foldedTickets(language: 'ko' | 'zh' | 'en'): { ticket: TriageExample; fold: number }[] {
  const [historyPath, testPath] = triagePaths(language, 'development');
  const pooled = [...readSet<TriageExample[]>(historyPath), ...readSet<TriageExample[]>(testPath)];
  const intentsByCategory = new Map<string, string[]>();
  for (const ticket of pooled) {
    const intents = intentsByCategory.get(ticket.category) ?? [];
    if (!intents.includes(ticket.intent)) {
      intents.push(ticket.intent);
    }
    intentsByCategory.set(ticket.category, intents);
  }
  return pooled.map((ticket) => {
    const intents = [...(intentsByCategory.get(ticket.category) ?? [])].sort();
    return { ticket, fold: intents.indexOf(ticket.intent) % foldCount };
  });
}

/** Accuracy over every fold of `language` with `options`. */
export function crossValidateTriage(
  language: 'ko' | 'zh' | 'en',
  options: TriageTrainingOptions,
): { correct: number; total: number } {
  const folded = foldedTickets(language);
  let correct = 0;
  let total = 0;
  for (let fold = 0; fold < foldCount; fold += 1) {
    const training = folded.filter((item) => item.fold !== fold).map((item) => item.ticket);
    const testing = folded.filter((item) => item.fold === fold).map((item) => item.ticket);
    const result = measureTriageWith(training, testing, options);
    correct += result.correct;
    total += result.total;
  }
  return { correct, total };
}

const configurations = JSON.parse(
  process.argv[2] ?? '{"default":{},"regression alone":{"neighbourWeight":0}}',
) as Record<string, TriageTrainingOptions>;
for (const [name, options] of Object.entries(configurations)) {
  const figures = (['ko', 'zh', 'en'] as const).map((language) => {
    const { correct, total } = crossValidateTriage(language, options);
    return `${language} ${(correct / total).toFixed(3)} (${correct}/${total})`;
  });
  console.log(`${name} (unseen intents, 6 folds): ${figures.join(', ')}`);
}
