/** Ends the holding of a `TrainingLock`. */
export type ReleaseTrainingLock = () => Promise<void>;

/**
 * What lets one service node at a time train the desk's triage model (docs/triage.md "Several nodes"). A
 * node that does not get it for a training it decided on its own skips: the holder stores its model and
 * announces it with `settings.updated`, which this node then loads.
 */
export interface TrainingLock {
  /**
   * Takes the lock. With `wait`, tries again until it is free (another node finishes, or dies and its
   * connection with it) or `isCancelled()`; without, gives up at once. Resolves with the release, or null
   * when it was not taken.
   */
  acquire(options: { wait: boolean; isCancelled: () => boolean }): Promise<ReleaseTrainingLock | null>;
}

/**
 * The lock of a service alone on its database (PGlite, or PostgreSQL with `cluster: false`): always free,
 * since the service already runs one training at a time.
 */
export const aloneTrainingLock: TrainingLock = {
  acquire: () => Promise.resolve(() => Promise.resolve()),
};
