import type { SqlExecutor } from '../storage/database';
import { defaultTeamSettings, readTeamSettings } from '../storage/team-settings';
import { evaluateThreadChecklist, readChecklistThread } from '../storage/thread-checklist';

/**
 * A merge moves customer messages and attachments between tickets, and an undo moves them back: the
 * checklist of every ticket whose customer side changed is evaluated again over its thread as it now is
 * (hand marks kept), inside the merge's or the undo's transaction, so the change the consoles receive
 * already carries it.
 */
export async function reevaluateChecklists(
  transaction: SqlExecutor,
  ticketIds: readonly string[],
): Promise<void> {
  const { checklistRules } = await readTeamSettings(transaction, defaultTeamSettings());
  for (const ticketId of ticketIds) {
    const thread = await readChecklistThread(transaction, ticketId);
    if (thread === null) {
      continue;
    }
    const checklist = evaluateThreadChecklist(thread, checklistRules);
    await transaction.query('update tickets set checklist = $1::jsonb where id = $2', [
      JSON.stringify(checklist),
      ticketId,
    ]);
  }
}
