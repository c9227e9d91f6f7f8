import type {
  AgentRoutingProfile,
  AgentRoutingProfileInput,
  AuditEntry,
  PriorityRule,
  RoutingRulesInput,
  RoutingTeam,
  RoutingTeamInput,
  TeamLandingView,
} from '../../shared/domain/routing-schemas';
import type { TicketPriority } from '../../shared/domain/vocabulary';
import { securityActionPrefix } from '../access/security-audit';
import { defaultCapacity, type Assignment, type WaitingTicket } from '../../shared/routing/route';
import { appendChanges, type NewChange } from '../storage/change-log';
import type { SqlDatabase, SqlExecutor } from '../storage/database';
import { systemAdminEmail } from '../storage/agent-store';
import { businessTimeChanges } from '../storage/team-calendars';
import { calendarJson, calendarScope, storedCalendar } from './team-calendar-edits';

/** What routing keeps in the database, read whole (a few rows: teams, profiles, one settings row). */
export interface StoredRouting {
  teams: RoutingTeam[];
  profiles: AgentRoutingProfile[];
  rules: PriorityRule[];
  skillWaitMinutes: number;
  cursors: Map<string, string>;
}

/** Why a routing edit was refused. */
export type RoutingRefusal =
  | { refusal: 'not_found' }
  | { refusal: 'unknown_category'; field: string }
  | { refusal: 'unknown_agent'; field: string };

/** Reads teams (in the lead's order, members in order), every person's profile (defaults filled in), rules. */
export async function readRouting(executor: SqlExecutor): Promise<StoredRouting> {
  const teams = await executor.query<{
    id: string;
    name: string;
    categories: string[];
    strategy: string;
    landing_view: string;
    assign_on_reply: boolean;
    business_calendar: unknown;
    member_ids: string[] | null;
  }>(
    `select team.id, team.name, team.categories, team.strategy, team.landing_view, team.assign_on_reply,
       team.business_calendar,
       array(select member.agent_id::text from routing_team_members member
             where member.team_id = team.id order by member.position, member.agent_id) as member_ids
     from routing_teams team order by team.position, team.created_at, team.id`,
  );
  // Every person who can be assigned has a profile: a stored one, else their languages and the default capacity.
  const profiles = await executor.query<{
    agent_id: string;
    skills: string[] | null;
    languages: string[];
    capacity: number | null;
    paused: boolean | null;
  }>(
    `select agent.id as agent_id, profile.skills, coalesce(profile.languages, agent.languages) as languages,
       profile.capacity, profile.paused
     from agents agent left join agent_routing_profiles profile on profile.agent_id = agent.id
     where not agent.is_system and not agent.is_disabled order by agent.name, agent.id`,
  );
  const settings = await executor.query<{ rules: PriorityRule[]; skill_wait_minutes: number }>(
    'select rules, skill_wait_minutes from routing_settings where id',
  );
  const cursors = await executor.query<{ team_id: string; agent_id: string }>(
    'select team_id, agent_id from routing_cursors',
  );
  return {
    teams: teams.map((team) => ({
      id: team.id,
      name: team.name,
      categories: team.categories,
      member_ids: team.member_ids ?? [],
      strategy: team.strategy as RoutingTeam['strategy'],
      landing_view: team.landing_view as TeamLandingView,
      assign_on_reply: team.assign_on_reply,
      business_calendar: storedCalendar(team.business_calendar),
    })),
    profiles: profiles.map((profile) => ({
      agent_id: profile.agent_id,
      skills: profile.skills ?? [],
      languages: profile.languages,
      capacity: profile.capacity ?? defaultCapacity,
      paused: profile.paused ?? false,
    })),
    rules: settings[0]?.rules ?? [],
    skillWaitMinutes: Number(settings[0]?.skill_wait_minutes ?? 30),
    cursors: new Map(cursors.map((cursor) => [cursor.team_id, cursor.agent_id])),
  };
}

/** Tickets with a running SLA clock per assignee. */
export async function readLoads(executor: SqlExecutor): Promise<Map<string, number>> {
  const rows = await executor.query<{ assignee_id: string; count: number | string }>(
    `select assignee_id, count(*) as count from tickets
     where assignee_id is not null and status in ('new', 'open') group by assignee_id`,
  );
  return new Map(rows.map((row) => [row.assignee_id, Number(row.count)]));
}

