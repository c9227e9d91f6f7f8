import type { Ticket } from '../domain/schemas';
import { ticketStatuses, type TicketStatus } from '../domain/vocabulary';
import type { SavedView, ViewFilters } from '../domain/workflow-schemas';
import { slaAttention } from '../sla/attention';
import { normalizeSearchText, parseSearchWords } from './search-text';

/**
 * Queue views: named filters over the ticket list (built-in ones and an agent's saved ones), whether a
 * ticket matches one, and how many tickets each view holds. Pure: the agent and the clock are passed in, so
 * the same counts come out in the console, a test or the benchmark.
 */

/** Who is looking and when: `me` in a filter is `agentId`; SLA and "updated within" use `now` (ms). */
export interface ViewContext {
  agentId: string;
  now: number;
}

/** What kind of view a definition is; the console names built-in kinds from its translations. */
export type QueueViewKind =
  | 'next'
  | 'mine'
  | 'unassigned'
  | 'category'
  | 'sla_breached'
  | 'sla_at_risk'
  | 'awaiting_customer'
  | 'recently_updated'
  | 'all'
  | 'saved';

/** A view the queue can show: its id, its filters and what names it (a category key or a saved name). */
export interface QueueViewDefinition {
  id: string;
  kind: QueueViewKind;
  filters: ViewFilters;
  /** For `category` views: the category key (`none`: uncategorized). */
  category?: string;
  /** For `saved` views: the name the agent gave it. */
  name?: string;
}

/** Statuses an agent still has work in; solved and closed tickets leave the working views. */
export const activeStatuses: readonly TicketStatus[] = ticketStatuses.filter(
  (status) => status !== 'solved' && status !== 'closed',
);

/** How far back "recently updated" looks. */
export const recentlyUpdatedHours = 24;

/** Id of the view that shows every ticket. */
export const allViewId = 'all';

/** Id of "My work": the view agents land on unless their team's lead chose another. */
export const nextViewId = 'next';

/** Statuses with work to do now: "My work" leaves out tickets waiting on the customer or a third party. */
export const workableStatuses: readonly TicketStatus[] = ['new', 'open'];

/**
 * The built-in views in sidebar order: my work, mine, unassigned, breached, at risk, awaiting customer,
 * recently updated, all, then one per category (active tickets only, like mine and unassigned).
 * `myCategories` are the categories of the agent's teams: "My work" holds the agent's own workable
 * tickets and the unassigned ones in those categories (every unassigned one when null: no team).
 */
export function builtInViews(
  categoryKeys: readonly string[],
  myCategories: readonly string[] | null = null,
): QueueViewDefinition[] {
  const active = [...activeStatuses];
  return [
    {
      id: nextViewId,
      kind: 'next',
      filters: {
        assignees: ['me', 'none'],
        statuses: [...workableStatuses],
        ...(myCategories === null ? {} : { unassigned_categories: [...myCategories] }),
      },
    },
    { id: 'mine', kind: 'mine', filters: { assignees: ['me'], statuses: active } },
    { id: 'unassigned', kind: 'unassigned', filters: { assignees: ['none'], statuses: active } },
    { id: 'sla_breached', kind: 'sla_breached', filters: { sla: 'breached' } },
    { id: 'sla_at_risk', kind: 'sla_at_risk', filters: { sla: 'at_risk_only' } },
    { id: 'awaiting_customer', kind: 'awaiting_customer', filters: { statuses: ['awaiting_customer'] } },
    {
      id: 'recently_updated',
      kind: 'recently_updated',
      filters: { updated_within_hours: recentlyUpdatedHours },
    },
    { id: allViewId, kind: 'all', filters: {} },
    ...categoryKeys.map((key): QueueViewDefinition => ({
      id: `category:${key}`,
      kind: 'category',
      category: key,
      filters: { categories: [key], statuses: active },
    })),
  ];
}

