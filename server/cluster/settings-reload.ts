import type { Change } from '../../shared/domain/schemas';

/** What a node keeps in memory of the settings and the triage model, and how each is read again. */
export interface SettingsHolders {
  /** Routing's configuration (teams, profiles, business calendars, assignment on reply). */
  routing: { refresh(): Promise<void> };
  /**
   * The triage model in force (and the intake analysis workers' copy) and the misfiled threshold; new
   * tickets may be another node's import, which this node trains on if that node's model never lands.
   */
  triage: { reloadStored(): Promise<void>; historyMayHaveGrown(): void };
  /** The read budget's limits. */
  reads: { forgetSettings(): void };
  /** The team scope setting and each agent's teams. */
  teamScope: { forgetSettings(): void };
}

/** Options of `createSettingsReload`. */
export interface SettingsReloadOptions {
  holders: SettingsHolders;
  /**
   * One of several nodes: routing and the triage model are read again on every `settings.updated`, since
   * another node may have changed them. Alone, a node changes them itself and they are already in force.
   */
  isCluster: boolean;
  log: (line: string) => void;
}

/**
 * Keeps a node's in-memory settings in step with the database: called with every change the node's
 * broadcaster emits (its own commits and every other node's, in seq order). Every lead's settings edit and
 * every newly trained triage model commits a `settings.updated` change; on it, what this node holds is
 * dropped or read again. Settings read per request (SLA policy, checklist rules, business calendars for
 * clocks, session lifetimes and MFA, official domains, access-log retention) need nothing here.
 */
export function createSettingsReload(options: SettingsReloadOptions): (change: Change) => void {
  const { holders, log } = options;
  // Reloads of one kind run one at a time: a burst of changes reads once more after the one running.
  const serialized = (name: string, work: () => Promise<void>): (() => void) => {
    let running: Promise<void> | null = null;
    let isAskedAgain = false;
    const run = (): void => {
      if (running !== null) {
        isAskedAgain = true;
        return;
      }
      running = work()
        .catch((error: unknown) => log(`${name}: reading the settings again failed: ${String(error)}`))
        .finally(() => {
          running = null;
          if (isAskedAgain) {
            isAskedAgain = false;
            run();
          }
        });
    };
    return run;
  };
  const refreshRouting = serialized('routing', () => holders.routing.refresh());
  const reloadTriage = serialized('auto-triage', () => holders.triage.reloadStored());
  return (change) => {
    if (change.type === 'ticket.created' && options.isCluster) {
      holders.triage.historyMayHaveGrown();
      return;
    }
    if (change.type !== 'settings.updated') {
      return;
    }
    holders.reads.forgetSettings();
    holders.teamScope.forgetSettings();
    if (options.isCluster) {
      refreshRouting();
      reloadTriage();
    }
  };
}
