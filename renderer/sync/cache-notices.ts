/** Something about the offline cache the agent should know. */
export type CacheNotice =
  /** The disk was full: `count` old threads were dropped from the cache; work goes on. */
  | { kind: 'evicted'; count: number }
  /** A newer console upgraded the cache: this window let go of it and must be reloaded. */
  | { kind: 'reload' }
  /** This console's upgrade waits for an older window to close. */
  | { kind: 'blocked' };

/** The latest cache notice, for `useSyncExternalStore`. */
export interface CacheNotices {
  get: () => CacheNotice | null;
  publish: (notice: CacheNotice) => void;
  dismiss: () => void;
  subscribe: (listener: () => void) => () => void;
}

/** Creates an empty notice holder. */
export function createCacheNotices(): CacheNotices {
  let current: CacheNotice | null = null;
  const listeners = new Set<() => void>();
  const set = (notice: CacheNotice | null): void => {
    current = notice;
    for (const listener of listeners) {
      listener();
    }
  };
  return {
    get: () => current,
    publish: set,
    dismiss: () => set(null),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
