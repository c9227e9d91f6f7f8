import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDuplicateIndex } from '../../../shared/duplicates/duplicate-index';
import { describeTicket } from '../../../shared/duplicates/features';
import { loadTriageModel, trainTriageModel, type TriageTrainingOptions } from '../../../shared/triage/model';
import type { DuplicateSubmission, TriageExample } from '../../evaluation/build-sets';
import type { EvaluationLanguage } from '../../evaluation/sources/types';

/**
 * Measures of the evaluation sets of docs/evaluation.md, the way the service computes them (text = subject,
 * newline, body; duplicates described as intake describes them), without starting a service.
 */
export const evaluationRoot = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'fixtures',
  'evaluation',
);

/** Reads one JSON set. */
export function readSet<T>(path: string): T {
  return JSON.parse(readFileSync(join(evaluationRoot, path), 'utf8')) as T;
}

/** Triage accuracy: trained on `history`, measured on `tickets`, with the misses. */
export function measureTriage(
  history: readonly TriageExample[],
  tickets: readonly TriageExample[],
): { accuracy: number; correct: number; total: number; misses: string[] } {
  return measureTriageWith(history, tickets, {});
}

/** `measureTriage` with training options other than the defaults (development sets only). */
export function measureTriageWith(
  history: readonly TriageExample[],
  tickets: readonly TriageExample[],
  options: TriageTrainingOptions,
): { accuracy: number; correct: number; total: number; misses: string[] } {
  const model = loadTriageModel(
    trainTriageModel(
      history.map((example) => ({ text: `${example.subject}\n${example.body}`, category: example.category })),
      options,
    ),
  );
  const misses: string[] = [];
  let correct = 0;
  for (const ticket of tickets) {
    const suggested = model.suggest(`${ticket.subject}\n${ticket.body}`)?.category ?? null;
    if (suggested === ticket.category) {
      correct += 1;
    } else {
      misses.push(`${ticket.id} → ${suggested ?? 'none'}: ${ticket.body}`);
    }
  }
  return { accuracy: correct / tickets.length, correct, total: tickets.length, misses };
}

/** Paths of the triage sets of one language. */
export function triagePaths(language: EvaluationLanguage, kind: 'frozen' | 'development'): [string, string] {
  return kind === 'frozen'
    ? [`frozen/triage-${language}-history.json`, `frozen/triage-${language}-test.json`]
    : [`development/triage-${language}-history.json`, `development/triage-${language}-dev.json`];
}

/** Precision and recall of "the top possible duplicate is the same customer's same issue". */
export interface DuplicateScore {
  precision: number;
  recall: number;
  offered: number;
  resubmissions: number;
  /** Recall per kind of resubmission, and false offers per kind of submission. */
  byKind: Record<string, { count: number; found: number; falseOffers: number }>;
  errors: string[];
}

/** Feeds the submissions to a duplicate index in time order and scores each lookup's top duplicate. */
export function measureDuplicates(submissions: readonly DuplicateSubmission[]): DuplicateScore {
  const index = createDuplicateIndex();
  const issueOf = new Map<string, string>();
  const seenIssues = new Set<string>();
  const byKind: DuplicateScore['byKind'] = {};
  const errors: string[] = [];
  let offered = 0;
  let correctOffers = 0;
  let resubmissions = 0;
  let found = 0;
  for (const submission of submissions) {
    const document = describeTicket({
      subject: submission.subject,
      body: submission.body,
      category: submission.category,
      createdAtMs: Date.parse(submission.at),
      customerKey: submission.customer,
    });
    const top = index.find(document, submission.id).possibleDuplicates[0];
    const kind = (byKind[submission.kind] ??= { count: 0, found: 0, falseOffers: 0 });
    kind.count += 1;
    const isResubmission = seenIssues.has(submission.issue);
    const isRight = top !== undefined && issueOf.get(top.id) === submission.issue;
    if (isResubmission) {
      resubmissions += 1;
      if (isRight) {
        found += 1;
        kind.found += 1;
      } else {
        errors.push(`missed (${submission.kind}): ${submission.subject} | ${submission.body}`);
      }
    }
    if (top !== undefined) {
      offered += 1;
      if (isRight) {
        correctOffers += 1;
      } else {
        kind.falseOffers += 1;
        errors.push(`false offer (${submission.kind}, ${top.score}): ${submission.body}`);
      }
    }
    index.add(submission.id, document);
    issueOf.set(submission.id, submission.issue);
    seenIssues.add(submission.issue);
  }
  return {
    precision: correctOffers / Math.max(1, offered),
    recall: found / Math.max(1, resubmissions),
    offered,
    resubmissions,
    byKind,
    errors,
  };
}
