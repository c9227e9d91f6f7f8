import type { Ticket } from '../../../shared/domain/schemas';
import type { SyncEnd, SyncHead } from '../../../shared/sync/sync-tickets';
import { ApiError } from '../../api/api-error';
import type { SyncWorkerMessage, SyncWorkerStart } from './sync-messages';

/** A first sync under way in its worker. */
export interface FirstSync {
  /**
   * The change-log head the snapshot starts from; null when this path is unavailable (see `startFirstSync`);
   * rejects like `done` when the service refused before sending it.
   */
  head: Promise<SyncHead | null>;
  /** Every ticket handed on (and cached); rejects with an `ApiError` (401 included) or the stream's error. */
  done: Promise<SyncEnd>;
  /** Stops the worker (the session ended, or the console closed). */
  cancel: () => void;
}

/** The worker of the built console (null where there are no workers); a test passes its own. */
function createSyncWorker(): Worker | null {
  return typeof Worker === 'undefined'
    ? null
    : new Worker(new URL('./sync-worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts the first sync on a worker (docs/sync.md): the worker fetches, parses, validates and caches; the
 * console gets the tickets through `onTickets` in growing groups. `head` resolves null (and nothing else
 * happens) when the path is unavailable: no `Worker` here, the worker's script did not load, or the service
 * is older than `GET /api/sync/tickets` (404); the caller then loads page by page.
 */
export function startFirstSync(
  start: SyncWorkerStart,
  onTickets: (tickets: Ticket[], cached: boolean) => void,
  createWorker: () => Worker | null = createSyncWorker,
): FirstSync {
  let resolveHead: (head: SyncHead | null) => void = () => undefined;
  let rejectHead: (error: unknown) => void = () => undefined;
  let resolveDone: (end: SyncEnd) => void = () => undefined;
  let rejectDone: (error: unknown) => void = () => undefined;
  const head = new Promise<SyncHead | null>((resolve, reject) => {
    resolveHead = resolve;
    rejectHead = reject;
  });
  const done = new Promise<SyncEnd>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });
  // Unobserved when the caller falls back; never an unhandled rejection then.
  done.catch(() => undefined);
  let worker: Worker | null = null;
  let hasHead = false;
  const stop = (): void => {
    worker?.terminate();
    worker = null;
  };
  const unavailable = (): void => {
    stop();
    resolveHead(null);
  };
  try {
    worker = createWorker();
  } catch {
    worker = null;
  }
  if (worker === null) {
    resolveHead(null);
    return { head, done, cancel: stop };
  }
  worker.onerror = (event) => {
    event.preventDefault();
    if (hasHead) {
      stop();
      rejectDone(new Error(`the first sync's worker failed: ${event.message}`));
    } else {
      unavailable();
    }
  };
  worker.onmessage = (event: MessageEvent<SyncWorkerMessage>) => {
    const message = event.data;
    if (message.type === 'head') {
      hasHead = true;
      resolveHead(message.head);
    } else if (message.type === 'tickets') {
      onTickets(message.tickets, message.cached);
    } else if (message.type === 'done') {
      stop();
      resolveDone(message.end);
    } else if (!hasHead && message.status === 404) {
      unavailable();
    } else {
      stop();
      const error = new ApiError({
        status: message.status,
        code: message.code,
        message: message.message,
        reason: message.reason,
      });
      rejectHead(error);
      rejectDone(error);
    }
  };
  worker.postMessage(start);
  return { head, done, cancel: stop };
}
