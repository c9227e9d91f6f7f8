/** A text longer than this (subject and body together) makes a large intake: a pasted log, a 1 MB body. */
export const largeIntakeLength = 64 * 1024;

/**
 * Intake's admission to storage. A large intake is written one at a time, and only while no small intake is
 * in progress (between its arrival and its stored ticket), unless it has waited `largeWaitMs` for small
 * ones; small intakes never wait for it. With PGlite the engine runs on the service's thread, and writing a
 * 1 MB ticket holds that thread for tens of milliseconds: six of them back to back held every step of a small
 * intake arriving meanwhile (its analysis's answer, its write, its response) behind one write each.
 */
export interface IntakeGate {
  /** Counts a small intake in progress; call the returned function once, when it is stored or has failed. */
  enterSmall(): () => void;
  /**
   * Waits for a large intake's turn to be written and resolves with the function that ends its turn: call
   * it once, when the write has finished or failed (the next large one waits for it).
   */
  enterLarge(): Promise<() => void>;
}

/** Options of `createIntakeGate`. */
export interface IntakeGateOptions {
  /** How long a large intake waits for small ones in progress before it goes anyway (2 s by default). */
  largeWaitMs?: number;
  /** The clock (milliseconds); `performance.now` by default. */
  now?: () => number;
}

interface WaitingLarge {
  queuedAt: number;
  admit(leave: () => void): void;
}

/** A gate; see `IntakeGate`. Large intakes are admitted in their order of arrival. */
export function createIntakeGate(options: IntakeGateOptions = {}): IntakeGate {
  const largeWaitMs = options.largeWaitMs ?? 2_000;
  const now = options.now ?? (() => performance.now());
  const waiting: WaitingLarge[] = [];
  let smallInProgress = 0;
  let isLargeWriting = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  /** Admits the first waiting large intake when its turn has come, or wakes up when it will have waited enough. */
  function admitNext(): void {
    const first = waiting[0];
    if (isLargeWriting || first === undefined) {
      return;
    }
    const waited = now() - first.queuedAt;
    if (smallInProgress > 0 && waited < largeWaitMs) {
      // A steady stream of small intakes delays a large one, never starves it.
      if (timer === null) {
        timer = setTimeout(() => {
          timer = null;
          admitNext();
        }, largeWaitMs - waited);
        // The wait is no reason to keep a stopping process alive.
        timer.unref();
      }
      return;
    }
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    waiting.shift();
    isLargeWriting = true;
    first.admit(
      once(() => {
        isLargeWriting = false;
        admitNext();
      }),
    );
  }

  return {
    enterSmall: () => {
      smallInProgress += 1;
      return once(() => {
        smallInProgress -= 1;
        if (smallInProgress === 0) {
          admitNext();
        }
      });
    },
    enterLarge: () =>
      new Promise((resolve) => {
        waiting.push({ queuedAt: now(), admit: resolve });
        admitNext();
      }),
  };
}

/** `work`, run at most once however often the returned function is called. */
function once(work: () => void): () => void {
  let isDone = false;
  return () => {
    if (!isDone) {
      isDone = true;
      work();
    }
  };
}