/** Where a page of waiting tickets ended: the next page starts after it. */
export interface WaitingKey {
  urgency: number;
  /** `created_at` as PostgreSQL's text (microseconds kept: a JavaScript Date would round them away). */
  createdAt: string;
  id: string;
}

/** How urgent a priority is in the waiting order: 1 for urgent, then high, normal, low. */
const urgencySql = `array_position(array['urgent', 'high', 'normal', 'low']::text[], priority)`;

/**
 * Up to `limit` waiting tickets (new or open, unassigned, not merged), most urgent first, then oldest first,
 * starting after `after` (keyset paging, so assignments written between pages move nothing), and the key
 * of the last one.
 */
export async function readWaiting(
  executor: SqlExecutor,
  limit: number,
  after: WaitingKey | null = null,
): Promise<{ tickets: WaitingTicket[]; last: WaitingKey | null }> {
  const rows = await executor.query<{
    id: string;
    category: string | null;
    suggested_category: { category: string; confidence: number } | null;
    language: string | null;
    priority: TicketPriority;
    created_at: Date | string;
    created_key: string;
    urgency: number;
    routing_team_id: string | null;
  }>(
    `select id, category, suggested_category, language, priority, created_at, created_at::text as created_key,
       ${urgencySql} as urgency, routing_team_id from tickets
     where assignee_id is null and status in ('new', 'open') and merged_into_ticket_id is null
       and ($2::int is null or (${urgencySql}, created_at, id) > ($2::int, $3::timestamptz, $4::uuid))
     order by ${urgencySql}, created_at, id limit $1`,
    [limit, after?.urgency ?? null, after?.createdAt ?? null, after?.id ?? null],
  );
  const last = rows.at(-1);
  return {
    tickets: rows.map((row) => ({
      id: row.id,
      subject: '',
      body: '',
      category: row.category,
      suggestedCategory: row.suggested_category,
      language: row.language,
      priority: row.priority,
      createdAt: new Date(row.created_at).getTime(),
      teamId: row.routing_team_id,
    })),
    last: last === undefined ? null : { urgency: last.urgency, createdAt: last.created_key, id: last.id },
  };
}

/**
 * Stores assignments the router decided, each only if the ticket is still unassigned with a running clock
 * (an agent may have taken it meanwhile), with one `ticket.updated` change each, and the round-robin
 * cursors. Resolves with the ids of the tickets actually assigned.
 */
export async function writeAssignments(
  database: SqlDatabase,
  assignments: readonly Assignment[],
  cursors: ReadonlyMap<string, string>,
): Promise<string[]> {
  return database.transaction(async (transaction) => {
    const rows = await transaction.query<{ id: string }>(
      `update tickets set assignee_id = given.agent_id, version = version + 1, updated_at = now()
       from unnest($1::uuid[], $2::uuid[]) as given(ticket_id, agent_id)
       where tickets.id = given.ticket_id and tickets.assignee_id is null and tickets.status in ('new', 'open')
       returning tickets.id`,
      [
        assignments.map((assignment) => assignment.ticketId),
        assignments.map((assignment) => assignment.agentId),
      ],
    );
    await writeCursors(transaction, cursors);
    await appendChanges(
      transaction,
      rows.map((row) => ({ type: 'ticket.updated' as const, ticketId: row.id, agentId: null })),
    );
    return rows.map((row) => row.id);
  });
}

/** Stores the round-robin cursors (teams deleted meanwhile are skipped). */
export async function writeCursors(
  executor: SqlExecutor,
  cursors: ReadonlyMap<string, string>,
): Promise<void> {
  if (cursors.size === 0) {
    return;
  }
  await executor.query(
    `insert into routing_cursors (team_id, agent_id)
     select given.team_id, given.agent_id from unnest($1::uuid[], $2::uuid[]) as given(team_id, agent_id)
     where exists (select 1 from routing_teams where id = given.team_id)
       and exists (select 1 from agents where id = given.agent_id)
     on conflict (team_id) do update set agent_id = excluded.agent_id`,
    [[...cursors.keys()], [...cursors.values()]],
  );
}

