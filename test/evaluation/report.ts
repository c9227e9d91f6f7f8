/**
 * Prints every evaluation figure of docs/evaluation.md: `npx tsx test/evaluation/report.ts [frozen|development]`;
 * `--checklist` prints the checklist figures only (triage and duplicates take minutes); `--fresh` prints
 * the fresh triage set only (with its per-category accuracy and confusion).
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
const freshOnly = process.argv.includes('--fresh');
const triageSets = !checklistOnly && !freshOnly;
for (const language of triageSets ? (['ko', 'zh', 'en'] as const) : []) {
  const [historyPath, testPath] = triagePaths(language, kind);
  const result = measureTriage(readSet<TriageExample[]>(historyPath), readSet<TriageExample[]>(testPath));
  console.log(
    `triage ${language} (${kind}): ${result.accuracy.toFixed(3)} (${result.correct}/${result.total})`,
  );
  if (verbose) {
    console.log(result.misses.join('\n'));
  }
}
// Sets written apart from the sources (docs/evaluation.md), scored against the same history: the varied
// set (150 tickets) and the fresh set (245 tickets by an independent author). The fresh set's misses are
// printed as ids and suggestions only, never texts: the model's authors learn where it fails without
// reading it.
const separateSets = [
  { name: 'varied', file: 'frozen/triage-varied-test.json', shown: !freshOnly, textsInMisses: true },
  { name: 'fresh', file: 'frozen/triage-fresh-test.json', shown: true, textsInMisses: false },
];
for (const set of kind === 'frozen' && !checklistOnly ? separateSets.filter((each) => each.shown) : []) {
  const all = readSet<TriageExample[]>(set.file);
  for (const language of ['ko', 'zh', 'en'] as const) {
    const [historyPath] = triagePaths(language, kind);
    const tickets = all.filter((ticket) => ticket.language === language);
    const result = measureTriage(readSet<TriageExample[]>(historyPath), tickets);
    console.log(
      `triage ${language} (${set.name}): ${result.accuracy.toFixed(3)} (${result.correct}/${result.total})`,
    );
    console.log(triageBreakdown(tickets, result.misses));
    if (verbose) {
      const misses = set.textsInMisses ? result.misses : result.misses.map((miss) => miss.split(':')[0]);
      console.log(misses.join('\n'));
    }
  }
}
if (triageSets) {
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
const checklistSets: Record<string, LabelledTicket[]> = freshOnly
  ? {}
  : kind === 'frozen'
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

/**
 * Per-category accuracy and confusion of one triage run: each category's correct count, then which
 * categories its misses went to. Reads the miss lines of `measureTriage` (`id → suggestion: text`).
 */
function triageBreakdown(tickets: readonly TriageExample[], misses: readonly string[]): string {
  const suggestions = new Map(
    misses.map((miss) => {
      const [id = '', rest = ''] = miss.split(' → ');
      return [id, rest.slice(0, rest.indexOf(':'))] as const;
    }),
  );
  const categories = [...new Set(tickets.map((ticket) => ticket.category))].sort();
  return categories
    .map((category) => {
      const ofCategory = tickets.filter((ticket) => ticket.category === category);
      const confused = new Map<string, number>();
      for (const ticket of ofCategory) {
        const suggestion = suggestions.get(ticket.id);
        if (suggestion !== undefined) {
          confused.set(suggestion, (confused.get(suggestion) ?? 0) + 1);
        }
      }
      const correct = ofCategory.length - [...confused.values()].reduce((sum, count) => sum + count, 0);
      const mistaken = [...confused.entries()]
        .sort((left, right) => right[1] - left[1])
        .map(([suggestion, count]) => `${suggestion} ${count}`)
        .join(', ');
      return `  ${category}: ${correct}/${ofCategory.length}${mistaken === '' ? '' : ` (→ ${mistaken})`}`;
    })
    .join('\n');
}
