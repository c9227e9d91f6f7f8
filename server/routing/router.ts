import type { RoutingConfiguration, RoutingDecision } from '../../shared/domain/routing-schemas';
import {
  afterAssignment,
  anyoneAvailable,
  assignWaiting,
  routeTicket,
  type RoutableTicket,
  type RoutingState,
} from '../../shared/routing/route';
import type { SqlDatabase } from '../storage/database';
import {
  readLoads,
  readRouting,
  readWaiting,
  writeAssignments,
  writeCursors,
  type WaitingKey,
} from './routing-store';

/** Options of `createRouter`. */
export interface RouterOptions {
  database: SqlDatabase;
  /** The triage confidence above which routing follows the suggestion (the lead's misfiled threshold). */
  triageThreshold: () => number;
  /** Called after assignments commit, so the broadcaster pushes their changes. */
  onChangesCommitted: () => void;
  log: (line: string) => void;
  now?: () => number;
  /** How long to wait for more events before handing out waiting tickets. */
  debounceMs?: number;
  /**
   * Whether this node assigns tickets: with several nodes, only the elected router does (server/cluster);
   * the others give their intake a team and a priority and leave it waiting. Always true when absent.
   */
  isRouter?: () => boolean;
}

/** The service's router: the routing state in memory, intake decisions, and hand-outs on every change. */
export interface Router {
  /** Reads the stored configuration; call before the first intake. */
  start(): Promise<void>;
  /** Where a new ticket goes; an assignment counts as load at once (the insert follows). */
  routeIntake(ticket: RoutableTicket): RoutingDecision;
  /** Where a ticket draft would go, changing nothing. */
  preview(ticket: RoutableTicket): RoutingDecision;
  /** The agents connected now (presence); a change hands out waiting tickets. */
  setOnline(agentIds: readonly string[]): void;
  /** Something that may free capacity or add work happened: hand out waiting tickets soon. */
  schedule(): void;
  /** Re-reads the configuration after a lead's edit, then hands out waiting tickets. */
  reload(): Promise<void>;
  /** Re-reads the configuration (agents created since are known afterwards). */
  refresh(): Promise<void>;
  configuration(): RoutingConfiguration;
  /** Resolves when no hand-out is pending or running. */
  whenIdle(): Promise<void>;
  close(): Promise<void>;
}

/** Waiting tickets read per page; a hand-out pages through all of them, most urgent and oldest first. */
const waitingPageSize = 1000;

