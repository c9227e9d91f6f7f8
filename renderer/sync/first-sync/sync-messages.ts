import type { Ticket } from '../../../shared/domain/schemas';
import type { SyncEnd, SyncHead } from '../../../shared/sync/sync-tickets';

/** What the console asks its first-sync worker to do. */
export interface SyncWorkerStart {
  serviceUrl: string;
  token: string;
  /** The offline cache the worker writes the tickets to (its own connection), or null without a cache. */
  databaseName: string | null;
}

/** What the worker tells the console, in order: the head, written batches, then `done` or `failed`. */
export type SyncWorkerMessage =
  | { type: 'head'; head: SyncHead }
  /** Tickets parsed and validated; `cached`: already in the offline cache (else the console writes them). */
  | { type: 'tickets'; tickets: Ticket[]; cached: boolean }
  | { type: 'done'; end: SyncEnd }
  /** `status` 404: the service has no first-sync stream (older than it); 401: the token is no longer valid. */
  | { type: 'failed'; status: number; code: string; message: string; reason?: string };
