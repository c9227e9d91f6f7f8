import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DuplicateSubmission, TriageExample } from '../../evaluation/build-sets';
import { frozenChineseChecklist } from '../../fixtures/evaluation/frozen/checklist-zh';
import { frozenEnglishChecklist } from '../../fixtures/evaluation/frozen/checklist-en';
import { frozenKoreanChecklist } from '../../fixtures/evaluation/frozen/checklist-ko';
import { secondFrozenChineseChecklist } from '../../fixtures/evaluation/frozen/checklist-second-zh';
import { secondFrozenEnglishChecklist } from '../../fixtures/evaluation/frozen/checklist-second-en';
import { secondFrozenKoreanChecklist } from '../../fixtures/evaluation/frozen/checklist-second-ko';
import { scoreTable, scoreTickets } from '../checklist/scoring';
import { evaluationRoot, measureDuplicates, measureTriage, readSet, triagePaths } from './measure';

/**
 * The frozen held-out sets of issue 18 (docs/evaluation.md): written before any rule was changed for
 * them, frozen by sha256, and never tuned on. Each floor is the figure the set must keep; the first score
 * each set gave with the code of the day it was frozen is recorded in docs/evaluation.md.
 */
const frozenHashes: Record<string, string> = {
  'checklist-en.ts': 'b08b6145a7419fc4406a41b12a4cd3f1cc7d0b2a42772925f52acc0b827f59ca',
  'checklist-ko.ts': '86efb64596d16e7f1f1a695b13cbeaad735164eca823f0d0cb681781d1916300',
  'checklist-second-en.ts': 'c0c955c18024ddf3e99432f956acc577c404479cf047d1ddc4e2bea42114ffee',
  'checklist-second-ko.ts': 'aa4616bca62c4faff719504d8077d62e3215a50c72d98821e6dcbca92ceaa24b',
  'checklist-second-zh.ts': '5a9fb7b95cad52223d66054c0c353f7cfa8e68e79bb44dc9c10c24a8c21f8247',
  'checklist-zh.ts': '01cdd77b0d18723d012992a9090982c737258bac77df7c560086923c815a7000',
  'duplicates.json': 'aa08e0fdb068ed637189dab5cfc4149144bdd22f2417c944a31ad33259630dfc',
  'triage-en-history.json': '8aea394ddbf67d2919ab6ff10dd317fe68755bf7ea97499b7aa1a3de309e2089',
  'triage-en-test.json': 'd99369632bb1ea81768547445f92f3a73d535d862da6b7c604d4d4a82e259bdc',
  'triage-varied-test.json': '1a68102bc68f4f6e09240f35a96bceab0d67cddcb55ae8e8d37d0f5a46fff4e2',
  'triage-fresh-test.json': '16c5a68cab18bd783519c6f21874c183709c65a9a6f22d6ddda95206bd4e5d93',
  'triage-ko-history.json': '9312a017881dbafe9b527c31c634634c65e3e0794bb6b1eafe9875b3d76b3c0b',
  'triage-ko-test.json': '5e0d8d80ad1fecdf353c4afd452b2103ff4ed321bb7b5fee04256aef950c52cd',
  'triage-zh-history.json': '112945d2ef21f7c25d190e2f2e4fffa45cbc196880286cfad5e5db4bc2c21e7a',
  'triage-zh-test.json': '85d9e86946df524c76f4f16044aa07fd3c8693430d790861a177fcf84935bfee',
};

/** Floors: never below the first score; raised as the code improves (docs/evaluation.md). */
const triageFloors = { ko: 0.77, zh: 0.89, en: 0.76 } as const;
/**
 * The varied triage set (150 tickets written apart from the sources, scored against the same history):
 * how many of each language's tickets must stay right, never below the first score (55/60, 57/60, 29/30).
 */
const variedFloors = {
  ko: { total: 60, correct: 55 },
  zh: { total: 60, correct: 57 },
  en: { total: 30, correct: 29 },
};
/**
 * The fresh triage set (245 tickets by an independent author who read neither the rules nor the development
 * sets, scored against the same history): floors at its first score (95/105, 93/105, 32/35).
 */
const freshFloors = {
  ko: { total: 105, correct: 95 },
  zh: { total: 105, correct: 93 },
  en: { total: 35, correct: 32 },
};
/** Sets of tickets written apart from the sources, each with its file and floors per language. */
const separateSets = [
  ['varied', 'frozen/triage-varied-test.json', variedFloors],
  ['fresh', 'frozen/triage-fresh-test.json', freshFloors],
] as const;
const duplicateFloors = { precision: 0.925, recall: 0.8 };
const checklistFloor = 0.78;

describe('frozen held-out sets', () => {
  it.each(Object.entries(frozenHashes))('%s is unchanged since it was frozen', (file, hash) => {
    const bytes = readFileSync(join(evaluationRoot, 'frozen', file));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(hash);
  });

  it.each(['ko', 'zh', 'en'] as const)(
    'triage %s (held-out, 105 tickets) keeps its floor',
    (language) => {
      const [historyPath, testPath] = triagePaths(language, 'frozen');
      const result = measureTriage(readSet<TriageExample[]>(historyPath), readSet<TriageExample[]>(testPath));
      console.log(
        `triage ${language} held-out: ${result.accuracy.toFixed(3)} (${result.correct}/${result.total})`,
      );
      expect(result.total).toBe(105);
      expect(result.accuracy).toBeGreaterThanOrEqual(triageFloors[language]);
    },
    120_000,
  );

  it.each(
    separateSets.flatMap(([name, file, floors]) =>
      (['ko', 'zh', 'en'] as const).map((language) => [language, name, file, floors[language]] as const),
    ),
  )(
    'triage %s (%s held-out set) keeps its floor',
    (language, name, file, floor) => {
      const [historyPath] = triagePaths(language, 'frozen');
      const tickets = readSet<TriageExample[]>(file).filter((ticket) => ticket.language === language);
      const result = measureTriage(readSet<TriageExample[]>(historyPath), tickets);
      console.log(
        `triage ${language} ${name}: ${result.accuracy.toFixed(3)} (${result.correct}/${result.total})`,
      );
      expect(result.total).toBe(floor.total);
      expect(result.correct).toBeGreaterThanOrEqual(floor.correct);
    },
    120_000,
  );

  it('duplicates (held-out stream) keep their precision and recall floors', () => {
    const result = measureDuplicates(readSet<DuplicateSubmission[]>('frozen/duplicates.json'));
    console.log(
      `duplicates held-out: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} ` +
        `${JSON.stringify(result.byKind)}`,
    );
    expect(result.resubmissions).toBeGreaterThan(300);
    expect(result.precision).toBeGreaterThanOrEqual(duplicateFloors.precision);
    expect(result.recall).toBeGreaterThanOrEqual(duplicateFloors.recall);
  }, 120_000);

  it.each([
    ['ko', frozenKoreanChecklist],
    ['zh', frozenChineseChecklist],
    ['en', frozenEnglishChecklist],
    ['ko second', secondFrozenKoreanChecklist],
    ['zh second', secondFrozenChineseChecklist],
    ['en second', secondFrozenEnglishChecklist],
  ] as const)('checklist %s (held-out) keeps every item above its floor', (language, tickets) => {
    const score = scoreTickets(tickets);
    console.log(`checklist ${language} held-out\n${scoreTable(score)}`);
    for (const row of score.rows.filter((item) => item.support > 0)) {
      expect(row.f1, row.key).toBeGreaterThanOrEqual(checklistFloor);
    }
  });
});
