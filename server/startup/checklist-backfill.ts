import { checklistRulesVersion } from '../../shared/checklist/rules-version';
import {
  backfillChecklistBatch,
  firstTicketId,
  readChecklistBackfillState,
} from '../storage/checklist-backfill';
import type { TicketStore } from '../storage/ticket-store';

/** Open tickets re-evaluated per transaction: short enough not to hold agents' writes back for long. */
export const checklistBackfillBatchSize = 100;

/** The running re-evaluation: `done` settles when it finished (or stopped); `stop` ends it after a batch. */
export interface ChecklistBackfill {
  done: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Brings every stored open ticket's checklist up to the current rules (`checklistRulesVersion`), in the
 * background at start: tickets stored before a key existed (the crypto items of issue 17) get it, found
 * or not. Once per rules version: the progress is kept in the `checklist_backfill` setting with each batch,
 * so a restart resumes where it stopped and a finished version never runs again. Idempotent: a ticket whose
 * findings did not change is not written, so two nodes running it at once only repeat reads.
 */
export function startChecklistBackfill(options: {
  store: Pick<TicketStore, 'loadInTransaction'>;
  log: (line: string) => void;
  batchSize?: number;
}): ChecklistBackfill {
  const batchSize = options.batchSize ?? checklistBackfillBatchSize;
  let isStopped = false;
  const run = async (): Promise<void> => {
    const state = await options.store.loadInTransaction(readChecklistBackfillState);
    if (state?.version === checklistRulesVersion && state.after_id === null) {
      return;
    }
    let afterId = state?.version === checklistRulesVersion ? state.after_id : firstTicketId;
    let changed = 0;
    while (afterId !== null && !isStopped) {
      const from: string = afterId;
      const batch = await options.store.loadInTransaction((transaction) =>
        backfillChecklistBatch(transaction, from, batchSize),
      );
      changed += batch.changed;
      afterId = batch.afterId;
      // Requests go first: the next batch waits for the event loop to come round.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (afterId === null) {
      options.log(
        `checklists: open tickets re-evaluated for rules version ${checklistRulesVersion}, ${changed} changed`,
      );
    }
  };
  const done = run().catch((error: unknown) =>
    options.log(`checklists: re-evaluating stored tickets failed (the next start resumes): ${String(error)}`),
  );
  return {
    done,
    stop: async () => {
      isStopped = true;
      await done;
    },
  };
}
