import { createDuplicateIndex, type DuplicateIndex } from '../../../shared/duplicates/duplicate-index';
import { describeTicket } from '../../../shared/duplicates/features';
import { hardNegatives, qualityProblems, type QualityLanguage, type QualityText } from './quality-set';

/**
 * Turns the hand-written set (quality-set.ts) into an index of earlier tickets and the queries to run
 * against it: five resubmissions per problem (exact copy, light edit, paraphrase, "any update?" follow-up,
 * translation), a different problem from the same customer, and the hard negatives.
 */
export const hourMs = 60 * 60 * 1000;
export const start = Date.UTC(2026, 0, 10, 0, 0, 0);

/** A light edit as customers make them when they resubmit: a greeting, a plea, a dropped sentence. */
function lightEdit(text: QualityText, language: QualityLanguage): QualityText {
  const sentences = text.body.split(/(?<=[.!?。！？])\s*/u).filter((sentence) => sentence.length > 0);
  const shorter = sentences.length > 1 ? sentences.slice(0, -1).join(' ') : text.body;
  if (language === 'en') {
    return { subject: `${text.subject.toLowerCase()}!!`, body: `hi team, ${shorter} please help asap` };
  }
  if (language === 'ko') {
    return { subject: `[재문의] ${text.subject}`, body: `안녕하세요. ${shorter} 빨리 확인 부탁드려요.` };
  }
  // Chinese customers often type full-width digits; NFKC folds them back.
  const fullWidth = shorter.replace(/[0-9]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
  return { subject: `${text.subject}！！`, body: `你好，${fullWidth} 麻烦尽快处理，谢谢！` };
}

/** "Any update??": a short chaser that restates the problem in a sentence. */
function followUp(text: QualityText, language: QualityLanguage): QualityText {
  const first = text.body.split(/(?<=[.!?。！？])\s*/u)[0] ?? text.body;
  if (language === 'en') {
    return {
      subject: `Any update?? ${text.subject}`,
      body: `I wrote yesterday and nobody answered. ${first}`,
    };
  }
  if (language === 'ko') {
    return {
      subject: `답변 부탁드립니다 - ${text.subject}`,
      body: `어제 문의했는데 아직 답이 없네요. ${first}`,
    };
  }
  return { subject: `还没人回复吗？${text.subject}`, body: `我昨天已经提交过了，到现在没人回复。${first}` };
}

export interface Query {
  label: string;
  customer: string;
  text: QualityText;
  category: string | null;
  at: number;
  /** The earlier ticket that should come first, or null when no possible duplicate should be reported. */
  expected: string | null;
}

export function buildEvaluation(index: DuplicateIndex = createDuplicateIndex()): {
  index: DuplicateIndex;
  queries: Query[];
  /** Which problem each stored ticket is about. */
  problemOf: Map<string, string>;
} {
  const queries: Query[] = [];
  const problemOf = new Map<string, string>();
  const add = (id: string, customer: string, text: QualityText, category: string | null, at: number): void =>
    index.add(id, describeTicket({ ...text, category, createdAtMs: at, customerKey: customer }));
  const count = qualityProblems.length;
  qualityProblems.forEach((problem, position) => {
    const customer = `customer-${position}@example.com`;
    const originalAt = start + position * 6 * hourMs;
    // Each customer also has an earlier, different problem: the detector must pick the right one.
    const distractor = qualityProblems[(position + 7) % count];
    if (distractor) {
      add(
        `${problem.key}/earlier-other`,
        customer,
        distractor.original,
        distractor.category,
        originalAt - 72 * hourMs,
      );
      problemOf.set(`${problem.key}/earlier-other`, distractor.key);
    }
    add(`${problem.key}/original`, customer, problem.original, problem.category, originalAt);
    problemOf.set(`${problem.key}/original`, problem.key);
    const expected = `${problem.key}/original`;
    const variants: [string, QualityText, string | null, number][] = [
      ['exact copy', problem.original, problem.category, originalAt + hourMs / 2],
      [
        'light edit',
        lightEdit(problem.original, problem.language),
        problem.category,
        originalAt + 2 * hourMs,
      ],
      ['paraphrase', problem.paraphrase, problem.category, originalAt + 24 * hourMs],
      ['follow-up', followUp(problem.paraphrase, problem.language), null, originalAt + 26 * hourMs],
      ['translation', problem.translation, problem.category, originalAt + 48 * hourMs],
    ];
    for (const [label, text, category, at] of variants) {
      queries.push({ label: `${problem.key} ${label}`, customer, text, category, at, expected });
    }
    const different = qualityProblems[(position + 13) % count];
    if (different) {
      queries.push({
        label: `${problem.key} then ${different.key}`,
        customer,
        text: different.paraphrase,
        category: different.category,
        at: originalAt + 30 * hourMs,
        expected: null,
      });
    }
  });
  hardNegatives.forEach((negative, position) => {
    const customer = `hard-${position}@example.com`;
    const at = start + position * 5 * hourMs;
    add(`hard-${position}/earlier`, customer, negative.earlier, negative.category, at);
    queries.push({
      label: `hard negative ${position} (${negative.language})`,
      customer,
      text: negative.later,
      category: null,
      at: at + 20 * hourMs,
      expected: null,
    });
  });
  return { index, queries, problemOf };
}
