import type { ApiClient } from '../../api/api-client';
import type { TicketStore } from './ticket-store';

/** How far the first load of the queue has come. */
export interface LoadProgress {
  loaded: number;
  total: number | null;
}

/** Page size of the queue load: the most `GET /api/tickets` returns at once. */
export const ticketPageSize = 1000;

/**
 * Loads every ticket by following `next_cursor` through `GET /api/tickets?limit=1000` (newest first) and
 * upserts each page as it arrives, so the newest tickets show while older ones still load.
 */
export async function loadAllTickets(
  api: ApiClient,
  store: TicketStore,
  options: { signal?: AbortSignal; onProgress?: (progress: LoadProgress) => void } = {},
): Promise<LoadProgress> {
  let cursor: string | undefined;
  const progress: LoadProgress = { loaded: 0, total: null };
  do {
    if (options.signal?.aborted) {
      break;
    }
    const page = await api.listTickets({ limit: ticketPageSize, ...(cursor ? { cursor } : {}) });
    if (options.signal?.aborted) {
      break;
    }
    store.upsert(page.tickets);
    progress.loaded += page.tickets.length;
    progress.total = page.total;
    options.onProgress?.({ ...progress });
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  if (!options.signal?.aborted) {
    store.markLoaded();
  }
  return progress;
}
