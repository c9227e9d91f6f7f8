import type { Change } from '../../shared/domain/schemas';

/** Options of `createChangeBroadcaster`. */
export interface ChangeBroadcasterOptions {
  /** The newest change already announced (or not worth announcing); broadcasting starts after it. */
  startAfter: number;
  /** Reads up to `limit` changes after `since`, in sequence order. */
  readChangesSince(since: number, limit: number): Promise<Change[]>;
  /** Sends one change to every connected agent. */
  emit(change: Change): void;
  log(line: string): void;
}

/** Announces committed changes, each once and in sequence order. */
export interface ChangeBroadcaster {
  /** Rings the doorbell after a commit; cheap, and safe to call any number of times. */
  notify(): void;
  /** Resolves once every change committed before the call has been emitted. */
  settle(): Promise<void>;
}

const pageSize = 1000;

/**
 * A single reader of the change log: after each `notify()` it reads the changes after the last one it
 * emitted and emits them in order. Runs are serialized, and a notify during a run schedules one more run,
 * so no change is missed or sent twice. (Commits arrive in seq order thanks to the change-log lock.)
 */
export function createChangeBroadcaster(options: ChangeBroadcasterOptions): ChangeBroadcaster {
  let lastEmitted = options.startAfter;
  let isPending = false;
  let running: Promise<void> | null = null;

  async function drain(): Promise<void> {
    while (isPending) {
      isPending = false;
      try {
        let page: Change[];
        do {
          page = await options.readChangesSince(lastEmitted, pageSize);
          for (const change of page) {
            options.emit(change);
            lastEmitted = change.seq;
          }
        } while (page.length === pageSize);
      } catch (error) {
        options.log(`error: broadcasting changes after ${lastEmitted}: ${String(error)}`);
      }
    }
  }

  return {
    notify() {
      isPending = true;
      running ??= drain().finally(() => {
        running = null;
      });
    },
    async settle() {
      while (running !== null) {
        await running;
      }
    },
  };
}
