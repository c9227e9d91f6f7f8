import {
  defaultTeamScopeSetting,
  teamScopeSettingSchema,
  type TeamScopeSetting,
} from '../../shared/access/team-scope-schemas';
import type { Agent } from '../../shared/domain/schemas';
import { roleAtLeast } from '../../shared/domain/vocabulary';
import { appendChanges } from '../storage/change-log';
import type { SqlDatabase, SqlParameter } from '../storage/database';
import { isUuid } from '../storage/sql-helpers';
import { readSetting, writeSetting } from '../storage/settings';
import { recordSecurityChange } from './security-audit';
import { scopeCondition, type TicketScope } from '../storage/ticket-scope';

export type { TicketScope } from '../storage/ticket-scope';

/**
 * How long a node keeps the setting and an agent's teams before reading them again. A change through any
 * node (the scope, a team's members) drops them at once (`forgetSettings` on its `settings.updated`); the
 * age is a backstop.
 */
const cacheMs = 5_000;

/** Options of `createTeamScope`. */
export interface TeamScopeOptions {
  database: SqlDatabase;
  now?: () => number;
  /** Told after a new setting committed with its `settings.updated` change (the broadcaster). */
  onChangesCommitted?: () => void;
}

/** The lead's team scope and what it lets each agent see (docs/security.md "Team scope"). */
export interface TeamScope {
  setting(): Promise<TeamScopeSetting>;
  /**
   * Stores the setting, audit-logged as `actorId`'s change, and records `settings.updated`, so every service
   * node reads it again.
   */
  setSetting(setting: TeamScopeSetting, actorId: string | null): Promise<TeamScopeSetting>;
  /** Drops the setting and the agents' teams kept in memory (a `settings.updated` change from any node). */
  forgetSettings(): void;
  /** What `agent` may see, or null when they see everything (scope off, or a lead or admin). */
  scopeFor(agent: Agent): Promise<TicketScope | null>;
  /**
   * Of `ticketIds`, those `agent` may see (every one when unscoped). An id of no stored ticket is left out
   * for a scoped agent.
   */
  visibleTicketIds(agent: Agent, ticketIds: readonly string[]): Promise<Set<string>>;
  /**
   * Of `given` (ticket ids or numbers, as a request named them), those of stored tickets `agent` may not see,
   * in the order given; empty when unscoped. Unknown tickets are left out (the caller's own 404 follows).
   */
  outsideOf(agent: Agent, given: readonly string[]): Promise<string[]>;
  /** True when `agent` may see the ticket with this id or number (true when it does not exist: a 404 follows). */
  maySee(agent: Agent, idOrNumber: string): Promise<boolean>;
  /**
   * Who may hear of a change to this ticket (live events): null when everyone may (scope off), else a test of
   * one agent against the ticket as stored now.
   */
  audienceOf(ticketId: string): Promise<((agent: Agent) => Promise<boolean>) | null>;
}

