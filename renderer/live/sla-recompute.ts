import type { ApiClient } from '../api/api-client';
import type { TicketStore } from '../features/queue/ticket-store';
import { createLogger } from '../logging/logger';
import { slaPolicyFromWire } from '../../shared/sla/policy-wire';
import { retargetTickets } from '../../shared/sla/retarget';

const logger = createLogger('live');

/** Applies the service's `sla.recomputed` change to the tickets the console holds. */
export interface SlaRecomputer {
  /** Fetches the policy in force and moves every held ticket's clocks onto it (requests made meanwhile join). */
  apply: () => Promise<void>;
  dispose: () => void;
}

/**
 * A lead's new SLA policy reaches the console as one `sla.recomputed` change. Instead of refetching every
 * ticket, the console reads the policy once and moves each ticket's clocks by the target's difference
 * (exact: see `shared/sla/retarget.ts`); the store's write-through keeps the offline cache in step.
 */
export function createSlaRecomputer(options: { api: ApiClient; store: TicketStore }): SlaRecomputer {
  let running: Promise<void> | null = null;
  let again = false;
  let isDisposed = false;

  const run = async (): Promise<void> => {
    do {
      again = false;
      try {
        const settings = await options.api.settings();
        if (isDisposed) {
          return;
        }
        const policy = slaPolicyFromWire(settings.sla_policy);
        const changed = retargetTickets(options.store.getSnapshot().tickets, policy);
        if (changed.length > 0) {
          options.store.upsert(changed);
        }
      } catch (error) {
        logger.warn('could not apply the new SLA policy', error);
      }
    } while (again && !isDisposed);
  };

  return {
    apply() {
      if (running) {
        again = true;
        return running;
      }
      running = run().finally(() => {
        running = null;
      });
      return running;
    },
    dispose() {
      isDisposed = true;
    },
  };
}
