/**
 * Tells views that show team settings (the Routing page) that a `settings.updated` change arrived, or that
 * the console resynced and may have missed one; the change carries no details, so listeners refetch.
 */
export interface SettingsEvents {
  publish: () => void;
  subscribe: (listener: () => void) => () => void;
}

/** Creates the event channel between the live layer and the settings views. */
export function createSettingsEvents(): SettingsEvents {
  const listeners = new Set<() => void>();
  return {
    publish() {
      for (const listener of listeners) {
        listener();
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