/** Creates the router; nothing is read until `start`. */
export function createRouter(options: RouterOptions): Router {
  const now = options.now ?? Date.now;
  const debounceMs = options.debounceMs ?? 100;
  let state: RoutingState = {
    teams: [],
    profiles: new Map(),
    rules: [],
    skillWaitMinutes: 30,
    triageThreshold: 1,
    onlineAgentIds: new Set(),
    loads: new Map(),
    cursors: new Map(),
  };
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let isPending = false;
  let isClosed = false;
  let cursorsDirty = false;
  /** Online ids without a profile that a configuration read was already made for. */
  const lookedUp = new Set<string>();
  /** A configuration read started by `setOnline`, awaited on close. */
  let reading: Promise<void> = Promise.resolve();

  const current = (): RoutingState => ({ ...state, triageThreshold: options.triageThreshold() });

  async function load(): Promise<void> {
    const stored = await readRouting(options.database);
    state = {
      ...state,
      teams: stored.teams,
      profiles: new Map(stored.profiles.map((profile) => [profile.agent_id, profile])),
      rules: stored.rules,
      skillWaitMinutes: stored.skillWaitMinutes,
      // Cursors moved in memory since the last write win over the stored ones.
      cursors: new Map([...stored.cursors, ...state.cursors]),
    };
  }

  /** Whether a hand-out could assign anything: someone online in a team that assigns. */
  function couldAssign(): boolean {
    return (
      state.onlineAgentIds.size > 0 &&
      state.teams.some(
        (team) => team.strategy !== 'manual' && team.member_ids.some((id) => state.onlineAgentIds.has(id)),
      )
    );
  }

  async function handOut(): Promise<void> {
    if (!(options.isRouter?.() ?? true) || !couldAssign()) {
      if (cursorsDirty) {
        cursorsDirty = false;
        await writeCursors(options.database, state.cursors);
      }
      return;
    }
    // Loads come from the database each time: solved tickets, reassignments and other nodes' intakes count.
    state = { ...state, loads: await readLoads(options.database) };
    cursorsDirty = false;
    let after: WaitingKey | null = null;
    let isAnyAssigned = false;
    // Page through every waiting ticket, most urgent and oldest first, until nobody can take more.
    for (;;) {
      const page = await readWaiting(options.database, waitingPageSize, after);
      const outcome = assignWaiting(current(), page.tickets, now());
      if (outcome.assignments.length > 0) {
        const assigned = await writeAssignments(options.database, outcome.assignments, outcome.state.cursors);
        isAnyAssigned ||= assigned.length > 0;
        state = { ...state, loads: outcome.state.loads, cursors: outcome.state.cursors };
      }
      after = page.last;
      if (page.tickets.length < waitingPageSize || after === null || !anyoneAvailable(current())) {
        break;
      }
    }
    if (!isAnyAssigned) {
      await writeCursors(options.database, state.cursors);
    } else {
      options.onChangesCommitted();
    }
  }

  function run(): void {
    timer = null;
    if (running !== null) {
      isPending = true;
      return;
    }
    running = handOut()
      .catch((error: unknown) => {
        options.log(`routing: hand-out failed: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        running = null;
        if (isPending && !isClosed) {
          isPending = false;
          schedule();
        }
      });
  }

  function schedule(): void {
    if (isClosed || timer !== null) {
      return;
    }
    timer = setTimeout(run, debounceMs);
  }

  return {
    start: load,
    routeIntake(ticket) {
      // With several nodes only the router assigns: its loads are exact, another node's may lag behind. A
      // ticket taken here gets its team and priority and waits; its ticket.created change reaches the
      // router through the change log, which hands it out.
      if (!(options.isRouter?.() ?? true)) {
        return routeTicket(ticket, { ...current(), onlineAgentIds: new Set() }, now());
      }
      const decision = routeTicket(ticket, current(), now());
      if (decision.assignee_id !== null && decision.team_id !== null) {
        const after = afterAssignment(state, decision.team_id, decision.assignee_id);
        state = { ...state, loads: after.loads, cursors: after.cursors };
        cursorsDirty = true;
        schedule();
      }
      return decision;
    },
    preview: (ticket) => routeTicket(ticket, current(), now()),
    setOnline(agentIds) {
      const next = new Set(agentIds);
      const same =
        next.size === state.onlineAgentIds.size && [...next].every((id) => state.onlineAgentIds.has(id));
      if (!same) {
        state = { ...state, onlineAgentIds: next };
        // An agent created since the configuration was read has no profile in memory yet: read it again.
        // Each id is looked up once: the admin token's system account never gets a profile.
        const unseen = [...next].filter((id) => !state.profiles.has(id) && !lookedUp.has(id));
        unseen.forEach((id) => lookedUp.add(id));
        if (unseen.length > 0 && !isClosed) {
          reading = load().then(schedule, (error: unknown) => {
            options.log(`routing: reading the configuration failed: ${String(error)}`);
          });
        } else {
          schedule();
        }
      }
    },
    schedule,
    refresh: load,
    async reload() {
      await load();
      schedule();
      // The edit that asked for the reload committed a `settings.updated` change: ring the doorbell so other
      // consoles hear it now, not at the next commit.
      options.onChangesCommitted();
    },
    configuration: () => ({
      teams: [...state.teams],
      profiles: [...state.profiles.values()],
      rules: [...state.rules],
      skill_wait_minutes: state.skillWaitMinutes,
      triage_threshold: options.triageThreshold(),
      online_agent_ids: [...state.onlineAgentIds].sort(),
    }),
    async whenIdle() {
      while (timer !== null || running !== null) {
        if (timer !== null) {
          clearTimeout(timer);
          run();
        }
        await running;
      }
    },
    async close() {
      isClosed = true;
      if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      await reading;
      await running;
    },
  };
}
