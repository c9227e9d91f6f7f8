/**
 * Prints every evaluation figure of docs/evaluation.md: `npx tsx test/evaluation/report.ts [frozen|development]`;
 * `--checklist` prints the checklist figures only (triage and duplicates take minutes).
 */
import { scoreTable, scoreTickets } from '../shared/checklist/scoring';
import type { LabelledTicket } from '../shared/checklist/fixtures/types';
import { measureDuplicates, measureTriage, readSet, triagePaths } from '../shared/evaluation/measure';
import type { DuplicateSubmission, TriageExample } from './build-sets';
import { frozenChineseChecklist } from '../fixtures/evaluation/frozen/checklist-zh';
import { frozenEnglishChecklist } from '../fixtures/evaluation/frozen/checklist-en';
import { frozenKoreanChecklist } from '../fixtures/evaluation/frozen/checklist-ko';
import { developmentChecklist } from '../fixtures/evaluation/development/checklist-dev';
import { secondFrozenChineseChecklist } from '../fixtures/evaluation/frozen/checklist-second-zh';
import { secondFrozenEnglishChecklist } from '../fixtures/evaluation/frozen/checklist-second-en';
import { secondFrozenKoreanChecklist } from '../fixtures/evaluation/frozen/checklist-second-ko';

const kind = process.argv[2] === 'development' ? 'development' : 'frozen';
const verbose = process.argv.includes('--verbose');
const checklistOnly = process.argv.includes('--checklist');
for (const language of checklistOnly ? [] : (['ko', 'zh', 'en'] as const)) {
  const [historyPath, testPath] = triagePaths(language, kind);
  const result = measureTriage(readSet<TriageExample[]>(historyPath), readSet<TriageExample[]>(testPath));
  console.log(
    `triage ${language} (${kind}): ${result.accuracy.toFixed(3)} (${result.correct}/${result.total})`,
  );
  if (verbose) {
    console.log(result.misses.join('\n'));
  }
}
if (kind === 'frozen' && !checklistOnly) {
  // The varied set (docs/evaluation.md): 150 tickets written apart from the sources, scored against the
  // same history.
  const varied = readSet<TriageExample[]>('frozen/triage-varied-test.json');
  for (const language of ['ko', 'zh', 'en'] as const) {
    const [historyPath] = triagePaths(language, kind);
    const tickets = varied.filter((ticket) => ticket.language === language);
    const result = measureTriage(readSet<TriageExample[]>(historyPath), tickets);
    console.log(
      `triage ${language} (varied): ${result.accuracy.toFixed(3)} (${result.correct}/${result.total})`,
    );
    if (verbose) {
      console.log(result.misses.join('\n'));
    }
  }
}
if (!checklistOnly) {
  const duplicates = measureDuplicates(readSet<DuplicateSubmission[]>(`${kind}/duplicates.json`));
  console.log(
    `duplicates (${kind}): precision ${duplicates.precision.toFixed(3)}, recall ${duplicates.recall.toFixed(3)} ` +
      `(${duplicates.offered} offered, ${duplicates.resubmissions} resubmissions)`,
  );
  console.log(JSON.stringify(duplicates.byKind));
  if (verbose) {
    console.log(duplicates.errors.join('\n'));
  }
}
const checklistSets: Record<string, LabelledTicket[]> =
  kind === 'frozen'
    ? {
        ko: frozenKoreanChecklist,
        zh: frozenChineseChecklist,
        en: frozenEnglishChecklist,
        'ko second': secondFrozenKoreanChecklist,
        'zh second': secondFrozenChineseChecklist,
        'en second': secondFrozenEnglishChecklist,
      }
    : {
        ko: developmentChecklist.filter((ticket) => ticket.locale === 'ko'),
        zh: developmentChecklist.filter((ticket) => ticket.locale === 'zh'),
        en: developmentChecklist.filter((ticket) => ticket.locale === 'en'),
      };
for (const [language, tickets] of Object.entries(checklistSets)) {
  const score = scoreTickets(tickets);
  console.log(`checklist ${language} (${kind}, ${tickets.length} tickets)\n${scoreTable(score)}`);
  console.log(
    `occurred_at normalization: ${score.labelledTimes - score.timeErrors.length}/${score.labelledTimes} exact`,
  );
  if (verbose) {
    console.log(
      score.rows.flatMap((row) => row.errors.map((error) => `${row.key}: ${error}`)).join('\n'),
      '\n',
      score.timeErrors.join('\n'),
    );
  }
}
