import type {
  AgentRoutingProfile,
  PriorityRule,
  RoutingDecision,
  RoutingReason,
  RoutingTeam,
} from '../domain/routing-schemas';
import { ticketPriorities, type TicketPriority, type TicketStatus } from '../domain/vocabulary';
import { priorityFor } from './priority-rules';

/** The statuses whose SLA clock runs: a ticket in one of them counts as its assignee's load. */
export const loadStatuses: readonly TicketStatus[] = ['new', 'open'];

/** Minutes after which a waiting ticket no longer needs the skill and language, unless a lead sets another. */
export const defaultSkillWaitMinutes = 30;

/**
 * Open tickets an agent no lead has set a routing profile for can carry: what routing fills up to and what
 * the Metrics page draws each agent's load against, so the two never disagree.
 */
export const defaultCapacity = 10;

/** Everything routing decides with; the service keeps it in memory. */
export interface RoutingState {
  teams: readonly RoutingTeam[];
  /** Profiles by agent id; an agent without one is never handed tickets. */
  profiles: ReadonlyMap<string, AgentRoutingProfile>;
  rules: readonly PriorityRule[];
  skillWaitMinutes: number;
  /** Triage confidence at or above which routing follows the suggested category over the customer's. */
  triageThreshold: number;
  onlineAgentIds: ReadonlySet<string>;
  /** Tickets with a running SLA clock per agent id (absent: none). */
  loads: ReadonlyMap<string, number>;
  /** Per team id, the agent round-robin handed the last ticket to. */
  cursors: ReadonlyMap<string, string>;
}

/** A ticket as routing sees it. */
export interface RoutableTicket {
  id: string;
  subject: string;
  body: string;
  /** The customer's (or an agent's) category key. */
  category: string | null;
  suggestedCategory: { category: string; confidence: number } | null;
  language: string | null;
  /** When it arrived, in milliseconds since the epoch: waiting order and the skill wait count from it. */
  createdAt: number;
}

/** A waiting ticket: unassigned, clock running, with the priority and team it already has. */
export interface WaitingTicket extends RoutableTicket {
  priority: TicketPriority;
  /** The team intake routed it to; null: decided again from its category. */
  teamId: string | null;
}

/** One hand-out `assignWaiting` decided. */
export interface Assignment {
  ticketId: string;
  agentId: string;
  teamId: string;
  reasons: RoutingReason[];
}

/** The category routing files a ticket under, and why. */
export function routingCategory(
  ticket: Pick<RoutableTicket, 'category' | 'suggestedCategory'>,
  triageThreshold: number,
): { category: string | null; reason: RoutingReason } {
  const suggestion = ticket.suggestedCategory;
  if (
    suggestion !== null &&
    suggestion.confidence >= triageThreshold &&
    suggestion.category !== ticket.category
  ) {
    return {
      category: suggestion.category,
      reason: { code: 'followed_suggestion', category: suggestion.category },
    };
  }
  if (ticket.category !== null) {
    return { category: ticket.category, reason: { code: 'customer_category', category: ticket.category } };
  }
  return { category: null, reason: { code: 'no_category' } };
}

/** The first team (in the lead's order) owning `category`, or null. */
export function teamFor(teams: readonly RoutingTeam[], category: string | null): RoutingTeam | null {
  return category === null ? null : (teams.find((team) => team.categories.includes(category)) ?? null);
}

/** Whether `agentId` may take one more ticket now: a member with a profile, online, not paused, under capacity. */
function isAvailable(state: RoutingState, agentId: string): boolean {
  const profile = state.profiles.get(agentId);
  return (
    profile !== undefined &&
    !profile.paused &&
    state.onlineAgentIds.has(agentId) &&
    (state.loads.get(agentId) ?? 0) < profile.capacity
  );
}

/**
 * Whether any member of a team that assigns could take one more ticket now; when nobody can, the rest of
 * the waiting tickets need not be read.
 */
export function anyoneAvailable(state: RoutingState): boolean {
  return state.teams.some(
    (team) => team.strategy !== 'manual' && team.member_ids.some((agentId) => isAvailable(state, agentId)),
  );
}

/** The available member with the least load; ties go to the earlier member (the lead's order). */
function leastLoaded(state: RoutingState, candidates: readonly string[]): string | null {
  let best: string | null = null;
  for (const agentId of candidates) {
    if (best === null || (state.loads.get(agentId) ?? 0) < (state.loads.get(best) ?? 0)) {
      best = agentId;
    }
  }
  return best;
}

/**
 * Who in `team` takes `ticket` now, or null. Only available members count. Round-robin takes the next one
 * after the team's cursor in member order; skills + language takes the least loaded member with the
 * category as a skill and the ticket's language, until the ticket has waited `skillWaitMinutes`: then any
 * available member will do, so a niche queue never starves.
 */
