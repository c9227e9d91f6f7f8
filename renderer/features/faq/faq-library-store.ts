import { createContext, useContext, useSyncExternalStore } from 'react';
import type { FaqReply } from '../../../shared/domain/faq-schemas';
import type { ApiClient } from '../../api/api-client';
import { isApiError } from '../../api/api-error';
import type { FaqLibraryRepository } from './faq-repository';
import type { SessionEndReason } from '../../app/session-end';

/** What the console knows of the library right now. */
export interface FaqLibrarySnapshot {
  replies: readonly FaqReply[];
  /** `cache`: shown from the offline copy (the service was not reached yet, or is unreachable). */
  source: 'none' | 'cache' | 'service';
  isLoading: boolean;
  /** Why the last fetch failed, or null. */
  error: string | null;
}

/** The FAQ library of the session: loaded once after sign-in, cached offline, refetched on `faq.updated`. */
export interface FaqLibraryStore {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => FaqLibrarySnapshot;
  /** Shows the cached copy at once, then fetches the service's library. */
  load: () => Promise<void>;
  /** Fetches the library again (a `faq.updated` change, or after a lead's edit). */
  refresh: () => Promise<void>;
  /** Puts a reply the service just returned into the library without waiting for the refetch. */
  upsert: (reply: FaqReply) => void;
  remove: (id: string) => void;
}

/** Creates the store over the service client and the offline repository. */
export function createFaqLibraryStore(options: {
  api: Pick<ApiClient, 'faqLibrary'>;
  repository: FaqLibraryRepository;
  onUnauthorized?: (reason?: SessionEndReason) => void;
}): FaqLibraryStore {
  const listeners = new Set<() => void>();
  let snapshot: FaqLibrarySnapshot = { replies: [], source: 'none', isLoading: false, error: null };
  let inFlight: Promise<void> | null = null;
  let again = false;

  const set = (next: Partial<FaqLibrarySnapshot>): void => {
    snapshot = { ...snapshot, ...next };
    for (const listener of listeners) {
      listener();
    }
  };

  const fetchOnce = async (): Promise<void> => {
    set({ isLoading: true });
    try {
      const replies = await options.api.faqLibrary();
      set({ replies, source: 'service', isLoading: false, error: null });
      await options.repository.write(replies);
    } catch (failure) {
      if (isApiError(failure) && failure.isUnauthorized) {
        options.onUnauthorized?.(failure.sessionEndReason);
      }
      // Keep whatever is shown (the cache or an earlier fetch): the picker works offline.
      set({ isLoading: false, error: failure instanceof Error ? failure.message : String(failure) });
    }
  };

  const refresh = (): Promise<void> => {
    if (inFlight) {
      // Several changes during one fetch cause one more fetch, not one per change.
      again = true;
      return inFlight;
    }
    inFlight = (async () => {
      do {
        again = false;
        await fetchOnce();
      } while (again);
      inFlight = null;
    })();
    return inFlight;
  };

  const persist = (replies: readonly FaqReply[]): void => {
    set({ replies });
    void options.repository.write(replies);
  };

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    load: async () => {
      const cached = await options.repository.read();
      if (cached && snapshot.source === 'none') {
        set({ replies: cached, source: 'cache' });
      }
      await refresh();
    },
    refresh,
    upsert: (reply) => {
      const exists = snapshot.replies.some((candidate) => candidate.id === reply.id);
      persist(
        exists
          ? snapshot.replies.map((candidate) => (candidate.id === reply.id ? reply : candidate))
          : [...snapshot.replies, reply],
      );
    },
    remove: (id) => persist(snapshot.replies.filter((candidate) => candidate.id !== id)),
  };
}

/** React context of the session's FAQ library (provided by ConsoleProvider; absent in isolated tests). */
export const FaqLibraryContext = createContext<FaqLibraryStore | null>(null);

const emptySnapshot: FaqLibrarySnapshot = { replies: [], source: 'none', isLoading: false, error: null };
const noSubscription = (): (() => void) => () => undefined;

/** The session's library store, or null where none is provided (the composer then offers no picker). */
export function useFaqLibraryStore(): FaqLibraryStore | null {
  return useContext(FaqLibraryContext);
}

/** The library's current snapshot, re-rendering on every change. */
export function useFaqLibrary(): FaqLibrarySnapshot {
  const store = useFaqLibraryStore();
  return useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    store?.getSnapshot ?? (() => emptySnapshot),
  );
}