/** The first of `keys` that is not a known category, or null. */
async function unknownCategory(executor: SqlExecutor, keys: readonly string[]): Promise<string | null> {
  if (keys.length === 0) {
    return null;
  }
  const rows = await executor.query<{ key: string }>(
    'select key from unnest($1::text[]) as given(key) where not exists (select 1 from categories where categories.key = given.key)',
    [keys],
  );
  return rows[0]?.key ?? null;
}

/** The first of `ids` that is not an assignable agent, or null. */
async function unknownAgent(executor: SqlExecutor, ids: readonly string[]): Promise<string | null> {
  const wellFormed = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const malformed = ids.find((id) => !wellFormed.test(id));
  if (malformed !== undefined) {
    return malformed;
  }
  if (ids.length === 0) {
    return null;
  }
  const rows = await executor.query<{ id: string }>(
    `select given.id from unnest($1::uuid[]) as given(id)
     where not exists (select 1 from agents where agents.id = given.id and not is_system and not is_disabled)`,
    [ids],
  );
  return rows[0]?.id ?? null;
}

/**
 * Records an audit entry and a `settings.updated` change (consoles refetch the routing page), then
 * `alsoChanges` (a calendar's recomputed tickets).
 */
async function recordChange(
  transaction: SqlExecutor,
  agentId: string,
  action: string,
  details: Record<string, unknown>,
  alsoChanges: readonly NewChange[] = [],
): Promise<void> {
  await transaction.query('insert into audit_log (agent_id, action, details) values ($1, $2, $3::jsonb)', [
    agentId,
    action,
    JSON.stringify(details),
  ]);
  await appendChanges(transaction, [{ type: 'settings.updated', ticketId: null, agentId }, ...alsoChanges]);
}

/** Creates a team (last in order) or replaces one; audit-logged with the before and after. */
export async function saveTeam(
  database: SqlDatabase,
  teamId: string | null,
  input: RoutingTeamInput,
  agentId: string,
): Promise<{ teamId: string } | RoutingRefusal> {
  const memberIds = [...new Set(input.member_ids.map((id) => id.toLowerCase()))];
  return database.transaction(async (transaction) => {
    const category = await unknownCategory(transaction, input.categories);
    if (category !== null) {
      return { refusal: 'unknown_category', field: `categories.${input.categories.indexOf(category)}` };
    }
    const agent = await unknownAgent(transaction, memberIds);
    if (agent !== null) {
      return { refusal: 'unknown_agent', field: `member_ids.${memberIds.indexOf(agent)}` };
    }
    let before: RoutingTeam | null = null;
    let id: string;
    if (teamId === null) {
      const rows = await transaction.query<{ id: string }>(
        `insert into routing_teams (name, categories, strategy, landing_view, assign_on_reply, business_calendar,
           position)
         values ($1, $2::text[], $3, $4, $5, $6::jsonb, (select coalesce(max(position) + 1, 0) from routing_teams))
         returning id`,
        [
          input.name,
          input.categories,
          input.strategy,
          input.landing_view ?? 'next',
          input.assign_on_reply ?? true,
          calendarJson(input.business_calendar),
        ],
      );
      id = rows[0]?.id ?? '';
    } else {
      const stored = await readRouting(transaction);
      before = stored.teams.find((team) => team.id === teamId) ?? null;
      if (before === null) {
        return { refusal: 'not_found' };
      }
      id = teamId;
      await transaction.query(
        `update routing_teams set name = $2, categories = $3::text[], strategy = $4,
           landing_view = coalesce($5, landing_view), assign_on_reply = coalesce($6, assign_on_reply),
           business_calendar = case when $7::boolean then $8::jsonb else business_calendar end,
           updated_at = now() where id = $1`,
        [
          id,
          input.name,
          input.categories,
          input.strategy,
          input.landing_view ?? null,
          input.assign_on_reply ?? null,
          input.business_calendar !== undefined,
          calendarJson(input.business_calendar),
        ],
      );
      await transaction.query('delete from routing_team_members where team_id = $1', [id]);
    }
    await transaction.query(
      `insert into routing_team_members (team_id, agent_id, position)
       select $1, given.agent_id, given.position from unnest($2::uuid[]) with ordinality as given(agent_id, position)`,
      [id, memberIds],
    );
    await recordChange(
      transaction,
      agentId,
      teamId === null ? 'routing.team_created' : 'routing.team_updated',
      {
        team_id: id,
        before,
        after: { ...input, member_ids: memberIds },
      },
      await businessTimeChanges(transaction, calendarScope(id, before, input), agentId),
    );
    return { teamId: id };
  });
}

