/**
 * Triage accuracy on the development sets only, for model options given as JSON (docs/evaluation.md, the
 * triage pass): `npx tsx test/evaluation/triage-options.ts '{"alone":{"neighbourWeight":0}}'`. It never
 * reads the frozen sets, so it is safe to tune with. Without an argument it compares the default blend with
 * the regression alone.
 */
import type { TriageTrainingOptions } from '../../shared/triage/model';
import { measureTriageWith, readSet, triagePaths } from '../shared/evaluation/measure';
import type { TriageExample } from './build-sets';

const configurations = JSON.parse(
  process.argv[2] ?? '{"default":{},"regression alone":{"neighbourWeight":0}}',
) as Record<string, TriageTrainingOptions>;
for (const [name, options] of Object.entries(configurations)) {
  const figures = (['ko', 'zh', 'en'] as const).map((language) => {
    const [historyPath, testPath] = triagePaths(language, 'development');
    const result = measureTriageWith(
      readSet<TriageExample[]>(historyPath),
      readSet<TriageExample[]>(testPath),
      options,
    );
    return `${language} ${result.accuracy.toFixed(3)} (${result.correct}/${result.total})`;
  });
  console.log(`${name}: ${figures.join(', ')}`);
}
