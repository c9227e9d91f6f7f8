import type { Ticket } from '../../../shared/domain/schemas';
import {
  matchesFilters,
  parseSearch,
  queueColumnIds,
  type QueueCriteria,
  type QueueLookups,
  type QueueSort,
} from './queue-model';
import { buildSearchIndex, markMatches, ticketContainsAll, type SearchIndex } from './search-index';
import { sortOrder, warmSortKeys } from './sort-keys';

/**
 * What the queue shows for a ticket array, criteria and sorting: the same result as
 * `filterTickets(sortTickets(...))`, computed so that 100,000 tickets stay interactive. The sorted order
 * comes cached from sort-keys, the text search from one joined search index; a search that only narrows
 * the previous one (typing on) checks just the previous result when that is small.
 */
export type QueueViewFunction = (
  tickets: readonly Ticket[],
  criteria: QueueCriteria,
  sorting: readonly QueueSort[],
  lookups: QueueLookups,
) => readonly Ticket[];

interface PreviousView {
  order: Int32Array;
  criteria: QueueCriteria;
  positions: Int32Array | null;
  result: readonly Ticket[];
}

const searchIndexes = new WeakMap<readonly Ticket[], SearchIndex>();
let latestSearchIndex: SearchIndex | null = null;

/** The search index of a ticket array, built once per array from the latest one (reusing unchanged texts). */
function searchIndexFor(tickets: readonly Ticket[]): SearchIndex {
  let index = searchIndexes.get(tickets);
  if (!index) {
    index = buildSearchIndex(tickets, latestSearchIndex);
    searchIndexes.set(tickets, index);
    latestSearchIndex = index;
  }
  return index;
}

/**
 * Prepares everything a first search or sort of `tickets` would build (the search index, every column's
 * sort keys, the default order), so the agent's first keystroke is as fast as the next. Call it when the
 * main thread is idle.
 */
export function warmQueueView(tickets: readonly Ticket[], lookups: QueueLookups): void {
  searchIndexFor(tickets);
  warmSortKeys(tickets, queueColumnIds, lookups);
  sortOrder(tickets, [], lookups);
  // Run the search path once on a throwaway view so the engine's loops are compiled before the agent types.
  createQueueView()(
    tickets,
    { text: ticketSeparatorFreeProbe, status: null, category: null, match: null },
    [],
    lookups,
  );
}

/** A search no ticket contains, used only to exercise the search path. */
const ticketSeparatorFreeProbe = '\u0001warm-up';

/** True when every ticket `next` keeps is also kept by `previous` (same filters, a longer search). */
function isNarrowing(previous: QueueCriteria, next: QueueCriteria): boolean {
  return (
    previous.status === next.status &&
    previous.category === next.category &&
    (previous.match ?? null) === (next.match ?? null) &&
    previous.text.trim().length > 0 &&
    next.text.toLowerCase().startsWith(previous.text.toLowerCase()) &&
    parseSearch(next.text).length === parseSearch(previous.text).length
  );
}

/** Candidates below this share of all tickets are checked one by one instead of searching everything. */
const narrowingShare = 0.05;

/** Creates a memoizing queue view; keep one per queue (it remembers its previous answer). */
export function createQueueView(): QueueViewFunction {
  let previous: PreviousView | null = null;

  return (tickets, criteria, sorting, lookups) => {
    const order = sortOrder(tickets, sorting, lookups);
    if (
      previous &&
      previous.order === order &&
      previous.criteria.text === criteria.text &&
      previous.criteria.status === criteria.status &&
      previous.criteria.category === criteria.category &&
      (previous.criteria.match ?? null) === (criteria.match ?? null)
    ) {
      return previous.result;
    }
    const words = parseSearch(criteria.text);
    if (words.length === 0 && criteria.status === null && criteria.category === null && !criteria.match) {
      const result = new Array<Ticket>(order.length);
      for (let position = 0; position < order.length; position += 1) {
        result[position] = tickets[order[position] as number] as Ticket;
      }
      previous = { order, criteria, positions: null, result };
      return result;
    }

    const narrowed =
      previous && previous.order === order && previous.positions && isNarrowing(previous.criteria, criteria)
        ? previous.positions
        : null;
    const index = words.length > 0 ? searchIndexFor(tickets) : null;
    const checkEach = narrowed !== null && narrowed.length < tickets.length * narrowingShare;
    const marks = index && !checkEach ? markMatches(index, words) : null;
    const candidates = narrowed ?? order;
    const kept = new Int32Array(candidates.length);
    const result: Ticket[] = [];
    for (let position = 0; position < candidates.length; position += 1) {
      const ticketIndex = candidates[position] as number;
      if (marks && marks[ticketIndex] !== words.length) {
        continue;
      }
      const ticket = tickets[ticketIndex] as Ticket;
      if (!matchesFilters(ticket, criteria)) {
        continue;
      }
      if (index && checkEach && !ticketContainsAll(index, ticketIndex, words)) {
        continue;
      }
      kept[result.length] = ticketIndex;
      result.push(ticket);
    }
    previous = { order, criteria, positions: kept.subarray(0, result.length), result };
    return result;
  };
}
