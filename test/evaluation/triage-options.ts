/**
 * Triage accuracy on the development sets only, for model options given as JSON (docs/evaluation.md, the
 * triage pass): `npx tsx test/evaluation/triage-options.ts '{"alone":{"neighbourWeight":0}}'`. It never
 * reads the frozen sets, so it is safe to tune with. Without an argument it compares the default blend with
 * the regression alone. Each language gets two figures: its 105 development tickets and its varied
 * development tickets.
 */
import type { TriageTrainingOptions } from '../../shared/triage/model';
import { measureTriageWith, readSet, triagePaths } from '../shared/evaluation/measure';
import type { TriageExample } from './build-sets';

/**
 * The varied development tickets (docs/evaluation.md, triage model pass 2): written apart from the sources,
 * mostly problems the history does not hold, scored against the same development history.
 */
const variedDevelopment = readSet<TriageExample[]>('development/triage-varied-dev.json');
const configurations = JSON.parse(
  process.argv[2] ?? '{"default":{},"regression alone":{"neighbourWeight":0}}',
) as Record<string, TriageTrainingOptions>;
for (const [name, options] of Object.entries(configurations)) {
  const figures = (['ko', 'zh', 'en'] as const).map((language) => {
    const [historyPath, testPath] = triagePaths(language, 'development');
    const history = readSet<TriageExample[]>(historyPath);
    const result = measureTriageWith(history, readSet<TriageExample[]>(testPath), options);
    const varied = measureTriageWith(
      history,
      variedDevelopment.filter((ticket) => ticket.language === language),
      options,
    );
    return (
      `${language} ${result.accuracy.toFixed(3)} (${result.correct}/${result.total}), ` +
      `varied ${varied.accuracy.toFixed(3)} (${varied.correct}/${varied.total})`
    );
  });
  console.log(`${name}: ${figures.join('; ')}`);
}
