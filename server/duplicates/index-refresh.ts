import type { DuplicateIndex, IndexedState } from '../../shared/duplicates/duplicate-index';
import type { SqlDatabase } from '../storage/database';
import { readIndexedFields } from './stored-descriptions';

/** Tickets read per query when many changed at once (a bulk edit, a batch of link-backs). */
const readBatchSize = 5_000;

/** An edit this node just committed: what changed of a ticket the index holds (absent: unchanged). */
export interface IndexedEdit {
  id: string;
  category?: string | null;
  state?: IndexedState;
}

const sameState = (left: IndexedState, right: IndexedState): boolean =>
  left.kind === right.kind && (left.kind !== 'merged' || right.kind !== 'merged' || left.into === right.into);

/**
 * Keeps what the duplicate index holds of a stored ticket beside its text in step with the database
 * (docs/duplicates.md "Changes after indexing"): the category, which the score compares, how many related
 * tickets the ticket lists (link-back stops at 20), and its status and merge (a solved, closed or merged-away
 * ticket is no merge candidate). A ticket's customer and time never change, and its text is left alone by
 * every edit, so nothing else can go stale.
 */
export interface IndexRefresh {
  /**
   * A `ticket.updated` change (any node's, from the change log): the ticket's fields are read again, batched
   * with the others heard meanwhile.
   */
  changed(ticketId: string): void;
  /**
   * This node's own edits, just committed: applied at once, so the next lookup on this node sees them
   * without waiting for the change log.
   */
  edited(tickets: readonly IndexedEdit[]): void;
  /** Resolves once every change heard before the call is applied (a read already running, or the next one). */
  settled(): Promise<void>;
}

/** A refresh of `index` reading from `database`. */
export function createIndexRefresh(
  database: SqlDatabase,
  index: DuplicateIndex,
  log: (line: string) => void,
): IndexRefresh {
  const pending = new Set<string>();
  // Edits applied while a read was in flight: that read may have seen the row before the edit committed.
  const editedDuringRead = new Set<string>();
  let readsStarted = 0;
  let readsDone = 0;
  let draining: Promise<void> | null = null;
  const waiters: { target: number; resolve: () => void }[] = [];

  function apply(rows: Awaited<ReturnType<typeof readIndexedFields>>): void {
    for (const row of rows) {
      if (editedDuringRead.has(row.id)) {
        continue;
      }
      const category = index.categoryOf(row.id);
      if (category !== undefined && category !== row.category) {
        index.setCategory(row.id, row.category);
      }
      if (category !== undefined && !sameState(index.stateOf(row.id), row.state)) {
        index.setState(row.id, row.state);
      }
      // Another node's link-back: this node's count only ever rises (its own link-backs count ahead of
      // their commit).
      const count = index.relatedCountOf(row.id);
      if (count !== null && row.relatedCount > count) {
        index.setRelatedCount(row.id, row.relatedCount);
      }
    }
  }

  async function drain(): Promise<void> {
    while (pending.size > 0) {
      const ids = [...pending];
      pending.clear();
      editedDuringRead.clear();
      readsStarted += 1;
      try {
        for (let start = 0; start < ids.length; start += readBatchSize) {
          apply(await readIndexedFields(database, ids.slice(start, start + readBatchSize)));
        }
      } catch (error) {
        log(`duplicates: reading changed tickets again failed: ${String(error)}`);
      }
      readsDone += 1;
      editedDuringRead.clear();
      for (let position = waiters.length - 1; position >= 0; position -= 1) {
        const waiter = waiters[position];
        if (waiter !== undefined && waiter.target <= readsDone) {
          waiters.splice(position, 1);
          waiter.resolve();
        }
      }
    }
  }

  function schedule(): void {
    if (draining !== null) {
      return;
    }
    draining = drain().finally(() => {
      draining = null;
      // A change heard after the last read's check and before this moment would otherwise wait.
      if (pending.size > 0) {
        schedule();
      }
    });
  }

  return {
    changed: (ticketId) => {
      pending.add(ticketId);
      schedule();
    },
    edited: (tickets) => {
      for (const ticket of tickets) {
        if (ticket.category !== undefined) {
          index.setCategory(ticket.id, ticket.category);
        }
        if (ticket.state !== undefined) {
          index.setState(ticket.id, ticket.state);
        }
        if (draining !== null) {
          editedDuringRead.add(ticket.id);
        }
      }
    },
    settled: () => {
      if (draining === null) {
        return Promise.resolve();
      }
      // Ids still pending are covered by the next read; otherwise the one running covers everything heard.
      const target = pending.size > 0 ? readsStarted + 1 : readsStarted;
      if (target <= readsDone) {
        return Promise.resolve();
      }
      return new Promise((resolve) => waiters.push({ target, resolve }));
    },
  };
}
