import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../api/api-client';
import type { TicketStore } from './ticket-store';

/** What the service search did for the current text. */
export type ServiceSearchState =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; found: number; ids: ReadonlySet<string> }
  | { kind: 'error'; message: string };

const noMatches: ReadonlySet<string> = new Set();

/** Wait after the last keystroke before asking the service (the local search already answered). */
const serviceSearchDelayMs = 400;
/** How many matches the service sends back at most; they join the local cache. */
const serviceSearchLimit = 200;

/**
 * True for a search by e-mail address: the console holds addresses masked (docs/security.md "Reads"), so only
 * the service can match it, and the queue shows the service's matches.
 */
export function isContactSearch(text: string): boolean {
  return /\S@\S/.test(text.trim());
}

/**
 * The service's `q` search as a fallback for the local one: while the queue has not loaded every ticket,
 * a search also asks `GET /api/tickets?q=` (debounced) and merges the answer into the ticket store, where
 * the local search finds it. Once everything is loaded the agent can still ask the service by hand
 * (`search()`), e.g. for words that only occur in later messages.
 */
export function useServiceSearch(
  api: ApiClient,
  store: TicketStore,
  text: string,
  isComplete: boolean,
): {
  state: ServiceSearchState;
  search: () => void;
  /** For a search by e-mail: the tickets the service matched (none yet while it searches); otherwise null. */
  contactMatches: ReadonlySet<string> | null;
} {
  const [answer, setAnswer] = useState<{ query: string; state: ServiceSearchState } | null>(null);
  const [manualText, setManualText] = useState<string | null>(null);
  const query = text.trim();
  const shouldSearch = query !== '' && (!isComplete || manualText === query || isContactSearch(query));

  useEffect(() => {
    if (!shouldSearch) {
      return undefined;
    }
    let isCurrent = true;
    const timer = setTimeout(() => {
      api.listTickets({ q: query, limit: serviceSearchLimit }).then(
        (page) => {
          store.upsert(page.tickets);
          if (isCurrent) {
            setAnswer({
              query,
              state: {
                kind: 'done',
                found: page.tickets.length,
                ids: new Set(page.tickets.map((ticket) => ticket.id)),
              },
            });
          }
        },
        (error: unknown) => {
          if (isCurrent) {
            setAnswer({
              query,
              state: { kind: 'error', message: error instanceof Error ? error.message : String(error) },
            });
          }
        },
      );
    }, serviceSearchDelayMs);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [api, store, query, shouldSearch]);

  // An answer only counts for the text it was asked for; until it arrives the search is under way.
  const state: ServiceSearchState = !shouldSearch
    ? { kind: 'idle' }
    : answer?.query === query
      ? answer.state
      : { kind: 'searching' };
  const search = useCallback(() => setManualText(query), [query]);
  const contactMatches = isContactSearch(query) ? (state.kind === 'done' ? state.ids : noMatches) : null;
  return { state, search, contactMatches };
}