/** A saved view as a view definition (its id is prefixed so it never collides with a built-in one). */
export function savedViewDefinition(view: SavedView): QueueViewDefinition {
  return { id: `saved:${view.id}`, kind: 'saved', name: view.name, filters: view.filters };
}

/** Shape of `Date.prototype.toISOString()` output, which orders as text exactly as it orders in time. */
const canonicalIso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/u;

/**
 * True when timestamp `text` is at or after `since` (ms; `sinceText` is its ISO form). The service writes
 * canonical ISO text, which compares as a string without parsing (100,000 `Date.parse` calls would cost
 * a filter ~20 ms); any other form is parsed.
 */
function isAtOrAfter(text: string, since: number, sinceText: string): boolean {
  return text.length === 24 && canonicalIso.test(text) ? text >= sinceText : Date.parse(text) >= since;
}

/** A compiled filter: a predicate over tickets, built once per filters and context. */
export type TicketPredicate = (ticket: Ticket) => boolean;

function slaMatches(ticket: Ticket, wanted: 'at_risk' | 'breached' | 'at_risk_only', now: number): boolean {
  const attention = slaAttention(ticket, now);
  switch (wanted) {
    case 'breached':
      return attention === 'breached';
    case 'at_risk':
      return attention !== null;
    case 'at_risk_only':
      return attention === 'at_risk';
  }
}

/**
 * Compiles `filters` into a predicate: every present filter must match (AND); values within one filter are
 * alternatives (OR); an empty list matches nothing. Compile once and reuse it over many tickets.
 */
export function compileViewFilters(filters: ViewFilters, context: ViewContext): TicketPredicate {
  const checks: TicketPredicate[] = [];
  if (filters.statuses) {
    const statuses = new Set<string>(filters.statuses);
    checks.push((ticket) => statuses.has(ticket.status));
  }
  if (filters.priorities) {
    const priorities = new Set<string>(filters.priorities);
    checks.push((ticket) => priorities.has(ticket.priority));
  }
  if (filters.categories) {
    const categories = new Set(filters.categories);
    checks.push((ticket) => categories.has(ticket.category ?? 'none'));
  }
  if (filters.assignees) {
    const assignees = new Set(
      filters.assignees.map((assignee) => (assignee === 'me' ? context.agentId : assignee)),
    );
    checks.push((ticket) => assignees.has(ticket.assignee_id ?? 'none'));
  }
  if (filters.unassigned_categories) {
    const categories = new Set(filters.unassigned_categories);
    checks.push((ticket) => ticket.assignee_id !== null || categories.has(ticket.category ?? 'none'));
  }
  if (filters.languages) {
    const languages = new Set(filters.languages.map((language) => language.toLowerCase()));
    checks.push((ticket) => languages.has((ticket.language ?? 'none').toLowerCase()));
  }
  if (filters.tags) {
    const tags = new Set(filters.tags);
    checks.push((ticket) => ticket.tags.some((tag) => tags.has(tag)));
  }
  const sla = filters.sla;
  if (sla) {
    checks.push((ticket) => slaMatches(ticket, sla, context.now));
  }
  if (filters.updated_within_hours !== undefined) {
    const since = context.now - filters.updated_within_hours * 3_600_000;
    const sinceText = new Date(since).toISOString();
    checks.push((ticket) => isAtOrAfter(ticket.updated_at, since, sinceText));
  }
  const words = parseSearchWords(filters.text ?? '');
  if (words.length > 0) {
    checks.push((ticket) => {
      const text = ticketSearchText(ticket);
      return words.every((word) => text.includes(word));
    });
  }
  if (checks.length === 0) {
    return () => true;
  }
  return (ticket) => {
    for (const check of checks) {
      if (!check(ticket)) {
        return false;
      }
    }
    return true;
  };
}

/** True when `ticket` belongs to a view with `filters` for the agent and moment in `context`. */
export function matchesView(ticket: Ticket, filters: ViewFilters, context: ViewContext): boolean {
  return compileViewFilters(filters, context)(ticket);
}

