import { evaluateChecklist } from '../../../shared/checklist/evaluate';
import { checklistKeys, type ChecklistKey } from '../../../shared/checklist/items';
import type { LabelledTicket } from './fixtures/types';

/**
 * The keys the labelled sets written before issue 17 label: the crypto items (asset, network, amount,
 * address, memo) came later, so those sets say nothing about them and a find there is neither right nor
 * wrong by their labels. Tests of those sets check these keys only.
 */
export const keysLabelledBeforeCryptoItems: readonly ChecklistKey[] = checklistKeys.filter(
  (key) => !['asset', 'network', 'amount', 'address', 'memo'].includes(key),
);

/** Precision, recall and F1 of one checklist item over a labelled set, with the tickets it got wrong. */
export interface ItemScore {
  key: ChecklistKey;
  support: number;
  precision: number;
  recall: number;
  f1: number;
  errors: string[];
}

/** The scores of a labelled set: one row per checklist key, and occurred_at normalizations that differ. */
export interface SetScore {
  rows: ItemScore[];
  labelledTimes: number;
  timeErrors: string[];
}

/** The label the checklist should show: contact also counts the requester's e-mail, which every ticket has. */
function expected(ticket: LabelledTicket, key: ChecklistKey): boolean {
  if (key === 'contact') {
    return true;
  }
  return ticket.present.includes(key);
}

/** Runs the extractors over every ticket the way intake does and counts hits and misses per key. */
export function scoreTickets(tickets: readonly LabelledTicket[]): SetScore {
  const counts = new Map(
    checklistKeys.map((key) => [
      key,
      { truePositives: 0, falsePositives: 0, falseNegatives: 0, errors: [] as string[] },
    ]),
  );
  const timeErrors: string[] = [];
  for (const ticket of tickets) {
    const checklist = evaluateChecklist({
      category: ticket.category,
      texts: ticket.texts,
      attachments: ticket.attachments ?? [],
      requester: { email: `${ticket.id}@example.com`, locale: ticket.locale },
      referenceTime: new Date(ticket.createdAt ?? '2025-03-06T02:00:00Z'),
    });
    for (const item of checklist.items) {
      const count = counts.get(item.key);
      if (count === undefined) {
        continue;
      }
      const isExpected = expected(ticket, item.key);
      if (item.present && isExpected) {
        count.truePositives += 1;
      } else if (item.present) {
        count.falsePositives += 1;
        count.errors.push(`${ticket.id} false positive: ${item.evidence ?? ''}`);
      } else if (isExpected) {
        count.falseNegatives += 1;
        count.errors.push(`${ticket.id} missed`);
      }
    }
    const occurred = checklist.items.find((item) => item.key === 'occurred_at');
    if (ticket.occurredAt !== undefined && occurred?.present === true) {
      if (Date.parse(occurred.normalized ?? '') !== Date.parse(ticket.occurredAt)) {
        timeErrors.push(
          `${ticket.id}: ${occurred.normalized ?? 'null'} ≠ ${ticket.occurredAt} (${occurred.evidence ?? ''})`,
        );
      }
    }
  }
  const rows = checklistKeys.map((key): ItemScore => {
    const count = counts.get(key) ?? { truePositives: 0, falsePositives: 0, falseNegatives: 0, errors: [] };
    const precision = count.truePositives / Math.max(1, count.truePositives + count.falsePositives);
    const recall = count.truePositives / Math.max(1, count.truePositives + count.falseNegatives);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return {
      key,
      support: count.truePositives + count.falseNegatives,
      precision,
      recall,
      f1,
      errors: count.errors,
    };
  });
  return {
    rows,
    labelledTimes: tickets.filter((ticket) => ticket.occurredAt !== undefined).length,
    timeErrors,
  };
}

/** The per-key table as Markdown (the form docs/checklist.md quotes). */
export function scoreTable(score: SetScore): string {
  return [
    '| item                | support | precision | recall | F1    |',
    '| ------------------- | ------- | --------- | ------ | ----- |',
    ...score.rows.map(
      (row) =>
        `| ${row.key.padEnd(19)} | ${String(row.support).padEnd(7)} | ${row.precision.toFixed(3).padEnd(9)} | ${row.recall
          .toFixed(3)
          .padEnd(6)} | ${row.f1.toFixed(3)} |`,
    ),
  ].join('\n');
}
