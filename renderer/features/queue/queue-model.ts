import type { Ticket } from '../../../shared/domain/schemas';
import type { TicketStatus } from '../../../shared/domain/vocabulary';
import { parseSearchWords } from '../../../shared/queue/search-text';
import { ticketSearchText, type TicketPredicate } from '../../../shared/queue/views';
import { sortOrder } from './sort-keys';

/**
 * The queue's pure model: which tickets a search and the filter selects keep, and in which order the queue
 * shows them. No React and no I/O, so the functions are unit-tested and benchmarked on their own; the
 * table (QueueTable) only renders what they return.
 */

/** The queue table's columns, in display order. */
export const queueColumnIds = [
  'number',
  'subject',
  'requester',
  'category',
  'status',
  'priority',
  'sla',
  'assignee',
  'language',
  'updated',
] as const;
/** A queue column's id (also the id the sorting state uses). */
export type QueueColumnId = (typeof queueColumnIds)[number];

/** One sort key; the first key of a list decides, the next ones break ties. */
export interface QueueSort {
  id: QueueColumnId;
  desc: boolean;
}

/** Value of the category filter that keeps tickets without a category. */
export const uncategorized = '__uncategorized__';

/** What the toolbar asks for: a free-text search and optional status and category filters. */
export interface QueueCriteria {
  /** Case-insensitive; every whitespace-separated word must occur in number, subject, requester or body. */
  text: string;
  status: TicketStatus | null;
  /** A category key, `uncategorized`, or null for all. */
  category: string | null;
  /**
   * The selected view and the toolbar's other filters, compiled (shared/queue/views); null keeps every
   * ticket. Compared by identity, so build it once per change (useMemo).
   */
  match?: TicketPredicate | null;
}

/** Names the queue shows (and sorts by) for ids: agents and categories. */
export interface QueueLookups {
  agentName: (id: string) => string | null;
  categoryName: (key: string) => string;
}

/** The order the queue starts in: newest ticket first. */
export const defaultQueueSorting: readonly QueueSort[] = [{ id: 'number', desc: true }];

/** Criteria that keep every ticket. */
export const emptyQueueCriteria: QueueCriteria = { text: '', status: null, category: null, match: null };

/**
 * The normalized text a search looks in: `#number`, subject, requester name and e-mail, and body (NFKC and
 * lower case, so decomposed Hangul and full-width letters match; see shared/queue/search-text).
 */
export function searchTextOf(ticket: Ticket): string {
  return ticketSearchText(ticket);
}

/** Splits a search into normalized words; an empty list matches everything. */
export function parseSearch(text: string): string[] {
  return parseSearchWords(text);
}

/** True when every word occurs in `searchText`. */
export function containsAllWords(searchText: string, words: readonly string[]): boolean {
  for (const word of words) {
    if (!searchText.includes(word)) {
      return false;
    }
  }
  return true;
}

/** True when `ticket` passes the status and category filters (not the text search). */
export function matchesFilters(ticket: Ticket, criteria: QueueCriteria): boolean {
  if (criteria.status !== null && ticket.status !== criteria.status) {
    return false;
  }
  if (criteria.category !== null) {
    const category = ticket.category ?? uncategorized;
    if (category !== criteria.category) {
      return false;
    }
  }
  return criteria.match ? criteria.match(ticket) : true;
}

/** True when `ticket` passes the filters and the text search. */
export function matchesCriteria(ticket: Ticket, criteria: QueueCriteria): boolean {
  return (
    matchesFilters(ticket, criteria) && containsAllWords(searchTextOf(ticket), parseSearch(criteria.text))
  );
}

/** The tickets `criteria` keeps, in their given order. */
export function filterTickets(tickets: readonly Ticket[], criteria: QueueCriteria): Ticket[] {
  const words = parseSearch(criteria.text);
  const kept: Ticket[] = [];
  for (const ticket of tickets) {
    if (
      matchesFilters(ticket, criteria) &&
      (words.length === 0 || containsAllWords(searchTextOf(ticket), words))
    ) {
      kept.push(ticket);
    }
  }
  return kept;
}

/**
 * `tickets` in the order `sorting` asks for; ties (and an empty sorting) fall back to newest first.
 * Strings compare case-insensitively by code point (Hangul syllables are in dictionary order).
 */
export function sortTickets(
  tickets: readonly Ticket[],
  sorting: readonly QueueSort[],
  lookups: QueueLookups,
): Ticket[] {
  const order = sortOrder(tickets, sorting, lookups);
  const sorted = new Array<Ticket>(order.length);
  for (let position = 0; position < order.length; position += 1) {
    sorted[position] = tickets[order[position] as number] as Ticket;
  }
  return sorted;
}
