import type { ReadGuard } from './read-guard';

/** How often the service prunes the access log by default: hourly (the retention is counted in days). */
export const defaultAccessLogPruneIntervalMs = 60 * 60 * 1000;

/** Options of `startAccessLogPruning`. */
export interface AccessLogPruningOptions {
  reads: Pick<ReadGuard, 'pruneAccessLog'>;
  /** Between two prunes; `defaultAccessLogPruneIntervalMs` by default. */
  intervalMs?: number;
  /** Told how many entries went when some did, and of failures (the next round tries again). */
  log: (line: string) => void;
}

/** The running pruner: `stop` ends the timer and waits for a prune in flight. */
export interface AccessLogPruning {
  stop(): Promise<void>;
}

/**
 * Deletes access-log entries older than the lead's retention (docs/security.md "Reads"): once at start, then
 * every `intervalMs`, by the read guard's clock. One prune at a time; the timer never holds the process open.
 */
export function startAccessLogPruning(options: AccessLogPruningOptions): AccessLogPruning {
  let running: Promise<void> | null = null;
  const prune = (): void => {
    running ??= options.reads
      .pruneAccessLog()
      .then(
        (count) => {
          if (count > 0) {
            options.log(`access log: ${count} entries older than the retention deleted`);
          }
        },
        (error: unknown) => options.log(`access log: pruning failed: ${String(error)}`),
      )
      .finally(() => {
        running = null;
      });
  };
  prune();
  const timer = setInterval(prune, options.intervalMs ?? defaultAccessLogPruneIntervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
