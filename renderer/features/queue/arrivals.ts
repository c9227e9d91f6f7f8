/** Ids of tickets that arrived live a moment ago (the queue highlights them briefly). */
export interface Arrivals {
  getSnapshot: () => ReadonlySet<string>;
  subscribe: (listener: () => void) => () => void;
  mark: (ticketId: string) => void;
  dispose: () => void;
}

/** How long a live arrival stays highlighted. */
export const arrivalHighlightMs = 4000;

/** Creates the set of recent arrivals; each id leaves it after `highlightMs`. */
export function createArrivals(highlightMs = arrivalHighlightMs): Arrivals {
  let current: ReadonlySet<string> = new Set();
  const listeners = new Set<() => void>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const publish = (next: ReadonlySet<string>): void => {
    current = next;
    for (const listener of listeners) {
      listener();
    }
  };
  return {
    getSnapshot: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    mark(ticketId) {
      publish(new Set(current).add(ticketId));
      const timer = setTimeout(() => {
        timers.delete(timer);
        const next = new Set(current);
        next.delete(ticketId);
        publish(next);
      }, highlightMs);
      timers.add(timer);
    },
    dispose() {
      for (const timer of timers) {
        clearTimeout(timer);
      }
      timers.clear();
      listeners.clear();
    },
  };
}
