import type { TriageExample } from '../../shared/triage/model';
import type { SqlExecutor } from '../storage/database';

/**
 * The tickets auto-triage learns from: categorized tickets whose category is ground truth, that is imported
 * history (it carries an external id) and tickets solved or closed with a category (an agent confirmed or
 * corrected it). The category a customer picked on an open ticket is not ground truth, so it is left out.
 */
const historyCondition = `category is not null and (external_id is not null or status in ('solved', 'closed'))`;

/** How many tickets the trainer would learn from now. */
export async function countTriageHistory(executor: SqlExecutor): Promise<number> {
  const rows = await executor.query<{ total: number | string }>(
    `select count(*) as total from tickets where ${historyCondition}`,
  );
  return Number(rows[0]?.total ?? 0);
}

/** The newest `limit` history tickets as training examples (subject and body, the text intake sees). */
export async function readTriageHistory(executor: SqlExecutor, limit: number): Promise<TriageExample[]> {
  const rows = await executor.query<{ subject: string; body: string; category: string }>(
    `select subject, body, category from tickets where ${historyCondition}
     order by created_at desc, number desc limit $1`,
    [limit],
  );
  return rows.map((row) => ({ text: triageText(row.subject, row.body), category: row.category }));
}

/** The text a ticket is triaged by, the same at training and at intake. */
export function triageText(subject: string, body: string): string {
  return `${subject}\n${body}`;
}