/** Replaces an agent's routing profile; audit-logged with the before and after. */
export async function saveProfile(
  database: SqlDatabase,
  profileAgentId: string,
  input: AgentRoutingProfileInput,
  agentId: string,
): Promise<{ profile: AgentRoutingProfile } | RoutingRefusal> {
  return database.transaction(async (transaction) => {
    if ((await unknownAgent(transaction, [profileAgentId])) !== null) {
      return { refusal: 'not_found' };
    }
    const category = await unknownCategory(transaction, input.skills);
    if (category !== null) {
      return { refusal: 'unknown_category', field: `skills.${input.skills.indexOf(category)}` };
    }
    const before = (await readRouting(transaction)).profiles.find(
      (profile) => profile.agent_id === profileAgentId,
    );
    const skills = [...new Set(input.skills)];
    const languages = [...new Set(input.languages.map((language) => language.toLowerCase()))];
    await transaction.query(
      `insert into agent_routing_profiles (agent_id, skills, languages, capacity, paused)
       values ($1, $2::text[], $3::text[], $4, $5)
       on conflict (agent_id) do update set skills = excluded.skills, languages = excluded.languages,
         capacity = excluded.capacity, paused = excluded.paused, updated_at = now()`,
      [profileAgentId, skills, languages, input.capacity, input.paused],
    );
    const profile = {
      agent_id: profileAgentId,
      skills,
      languages,
      capacity: input.capacity,
      paused: input.paused,
    };
    await recordChange(transaction, agentId, 'routing.agent_updated', {
      agent_id: profileAgentId,
      before: before ?? null,
      after: profile,
    });
    return { profile };
  });
}

/** Replaces the priority rules and the skill wait; audit-logged with the before and after. */
export async function saveRules(
  database: SqlDatabase,
  input: RoutingRulesInput,
  agentId: string,
): Promise<{ saved: true } | RoutingRefusal> {
  return database.transaction(async (transaction) => {
    for (const [index, rule] of input.rules.entries()) {
      const category = await unknownCategory(transaction, rule.categories);
      if (category !== null) {
        return {
          refusal: 'unknown_category',
          field: `rules.${index}.categories.${rule.categories.indexOf(category)}`,
        };
      }
    }
    const before = await transaction.query<{ rules: PriorityRule[]; skill_wait_minutes: number }>(
      'select rules, skill_wait_minutes from routing_settings where id for update',
    );
    await transaction.query(
      'update routing_settings set rules = $1::jsonb, skill_wait_minutes = $2, updated_at = now() where id',
      [JSON.stringify(input.rules), input.skill_wait_minutes],
    );
    await recordChange(transaction, agentId, 'routing.rules_updated', {
      before: before[0] ?? null,
      after: input,
    });
    return { saved: true };
  });
}

/**
 * The newest `limit` audit entries: all of them, only the security changes (`security.*`, see
 * `server/access/security-audit.ts`), or only the rest (routing edits, merges).
 */
export async function readAudit(
  executor: SqlExecutor,
  limit: number,
  scope: 'all' | 'security' | 'routing' = 'all',
): Promise<AuditEntry[]> {
  const condition =
    scope === 'all'
      ? ''
      : `where action ${scope === 'security' ? '' : 'not '}like '${securityActionPrefix}%'`;
  const rows = await executor.query<{
    id: number | string;
    at: Date | string;
    agent_id: string | null;
    agent_name: string | null;
    by_admin_token: boolean | null;
    action: string;
    ticket_ids: string[];
    details: Record<string, unknown>;
  }>(
    `select l.id, l.at, l.agent_id, a.name as agent_name, a.email = $2 as by_admin_token, l.action,
            l.ticket_ids, l.details
     from audit_log l left join agents a on a.id = l.agent_id
     ${condition.replace('where action', 'where l.action')} order by l.id desc limit $1`,
    [limit, systemAdminEmail],
  );
  return rows.map((row) => ({
    id: Number(row.id),
    at: new Date(row.at).toISOString(),
    agent_id: row.agent_id,
    agent_name: row.agent_name,
    by_admin_token: row.by_admin_token === true,
    action: row.action,
    ticket_ids: row.ticket_ids,
    details: row.details,
  }));
}
