import {
  accessLogRetentionSchema,
  defaultAccessLogRetentionDays,
  defaultHourlyTicketBudget,
  readLimitsSchema,
  type AccessLogRetention,
  type ReadBudgetAlert,
  type ReadLimits,
} from '../../shared/access/access-schemas';
import type { Agent } from '../../shared/domain/schemas';
import type { SqlDatabase } from '../storage/database';
import { appendChanges } from '../storage/change-log';
import { readSetting, writeSetting } from '../storage/settings';
import { recordSecurityChange } from './security-audit';
import { createAccessLog, type AccessLog } from './access-log';
import { createReadBudget } from './read-budget';

/**
 * How long a node keeps the lead's read limits before reading them again. A change through another node
 * drops them at once (`forgetSettings` on its `settings.updated`); the age is a backstop.
 */
const limitsCacheMs = 5_000;

/** Options of `createReadGuard`. */
export interface ReadGuardOptions {
  database: SqlDatabase;
  now?: () => number;
  /** Told once per agent per alert interval when the budget refuses that agent a ticket. */
  onBudgetExceeded?: (alert: ReadBudgetAlert) => void;
  /** The shortest time between two alerts about one agent (10 minutes by default). */
  alertIntervalMs?: number;
  /** Told after new read limits committed with their `settings.updated` change (the broadcaster). */
  onChangesCommitted?: () => void;
}

/** What the agents' read routes ask before they answer (docs/security.md "Reads"). */
export interface ReadGuard {
  accessLog: AccessLog;
  /**
   * Decides whether `agent` may open the ticket, and records the read (or the refusal) in the access log
   * before resolving. Tickets assigned to the agent always open and never count; the admin token is never
   * refused (it is the service's operator, not an agent) but is logged.
   */
  openTicket(
    agent: Agent,
    ticket: { id: string; number: number; assignee_id: string | null },
  ): Promise<boolean>;
  /**
   * Records the tickets a write answered with in full (a `PATCH`, a merge, an undo) as reads: never refused
   * (the write is done), but counted against the budget like a detail read unless assigned to the agent.
   */
  recordAnsweredReads(
    agent: Agent,
    tickets: readonly { id: string; assignee_id: string | null }[],
  ): Promise<void>;
  /** Records a search (`GET /api/tickets?q=`) and how many tickets matched. */
  recordSearch(agent: Agent, query: string, resultCount: number): Promise<void>;
  /** Records an export: what it held (`description`) and how many entries. */
  recordExport(agent: Agent, description: string, resultCount: number): Promise<void>;
  readLimits(): Promise<ReadLimits>;
  /**
   * Stores new limits, audit-logged as `actorId`'s change, and records `settings.updated`, so every service
   * node reads them again.
   */
  setReadLimits(limits: ReadLimits, actorId: string | null): Promise<ReadLimits>;
  /** Drops the limits kept in memory: the next read asks the database (another node changed them). */
  forgetSettings(): void;
  /** How long the access log keeps entries (stored under `access_log_retention`; 365 days by default). */
  retention(): Promise<AccessLogRetention>;
  /** Stores a new retention, audit-logged as `actorId`'s change, and prunes by it at once. */
  setRetention(retention: AccessLogRetention, actorId: string | null): Promise<AccessLogRetention>;
  /** Deletes the entries older than the retention, by the guard's clock; resolves with how many went. */
  pruneAccessLog(): Promise<number>;
}

const dayMs = 24 * 60 * 60 * 1000;

