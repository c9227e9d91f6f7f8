import type { Ticket, TicketDetail } from '../../shared/domain/schemas';
import { ticketFromDetail } from '../live/apply-changes';
import { isPendingMessageId, mergePendingMessages } from '../sync/optimistic';
import type { CacheDatabase, CachedThread } from './cache-database';

/** Rows written per IndexedDB transaction: big enough to be fast, small enough to keep the UI responsive. */
export const cacheChunkSize = 5000;

const cursorKey = 'changes_cursor';

/** Every cached ticket, read in one go (the in-memory queue store is hydrated from it). */
export function readCachedTickets(database: CacheDatabase): Promise<Ticket[]> {
  return database.tickets.toArray();
}

/**
 * Writes tickets in chunks, as they are: the caller (the queue store's write-through) only hands over
 * tickets newer than what it holds, and the store was filled from this cache. Reading each row's version
 * back first would halve the first sync's speed (docs/offline.md: two windows can still race here).
 */
export async function putTickets(database: CacheDatabase, tickets: readonly Ticket[]): Promise<void> {
  for (let start = 0; start < tickets.length; start += cacheChunkSize) {
    const chunk = tickets.slice(start, start + cacheChunkSize);
    await database.tickets.bulkPut(chunk);
  }
}

/** The cached thread of a ticket the agent opened before, or undefined. */
export function readCachedThread(
  database: CacheDatabase,
  ticketId: string,
): Promise<CachedThread | undefined> {
  return database.messages.get(ticketId);
}

/** Keeps an opened ticket (its row and its thread) so it opens offline. */
export async function putTicketDetail(
  database: CacheDatabase,
  detail: TicketDetail,
  now: string,
): Promise<void> {
  await database.transaction('rw', database.tickets, database.messages, async () => {
    const ticket = ticketFromDetail(detail);
    const existing = await database.tickets.get(ticket.id);
    if (!existing || existing.version <= ticket.version) {
      await database.tickets.put(ticket);
    }
    // Copies of messages still in the outbox stay until the outbox settles them.
    const waiting = ((await database.messages.get(detail.id))?.messages ?? []).filter((message) =>
      isPendingMessageId(message.id),
    );
    await database.messages.put({
      ticket_id: detail.id,
      // A pending copy whose message the detail holds already (same key) is dropped here too.
      messages: mergePendingMessages(detail.messages, waiting),
      attachments: detail.attachments,
      opened_at: now,
    });
  });
}

/** The cached ticket with its cached thread, as a detail (offline opening), or undefined. */
export async function readCachedDetail(
  database: CacheDatabase,
  ticketId: string,
): Promise<TicketDetail | undefined> {
  const [ticket, thread] = await Promise.all([
    database.tickets.get(ticketId),
    database.messages.get(ticketId),
  ]);
  if (!ticket) {
    return undefined;
  }
  return { ...ticket, messages: thread?.messages ?? [], attachments: thread?.attachments ?? [] };
}

/** The stored change-log cursor: null until a first full sync has finished. */
export async function readCursor(database: CacheDatabase): Promise<number | null> {
  const row = await database.sync_state.get(cursorKey);
  return typeof row?.value === 'number' ? row.value : null;
}

/** Persists the cursor; it only moves forward (a late write of an older cursor is ignored). */
export async function writeCursor(database: CacheDatabase, cursor: number): Promise<void> {
  await database.transaction('rw', database.sync_state, async () => {
    const current = await readCursor(database);
    if (current === null || cursor > current) {
      await database.sync_state.put({ key: cursorKey, value: cursor });
    }
  });
}
