import { checklistRulesVersion, sameChecklistFindings } from '../../shared/checklist/rules-version';
import type { Checklist } from '../../shared/checklist/items';
import { appendChanges } from './change-log';
import type { SqlExecutor } from './database';
import { readSetting, writeSetting } from './settings';
import { queryJsonRows } from './sql-helpers';
import { defaultTeamSettings, readTeamSettings } from './team-settings';
import { evaluateThreadChecklist, readChecklistThread } from './thread-checklist';

/** Where the re-evaluation of stored checklists stands (the `checklist_backfill` setting). */
export interface ChecklistBackfillState {
  /** The rules version it is for (`checklistRulesVersion`). */
  version: number;
  /** The last ticket id done, in id order (`firstTicketId` before the first); null once all are done. */
  after_id: string | null;
}

/** Where a run starts: below every ticket id (ids are UUIDs). */
export const firstTicketId = '00000000-0000-0000-0000-000000000000';

/** The stored state, or null when none was stored or it no longer reads. */
export async function readChecklistBackfillState(
  executor: SqlExecutor,
): Promise<ChecklistBackfillState | null> {
  const value = await readSetting(executor, 'checklist_backfill');
  if (typeof value !== 'object' || value === null) {
    return null;
  }
  const { version, after_id: afterId } = value as { version?: unknown; after_id?: unknown };
  return typeof version === 'number' && (typeof afterId === 'string' || afterId === null)
    ? { version, after_id: afterId }
    : null;
}

/**
 * Re-evaluates the stored checklists of up to `limit` open tickets after `afterId` (id order) over their
 * whole thread, hand marks kept, inside `transaction`. A ticket whose findings changed gets the new
 * checklist, a version bump (not `updated_at`: nothing happened on the ticket) and a `ticket.updated` change,
 * so consoles fetch it; an unchanged one is left alone, which makes a second run write nothing. The progress
 * is stored in the same transaction. Answers how many changed and where the next batch starts (null: done).
 */
export async function backfillChecklistBatch(
  transaction: SqlExecutor,
  afterId: string,
  limit: number,
): Promise<{ changed: number; afterId: string | null }> {
  // As JSON, so evidence (customer text) comes back exactly as stored (see queryJsonRows).
  const rows = await queryJsonRows<{ id: string; checklist: Checklist }>(
    transaction,
    `select json_build_object('id', id, 'checklist', checklist) as json_row from tickets
     where status not in ('solved', 'closed') and id > $1::uuid
     order by id limit $2 for update`,
    [afterId, limit],
  );
  const { checklistRules } = await readTeamSettings(transaction, defaultTeamSettings());
  let changed = 0;
  for (const row of rows) {
    const thread = await readChecklistThread(transaction, row.id);
    if (thread === null) {
      continue;
    }
    const checklist = evaluateThreadChecklist(thread, checklistRules);
    if (sameChecklistFindings(row.checklist, checklist)) {
      continue;
    }
    await transaction.query('update tickets set checklist = $1::jsonb, version = version + 1 where id = $2', [
      JSON.stringify(checklist),
      row.id,
    ]);
    await appendChanges(transaction, [{ type: 'ticket.updated', ticketId: row.id, agentId: null }]);
    changed += 1;
  }
  const last = rows.at(-1);
  const isDone = rows.length < limit || last === undefined;
  const state: ChecklistBackfillState = {
    version: checklistRulesVersion,
    after_id: isDone ? null : last.id,
  };
  await writeSetting(transaction, 'checklist_backfill', state);
  return { changed, afterId: state.after_id };
}
