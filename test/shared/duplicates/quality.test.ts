import { describe, expect, it } from 'vitest';
import type { DuplicateFindings, DuplicateIndex } from '../../../shared/duplicates/duplicate-index';
import { describeTicket } from '../../../shared/duplicates/features';
import { buildEvaluation, hourMs, start, type Query } from './quality-build';
import { qualityProblems } from './quality-set';

function find(index: DuplicateIndex, query: Query): DuplicateFindings {
  return index.find(
    describeTicket({
      ...query.text,
      category: query.category,
      createdAtMs: query.at,
      customerKey: query.customer,
    }),
  );
}

describe('duplicate detection on the hand-written set (regression: the concepts and thresholds were tuned on it)', () => {
  it("puts the customer's earlier ticket about the same issue first (precision ≥ 0.97, recall ≥ 0.93)", () => {
    const { index, queries } = buildEvaluation();
    let truePositives = 0;
    let falsePositives = 0;
    let positives = 0;
    const misses: string[] = [];
    for (const query of queries) {
      const top = find(index, query).possibleDuplicates[0];
      if (query.expected !== null) {
        positives += 1;
      }
      if (top === undefined) {
        if (query.expected !== null) {
          misses.push(`missed: ${query.label}`);
        }
        continue;
      }
      if (top.id === query.expected) {
        truePositives += 1;
      } else {
        falsePositives += 1;
        misses.push(`wrong: ${query.label} → ${top.id} (${top.score})`);
      }
    }
    const precision = truePositives / Math.max(1, truePositives + falsePositives);
    const recall = truePositives / positives;
    process.stdout.write(
      `duplicate quality: ${queries.length} queries, ${positives} resubmissions, precision ${precision.toFixed(3)}, ` +
        `recall ${recall.toFixed(3)}\n${misses.map((line) => `  ${line}\n`).join('')}`,
    );
    expect(positives).toBeGreaterThanOrEqual(150);
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.93);
  });

  it("lists another customer's report of the same problem as related, and not unrelated problems", () => {
    const { index, problemOf } = buildEvaluation();
    let found = 0;
    let reported = 0;
    let correct = 0;
    const misses: string[] = [];
    qualityProblems.forEach((problem, position) => {
      const related = index.find(
        describeTicket({
          ...problem.paraphrase,
          category: problem.category,
          createdAtMs: start + position * 6 * hourMs + 3 * hourMs,
          customerKey: `someone-else-${position}@example.com`,
        }),
      ).related;
      reported += related.length;
      const sameProblem = related.filter((match) => problemOf.get(match.id) === problem.key);
      correct += sameProblem.length;
      for (const match of related) {
        if (problemOf.get(match.id) !== problem.key) {
          misses.push(`${problem.key}: unrelated ${match.id} ${match.score}`);
        }
      }
      if (sameProblem.some((match) => match.id === `${problem.key}/original`)) {
        found += 1;
      } else {
        misses.push(
          `${problem.key}: not found; ${related.map((match) => `${match.id} ${match.score}`).join(', ')}`,
        );
      }
    });
    const recall = found / qualityProblems.length;
    const precision = correct / Math.max(1, reported);
    process.stdout.write(
      `related quality: recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}\n${misses.map((line) => `  ${line}\n`).join('')}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.75);
    expect(precision).toBeGreaterThanOrEqual(0.7);
  });
});