/** The read guard over `options.database`. */
export function createReadGuard(options: ReadGuardOptions): ReadGuard {
  const now = options.now ?? Date.now;
  const accessLog = createAccessLog(options.database);
  let cachedLimits: { value: ReadLimits; at: number } | null = null;
  const readLimits = async (): Promise<ReadLimits> => {
    const at = now();
    if (cachedLimits !== null && at - cachedLimits.at < limitsCacheMs) {
      return cachedLimits.value;
    }
    const stored = readLimitsSchema.safeParse(await readSetting(options.database, 'read_limits'));
    const value = stored.success ? stored.data : { hourly_ticket_budget: defaultHourlyTicketBudget };
    cachedLimits = { value, at };
    return value;
  };
  // Read from the settings each time (pruning runs hourly, and a lead's change must apply on every node).
  const retention = async (): Promise<AccessLogRetention> => {
    const stored = accessLogRetentionSchema.safeParse(
      await readSetting(options.database, 'access_log_retention'),
    );
    return stored.success ? stored.data : { retention_days: defaultAccessLogRetentionDays };
  };
  const pruneAccessLog = async (): Promise<number> =>
    accessLog.prune(now() - (await retention()).retention_days * dayMs);
  const budget = createReadBudget({
    accessLog,
    budget: async () => (await readLimits()).hourly_ticket_budget,
    now,
    ...(options.alertIntervalMs === undefined ? {} : { alertIntervalMs: options.alertIntervalMs }),
  });
  return {
    accessLog,
    openTicket: async (agent, ticket) => {
      const isAssigned = ticket.assignee_id === agent.id;
      if (isAssigned || agent.role === 'admin') {
        await accessLog.record({
          agentId: agent.id,
          ticketId: ticket.id,
          kind: 'read',
          counted: false,
          at: now(),
        });
        return true;
      }
      const decision = await budget.check(agent.id, ticket.id);
      const at = now();
      await accessLog.record({
        agentId: agent.id,
        ticketId: ticket.id,
        kind: decision.isAllowed ? 'read' : 'refused',
        at,
      });
      if (!decision.isAllowed && decision.isFirstRefusal) {
        options.onBudgetExceeded?.({
          agent_id: agent.id,
          agent_name: agent.name,
          budget: (await readLimits()).hourly_ticket_budget,
          ticket_id: ticket.id,
          ticket_number: ticket.number,
          at: new Date(at).toISOString(),
        });
      }
      return decision.isAllowed;
    },
    recordAnsweredReads: async (agent, tickets) => {
      const at = now();
      await Promise.all(
        tickets.map((ticket) =>
          accessLog.record({
            agentId: agent.id,
            ticketId: ticket.id,
            kind: 'read',
            counted: ticket.assignee_id !== agent.id && agent.role !== 'admin',
            at,
          }),
        ),
      );
    },
    recordSearch: (agent, query, resultCount) =>
      accessLog.record({ agentId: agent.id, ticketId: null, kind: 'search', query, resultCount, at: now() }),
    recordExport: (agent, description, resultCount) =>
      accessLog.record({
        agentId: agent.id,
        ticketId: null,
        kind: 'export',
        query: description,
        resultCount,
        at: now(),
      }),
    readLimits,
    setReadLimits: async (limits, actorId) => {
      await options.database.transaction(async (transaction) => {
        const before = readLimitsSchema.safeParse(await readSetting(transaction, 'read_limits'));
        await writeSetting(transaction, 'read_limits', limits);
        await recordSecurityChange(transaction, {
          agentId: actorId,
          action: 'security.read_limits',
          before: before.success ? before.data : { hourly_ticket_budget: defaultHourlyTicketBudget },
          after: limits,
        });
        await appendChanges(transaction, [{ type: 'settings.updated', ticketId: null, agentId: null }]);
      });
      cachedLimits = { value: limits, at: now() };
      options.onChangesCommitted?.();
      return limits;
    },
    forgetSettings: () => {
      cachedLimits = null;
    },
    retention,
    setRetention: async (value, actorId) => {
      const before = await retention();
      await options.database.transaction(async (transaction) => {
        await writeSetting(transaction, 'access_log_retention', value);
        await recordSecurityChange(transaction, {
          agentId: actorId,
          action: 'security.access_log_retention',
          before,
          after: value,
        });
      });
      await pruneAccessLog();
      return value;
    },
    pruneAccessLog,
  };
}
