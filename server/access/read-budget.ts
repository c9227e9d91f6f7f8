import type { AccessLog } from './access-log';

/** An hour: the window the read budget counts distinct tickets in. */
export const readBudgetWindowMs = 60 * 60 * 1000;

/** How long a node trusts its memory of an agent's reads before it reads the log again (other nodes' reads). */
const refreshMs = 15_000;

/** What the budget decided about one read. */
export type BudgetDecision =
  | { isAllowed: true }
  /** `isFirstRefusal`: the agent had not been refused within the last alert interval (alert the leads). */
  | { isAllowed: false; isFirstRefusal: boolean };

/** Options of `createReadBudget`. */
export interface ReadBudgetOptions {
  accessLog: AccessLog;
  /** The hourly budget of distinct tickets now (the lead's setting). */
  budget: () => Promise<number>;
  now: () => number;
  /** The shortest time between two alerts about one agent. */
  alertIntervalMs?: number;
}

/** The hourly budget of distinct tickets per agent (docs/security.md "Reads"). */
export interface ReadBudget {
  /**
   * Decides whether `agentId` may open `ticketId` now and, when allowed, counts it (the caller records the
   * read in the access log). A ticket already opened within the hour never counts twice.
   */
  check(agentId: string, ticketId: string): Promise<BudgetDecision>;
}

interface AgentWindow {
  /** Ticket id → last time opened (ms), counted reads of the last hour. */
  reads: Map<string, number>;
  loadedAt: number;
  lastAlertAt: number;
}

/**
 * The read budget. Each node keeps, per agent, the tickets it opened within the hour, loaded from the access
 * log on first use and refreshed every 15 s (so reads through other nodes count too, within that delay),
 * plus the reads this node allowed since. Nothing is written here: the access log is the record.
 */
export function createReadBudget(options: ReadBudgetOptions): ReadBudget {
  const windows = new Map<string, AgentWindow>();
  const alertIntervalMs = options.alertIntervalMs ?? 10 * 60 * 1000;

  async function windowOf(agentId: string, now: number): Promise<AgentWindow> {
    let window = windows.get(agentId);
    if (window === undefined || now - window.loadedAt >= refreshMs) {
      const stored = await options.accessLog.countedReadsSince(agentId, now - readBudgetWindowMs);
      // Another request may have loaded it meanwhile: keep what this node counted since.
      const current = windows.get(agentId);
      const reads = current?.reads ?? new Map<string, number>();
      for (const [ticketId, at] of stored) {
        reads.set(ticketId, Math.max(at, reads.get(ticketId) ?? 0));
      }
      window = { reads, loadedAt: now, lastAlertAt: current?.lastAlertAt ?? Number.NEGATIVE_INFINITY };
      windows.set(agentId, window);
    }
    for (const [ticketId, at] of window.reads) {
      if (at < now - readBudgetWindowMs) {
        window.reads.delete(ticketId);
      }
    }
    return window;
  }

  return {
    check: async (agentId, ticketId) => {
      const now = options.now();
      const [budget, window] = await Promise.all([options.budget(), windowOf(agentId, now)]);
      if (window.reads.has(ticketId) || window.reads.size < budget) {
        window.reads.set(ticketId, now);
        return { isAllowed: true };
      }
      const isFirstRefusal = now - window.lastAlertAt >= alertIntervalMs;
      if (isFirstRefusal) {
        window.lastAlertAt = now;
      }
      return { isAllowed: false, isFirstRefusal };
    },
  };
}
