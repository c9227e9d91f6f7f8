import { useLiveQuery } from 'dexie-react-hooks';
import type { ChecklistMarkChange } from '../../../shared/checklist/marks';
import type { OutboxEntry } from '../../../shared/sync/outbox';
import { useConsole } from '../../app/console-context';

/**
 * Checklist marks still in the outbox (docs/offline.md): an agent's mark is an `update` entry whose changes
 * carry `checklist_marks`. The panel shows them applied at once, each item marked "waiting to send" until the
 * service acknowledges the entry, offline and after a reload too (the outbox outlives the page).
 */

/**
 * The marks waiting to be sent for `ticketId`, in the order the agent made them. Only `pending` entries:
 * a failed or conflicted one is the sync indicator's to show, and the ticket shows what the service holds.
 */
export function pendingChecklistMarks(
  entries: readonly OutboxEntry[],
  ticketId: string,
): ChecklistMarkChange[] {
  return [...entries]
    .filter((entry) => entry.state === 'pending')
    .sort((left, right) => left.created_at.localeCompare(right.created_at))
    .flatMap((entry) =>
      entry.action.kind === 'update' && entry.action.ticket_id === ticketId
        ? (entry.action.changes.checklist_marks ?? [])
        : [],
    );
}

const none: ChecklistMarkChange[] = [];

/** `pendingChecklistMarks` of this agent's outbox, live; nothing without a cache (no outbox then). */
export function usePendingChecklistMarks(ticketId: string): ChecklistMarkChange[] {
  const { cache } = useConsole();
  const marks = useLiveQuery(
    async () => (cache ? pendingChecklistMarks(await cache.outbox.toArray(), ticketId) : none),
    [cache, ticketId],
  );
  return marks ?? none;
}
