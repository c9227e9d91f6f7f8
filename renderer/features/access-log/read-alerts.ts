import type { ReadBudgetAlert } from '../../../shared/access/access-schemas';

/**
 * The read-budget alerts this lead's console received (`access:budget-exceeded`), newest first, until
 * dismissed. The live layer publishes; the alert banner and the desktop notification read.
 */
export interface ReadAlerts {
  publish: (alert: ReadBudgetAlert) => void;
  dismiss: (alert: ReadBudgetAlert) => void;
  /** The alerts not dismissed; a new array after each change (for `useSyncExternalStore`). */
  getSnapshot: () => readonly ReadBudgetAlert[];
  subscribe: (listener: () => void) => () => void;
}

/** The most alerts kept: older ones drop off (the access log keeps every refusal). */
const keptAlerts = 20;

/** Creates an empty alert list. */
export function createReadAlerts(): ReadAlerts {
  let alerts: readonly ReadBudgetAlert[] = [];
  const listeners = new Set<() => void>();
  const publish = (next: readonly ReadBudgetAlert[]): void => {
    alerts = next;
    for (const listener of listeners) {
      listener();
    }
  };
  return {
    publish: (alert) => publish([alert, ...alerts].slice(0, keptAlerts)),
    dismiss: (alert) => publish(alerts.filter((entry) => entry !== alert)),
    getSnapshot: () => alerts,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