/** The team scope over `options.database`, its setting stored under `team_scope`. */
export function createTeamScope(options: TeamScopeOptions): TeamScope {
  const { database } = options;
  const now = options.now ?? Date.now;
  let cachedSetting: { value: TeamScopeSetting; at: number } | null = null;
  const scopes = new Map<string, { value: TicketScope; at: number }>();
  const setting = async (): Promise<TeamScopeSetting> => {
    const at = now();
    if (cachedSetting !== null && at - cachedSetting.at < cacheMs) {
      return cachedSetting.value;
    }
    const stored = teamScopeSettingSchema.safeParse(await readSetting(database, 'team_scope'));
    const value = stored.success ? stored.data : defaultTeamScopeSetting;
    cachedSetting = { value, at };
    return value;
  };
  const scopeFor = async (agent: Agent): Promise<TicketScope | null> => {
    if (roleAtLeast(agent.role, 'lead') || !(await setting()).enabled) {
      return null;
    }
    const at = now();
    const cached = scopes.get(agent.id);
    if (cached !== undefined && at - cached.at < cacheMs) {
      return cached.value;
    }
    const rows = await database.query<{ id: string; categories: string[] }>(
      `select team.id, team.categories from routing_teams team
       where exists (select 1 from routing_team_members member
                     where member.team_id = team.id and member.agent_id = $1::uuid)`,
      [agent.id],
    );
    const value: TicketScope = {
      agentId: agent.id,
      categories: [...new Set(rows.flatMap((row) => row.categories))],
      teamIds: rows.map((row) => row.id),
    };
    scopes.set(agent.id, { value, at });
    return value;
  };
  const visibleAmong = async (scope: TicketScope, ids: readonly string[]): Promise<Set<string>> => {
    const values: SqlParameter[] = [ids];
    const add = (value: SqlParameter): string => {
      values.push(value);
      return `$${values.length}`;
    };
    const rows = await database.query<{ id: string }>(
      `select id::text as id from tickets where id = any($1::uuid[]) and ${scopeCondition(scope, add)}`,
      values,
    );
    return new Set(rows.map((row) => row.id));
  };
  return {
    setting,
    setSetting: async (value, actorId) => {
      await database.transaction(async (transaction) => {
        // The stored value, not this node's cache, which may be up to 5 s behind another node's change.
        const before = teamScopeSettingSchema.safeParse(await readSetting(transaction, 'team_scope'));
        await writeSetting(transaction, 'team_scope', value);
        await recordSecurityChange(transaction, {
          agentId: actorId,
          action: 'security.team_scope',
          before: before.success ? before.data : defaultTeamScopeSetting,
          after: value,
        });
        await appendChanges(transaction, [{ type: 'settings.updated', ticketId: null, agentId: null }]);
      });
      cachedSetting = { value, at: now() };
      options.onChangesCommitted?.();
      return value;
    },
    forgetSettings: () => {
      cachedSetting = null;
      scopes.clear();
    },
    scopeFor,
    visibleTicketIds: async (agent, ticketIds) => {
      const scope = await scopeFor(agent);
      if (scope === null) {
        return new Set(ticketIds);
      }
      const ids = [...new Set(ticketIds.filter(isUuid).map((id) => id.toLowerCase()))];
      return ids.length === 0 ? new Set() : visibleAmong(scope, ids);
    },
    outsideOf: async (agent, given) => {
      const scope = await scopeFor(agent);
      if (scope === null) {
        return [];
      }
      const ids = [...new Set(given.filter(isUuid).map((id) => id.toLowerCase()))];
      const numbers = [...new Set(given.filter((entry) => /^\d{1,15}$/.test(entry)).map(Number))];
      if (ids.length === 0 && numbers.length === 0) {
        return [];
      }
      const values: SqlParameter[] = [ids, numbers];
      const add = (value: SqlParameter): string => {
        values.push(value);
        return `$${values.length}`;
      };
      // coalesce: the condition is null, not false, for a ticket with no assignee, category or team.
      const rows = await database.query<{ id: string; number: number | string }>(
        `select id::text as id, number from tickets
         where (id = any($1::uuid[]) or number = any($2::bigint[]))
           and not coalesce(${scopeCondition(scope, add)}, false)`,
        values,
      );
      const outside = new Set(rows.flatMap((row) => [row.id, String(row.number)]));
      return given.filter((entry) => outside.has(entry.toLowerCase()));
    },
    maySee: async (agent, idOrNumber) => {
      const scope = await scopeFor(agent);
      if (scope === null) {
        return true;
      }
      let ids: string[];
      if (isUuid(idOrNumber)) {
        ids = [idOrNumber.toLowerCase()];
      } else if (/^\d{1,15}$/.test(idOrNumber)) {
        const rows = await database.query<{ id: string }>(
          'select id::text as id from tickets where number = $1',
          [Number(idOrNumber)],
        );
        ids = rows.map((row) => row.id);
      } else {
        return true;
      }
      const [id] = ids;
      if (id === undefined) {
        return true;
      }
      const exists = await database.query<{ id: string }>('select id from tickets where id = $1::uuid', [id]);
      return exists.length === 0 || (await visibleAmong(scope, [id])).has(id);
    },
    audienceOf: async (ticketId) => {
      if (!(await setting()).enabled || !isUuid(ticketId)) {
        return null;
      }
      const rows = await database.query<{
        assignee_id: string | null;
        category: string | null;
        routing_team_id: string | null;
      }>('select assignee_id::text, category, routing_team_id::text from tickets where id = $1::uuid', [
        ticketId,
      ]);
      const ticket = rows[0];
      return async (agent) => {
        const scope = await scopeFor(agent);
        return (
          scope === null ||
          (ticket !== undefined &&
            (ticket.assignee_id === scope.agentId ||
              (ticket.category !== null && scope.categories.includes(ticket.category)) ||
              (ticket.routing_team_id !== null && scope.teamIds.includes(ticket.routing_team_id))))
        );
      };
    },
  };
}
