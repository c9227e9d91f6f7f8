import { useLiveQuery } from 'dexie-react-hooks';
import type { OutboxAction, OutboxEntry } from '../../../shared/sync/outbox';
import { useConsole } from '../../app/console-context';

/** An outbox entry that undoes a merge. */
export type MergeUndoEntry = OutboxEntry & { action: Extract<OutboxAction, { kind: 'merge_undo' }> };

/** The undos still in the outbox (waiting, or refused and kept for the agent), by merge id and by ticket. */
export interface MergeUndoEntries {
  byMerge: ReadonlyMap<string, MergeUndoEntry>;
  /** Tickets an undo still waiting to send will restore: shown as "restore waiting", not as final. */
  restoringTicketIds: ReadonlySet<string>;
}

function isMergeUndo(entry: OutboxEntry): entry is MergeUndoEntry {
  return entry.action.kind === 'merge_undo';
}

/** Sorts the outbox's merge undos out for the pane; a pure helper of `useMergeUndoEntries`. */
export function mergeUndoEntriesOf(entries: readonly OutboxEntry[]): MergeUndoEntries {
  const undos = entries.filter(isMergeUndo);
  return {
    byMerge: new Map(undos.map((entry) => [entry.action.merge_id, entry])),
    restoringTicketIds: new Set(
      undos.filter((entry) => entry.state === 'pending').flatMap((entry) => entry.action.ticket_ids),
    ),
  };
}

const empty: MergeUndoEntries = { byMerge: new Map(), restoringTicketIds: new Set() };

/**
 * The merge undos in this agent's outbox, live (any window of the agent may add or send one). Without a
 * cache there is no outbox and nothing waits.
 */
export function useMergeUndoEntries(): MergeUndoEntries {
  const { cache } = useConsole();
  const entries = useLiveQuery(
    async () => (cache ? mergeUndoEntriesOf(await cache.outbox.toArray()) : empty),
    [cache],
  );
  return entries ?? empty;
}
