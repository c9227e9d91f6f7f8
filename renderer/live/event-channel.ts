/** A one-way channel from the live layer to the views that care: publish to every current subscriber. */
export interface EventChannel<Payload> {
  publish: (payload: Payload) => void;
  /** Adds `listener`; the returned function removes it. */
  subscribe: (listener: (payload: Payload) => void) => () => void;
}

/** Creates a channel with no subscribers. */
export function createEventChannel<Payload>(): EventChannel<Payload> {
  const listeners = new Set<(payload: Payload) => void>();
  return {
    publish(payload) {
      for (const listener of listeners) {
        listener(payload);
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