/**
 * How many of `tickets` each view holds, in one pass over the tickets (each view's filters compiled once).
 * Keys are the view ids.
 */
export function countViews(
  tickets: readonly Ticket[],
  views: readonly QueueViewDefinition[],
  context: ViewContext,
): Map<string, number> {
  const counter = createViewCounter(views, context);
  counter.add(tickets, 0, tickets.length);
  return counter.result();
}

/**
 * A count of views done in slices (`add` a range of tickets at a time), so a caller can yield between
 * slices and 100,000 tickets never hold up a keystroke; `result()` after the last slice equals
 * `countViews`.
 */
export interface ViewCounter {
  add: (tickets: readonly Ticket[], start: number, end: number) => void;
  result: () => Map<string, number>;
}

/** Starts a sliced count of `views` (filters compiled once). */
export function createViewCounter(views: readonly QueueViewDefinition[], context: ViewContext): ViewCounter {
  const predicates = views.map((view) => compileViewFilters(view.filters, context));
  const counts = new Int32Array(views.length);
  return {
    add(tickets, start, end) {
      for (let position = start; position < end; position += 1) {
        const ticket = tickets[position] as Ticket;
        for (let view = 0; view < predicates.length; view += 1) {
          if ((predicates[view] as TicketPredicate)(ticket)) {
            counts[view] = (counts[view] as number) + 1;
          }
        }
      }
    },
    result: () => new Map(views.map((view, position) => [view.id, counts[position] as number])),
  };
}

function intersect<T>(left: readonly T[] | undefined, right: readonly T[] | undefined): T[] | undefined {
  if (!left) {
    return right ? [...right] : undefined;
  }
  if (!right) {
    return [...left];
  }
  const kept = new Set(right);
  return left.filter((value) => kept.has(value));
}

/**
 * Filters that keep what both `base` and `extra` keep (the selected view narrowed by the toolbar): lists
 * are intersected, the stricter SLA and time window win, texts are joined. "Save as view" stores this.
 */
export function combineViewFilters(base: ViewFilters, extra: ViewFilters): ViewFilters {
  const combined: ViewFilters = {};
  const statuses = intersect(base.statuses, extra.statuses);
  const priorities = intersect(base.priorities, extra.priorities);
  const categories = intersect(base.categories, extra.categories);
  const assignees = intersect(base.assignees, extra.assignees);
  const languages = intersect(base.languages, extra.languages);
  const tags = intersect(base.tags, extra.tags);
  if (statuses) {
    combined.statuses = statuses;
  }
  if (priorities) {
    combined.priorities = priorities;
  }
  if (categories) {
    combined.categories = categories;
  }
  if (assignees) {
    combined.assignees = assignees;
  }
  if (languages) {
    combined.languages = languages;
  }
  if (tags) {
    combined.tags = tags;
  }
  const unassignedCategories = intersect(base.unassigned_categories, extra.unassigned_categories);
  if (unassignedCategories) {
    combined.unassigned_categories = unassignedCategories;
  }
  const sla = base.sla === 'breached' || extra.sla === 'breached' ? 'breached' : (base.sla ?? extra.sla);
  if (sla) {
    combined.sla = sla;
  }
  const hours = [base.updated_within_hours, extra.updated_within_hours].filter(
    (value): value is number => value !== undefined,
  );
  if (hours.length > 0) {
    combined.updated_within_hours = Math.min(...hours);
  }
  const text = [base.text, extra.text].filter((value) => value && value.trim() !== '').join(' ');
  if (text !== '') {
    combined.text = text;
  }
  return combined;
}

/** The normalized text a search looks in: `#number`, subject, requester name and e-mail, and body. */
export function ticketSearchText(ticket: Ticket): string {
  return normalizeSearchText(
    `#${ticket.number}\n${ticket.subject}\n${ticket.requester.name ?? ''}\n${ticket.requester.email}\n${ticket.body}`,
  );
}