export function pickAssignee(
  team: RoutingTeam,
  ticket: Pick<RoutableTicket, 'language' | 'createdAt'> & { category: string | null },
  state: RoutingState,
  now: number,
): { agentId: string | null; reasons: RoutingReason[] } {
  if (team.strategy === 'manual') {
    return { agentId: null, reasons: [{ code: 'manual_strategy', team_id: team.id }] };
  }
  const available = team.member_ids.filter((agentId) => isAvailable(state, agentId));
  let agentId: string | null = null;
  const reasons: RoutingReason[] = [];
  if (team.strategy === 'round_robin') {
    const cursor = state.cursors.get(team.id);
    const start = cursor === undefined ? -1 : team.member_ids.indexOf(cursor);
    const ordered = [...team.member_ids.slice(start + 1), ...team.member_ids.slice(0, start + 1)];
    agentId = ordered.find((member) => available.includes(member)) ?? null;
  } else if (team.strategy === 'least_loaded') {
    agentId = leastLoaded(state, available);
  } else {
    const skilled = available.filter((member) => {
      const profile = state.profiles.get(member);
      const hasSkill = ticket.category === null || (profile?.skills.includes(ticket.category) ?? false);
      const speaks = ticket.language === null || (profile?.languages.includes(ticket.language) ?? false);
      return hasSkill && speaks;
    });
    agentId = leastLoaded(state, skilled);
    const hasWaited = now - ticket.createdAt >= state.skillWaitMinutes * 60_000;
    if (agentId === null && hasWaited) {
      agentId = leastLoaded(state, available);
      if (agentId !== null) {
        reasons.push({ code: 'skill_dropped', team_id: team.id });
      }
    }
  }
  reasons.push(
    agentId === null
      ? { code: 'nobody_available', team_id: team.id }
      : { code: 'assigned', team_id: team.id, agent_id: agentId },
  );
  return { agentId, reasons };
}

/**
 * Where a new ticket goes: the category (the customer's, or triage's confident suggestion), the team owning
 * it, the priority from the rules, and the assignee the team's strategy picks among its available members.
 */
export function routeTicket(ticket: RoutableTicket, state: RoutingState, now: number): RoutingDecision {
  const reasons: RoutingReason[] = [];
  const { category, reason } = routingCategory(ticket, state.triageThreshold);
  reasons.push(reason);
  const { priority, rule } = priorityFor(state.rules, {
    subject: ticket.subject,
    body: ticket.body,
    category,
    language: ticket.language,
  });
  reasons.push(rule === null ? { code: 'no_rule_matched' } : { code: 'rule_matched', rule_id: rule.id });
  const team = teamFor(state.teams, category);
  if (team === null) {
    reasons.push(category === null ? { code: 'no_team' } : { code: 'no_team', category });
    return { category, team_id: null, assignee_id: null, priority, reasons };
  }
  reasons.push({ code: 'team_owns_category', team_id: team.id, ...(category === null ? {} : { category }) });
  const pick = pickAssignee(team, { ...ticket, category }, state, now);
  reasons.push(...pick.reasons);
  return { category, team_id: team.id, assignee_id: pick.agentId, priority, reasons };
}

/** The state after handing `agentId` one more ticket of `teamId`. */
export function afterAssignment(state: RoutingState, teamId: string, agentId: string): RoutingState {
  const loads = new Map(state.loads);
  loads.set(agentId, (loads.get(agentId) ?? 0) + 1);
  const cursors = new Map(state.cursors);
  cursors.set(teamId, agentId);
  return { ...state, loads, cursors };
}

/**
 * Hands out waiting tickets, most urgent first and then oldest first, to available agents until nobody is
 * left under capacity. Returns the assignments and the state after them (loads and cursors moved on).
 */
export function assignWaiting(
  state: RoutingState,
  waiting: readonly WaitingTicket[],
  now: number,
): { assignments: Assignment[]; state: RoutingState } {
  const ordered = [...waiting].sort(
    (left, right) =>
      ticketPriorities.indexOf(right.priority) - ticketPriorities.indexOf(left.priority) ||
      left.createdAt - right.createdAt ||
      (left.id < right.id ? -1 : left.id > right.id ? 1 : 0),
  );
  let current = state;
  const assignments: Assignment[] = [];
  for (const ticket of ordered) {
    const category = routingCategory(ticket, current.triageThreshold).category;
    const team =
      (ticket.teamId === null ? null : current.teams.find((candidate) => candidate.id === ticket.teamId)) ??
      teamFor(current.teams, category);
    if (team === null) {
      continue;
    }
    const pick = pickAssignee(team, { ...ticket, category }, current, now);
    if (pick.agentId !== null) {
      assignments.push({
        ticketId: ticket.id,
        agentId: pick.agentId,
        teamId: team.id,
        reasons: pick.reasons,
      });
      current = afterAssignment(current, team.id, pick.agentId);
    }
  }
  return { assignments, state: current };
}
