import type { Ticket } from '../../../shared/domain/schemas';
import type { AgentPreferences } from '../../../shared/domain/workflow-schemas';
import type { RoutingConfiguration, TeamLandingView } from '../../../shared/domain/routing-schemas';
import type { QueueViewDefinition } from '../../../shared/queue/views';
import { sortingOf } from './column-preferences';
import { defaultQueueSorting, type QueueSort } from './queue-model';

/**
 * The agent's working order (docs/agent-day.md): which views sort by SLA due time, each view's own sort, the
 * agent's teams' categories and landing view, and which ticket is "next". Pure, so it is unit-tested.
 */

/** Work views: the most urgent deadline first (breached ones are past due, so they come first). */
const bySlaDue: readonly QueueSort[] = [{ id: 'sla', desc: false }];
const byUpdate: readonly QueueSort[] = [{ id: 'updated', desc: true }];

/** The sort a view starts with until the agent sorts it otherwise. */
export function defaultViewSorting(view: QueueViewDefinition): readonly QueueSort[] {
  switch (view.kind) {
    case 'next':
    case 'mine':
    case 'unassigned':
    case 'sla_breached':
    case 'sla_at_risk':
    case 'category':
      return bySlaDue;
    case 'awaiting_customer':
    case 'recently_updated':
      return byUpdate;
    default:
      return defaultQueueSorting;
  }
}

/** The sort `view` shows: the agent's own for that view, else the view's default. */
export function viewSortingOf(
  viewSorts: AgentPreferences['view_sorts'],
  view: QueueViewDefinition,
): readonly QueueSort[] {
  return sortingOf(viewSorts?.[view.id]) ?? defaultViewSorting(view);
}

/** `viewSorts` with `view`'s sort replaced (the other views keep theirs). */
export function withViewSorting(
  viewSorts: AgentPreferences['view_sorts'],
  view: QueueViewDefinition,
  sorting: readonly QueueSort[],
): NonNullable<AgentPreferences['view_sorts']> {
  return { ...viewSorts, [view.id]: sorting.slice(0, 5).map((key) => ({ id: key.id, desc: key.desc })) };
}

/** What the agent's teams say: the categories they own (null: in no team) and where the agent lands. */
export interface MyWork {
  categories: readonly string[] | null;
  landingViewId: TeamLandingView;
  /** Whether a reply assigns, per the agent's first team (true without one). */
  assignsOnReply: boolean;
}

/** The agent's teams' categories and landing view; the first team the agent is a member of decides the view. */
export function myWorkOf(routing: RoutingConfiguration, agentId: string): MyWork {
  const teams = routing.teams.filter((team) => team.member_ids.includes(agentId));
  if (teams.length === 0) {
    return { categories: null, landingViewId: 'next', assignsOnReply: true };
  }
  const first = teams[0];
  return {
    categories: [...new Set(teams.flatMap((team) => team.categories))],
    landingViewId: first?.landing_view ?? 'next',
    assignsOnReply: first?.assign_on_reply ?? true,
  };
}

/** Views whose order is the order of work: after a reply there, the next ticket opens by itself. */
export function isWorkView(view: QueueViewDefinition): boolean {
  return ['next', 'mine', 'unassigned', 'sla_breached', 'sla_at_risk', 'category'].includes(view.kind);
}

/**
 * The ticket `n` opens after `currentId`: the next row of the view, skipping tickets the agent already
 * handled this session; the first such row when the current ticket is the last or not (or no longer) in
 * the view; never the current one; null when the view holds nothing else.
 */
export function nextTicketId(
  rows: readonly Ticket[],
  currentId: string | null,
  handled: ReadonlySet<string> = new Set(),
): string | null {
  const isCandidate = (ticket: Ticket): boolean => ticket.id !== currentId && !handled.has(ticket.id);
  const index = currentId === null ? -1 : rows.findIndex((ticket) => ticket.id === currentId);
  for (let position = index + 1; index >= 0 && position < rows.length; position += 1) {
    const ticket = rows[position] as Ticket;
    if (isCandidate(ticket)) {
      return ticket.id;
    }
  }
  return rows.find(isCandidate)?.id ?? null;
}

/**
 * The ticket that opens after a reply: the top of the view (its most urgent ticket), leaving out the one
 * just answered and the others answered this session (a ticket whose other clock is still late stays at
 * the top after its reply, and must not come back at once).
 */
export function nextTicketAfterReply(
  rows: readonly Ticket[],
  currentId: string,
  handled: ReadonlySet<string>,
): string | null {
  return rows.find((ticket) => ticket.id !== currentId && !handled.has(ticket.id))?.id ?? null;
}
