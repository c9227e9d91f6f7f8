import { maskTicketContacts } from '../../../shared/access/mask-email';
import type { Ticket } from '../../../shared/domain/schemas';

/** What a store subscriber reads: every known ticket (in arrival order) and a version that bumps on change. */
export interface TicketStoreSnapshot {
  readonly version: number;
  readonly tickets: readonly Ticket[];
  /** True once the first full load of the queue has finished. */
  readonly isLoaded: boolean;
}

/**
 * The console's in-memory queue: tickets keyed by id. Every change makes a new `tickets` array (so React
 * and the queue's caches see it) while unchanged tickets keep their object identity.
 */
export interface TicketStore {
  getSnapshot: () => TicketStoreSnapshot;
  subscribe: (listener: () => void) => () => void;
  /**
   * Adds or replaces tickets; an older `version` of a ticket never replaces a newer one. Returns the ids added.
   * The queue (and the offline cache it writes through) keeps contact details masked, whatever the source
   * (docs/security.md "Reads"): only the open ticket's detail holds the full address. `cached`: the tickets
   * are in the offline cache already (the first sync's worker wrote them), so the write-through skips them.
   */
  upsert: (tickets: readonly Ticket[], options?: { cached?: boolean }) => string[];
  get: (id: string) => Ticket | undefined;
  findByNumber: (number: number) => Ticket | undefined;
  markLoaded: () => void;
  clear: () => void;
  /**
   * Calls `listener` with the tickets each upsert actually stored (the offline cache writes them through),
   * and whether the upsert said they are cached already.
   */
  observeStored: (listener: (tickets: readonly Ticket[], cached: boolean) => void) => () => void;
  /**
   * Takes tickets out: the service no longer lists them for this agent (they left the agent's team scope,
   * or are gone). Returns the ids that were there.
   */
  remove: (ids: readonly string[]) => string[];
  /** Calls `listener` with the ids each `remove` took out (the offline cache deletes them too). */
  observeRemoved: (listener: (ids: readonly string[]) => void) => () => void;
}

/** Creates an empty ticket store. */
export function createTicketStore(): TicketStore {
  let slots: Ticket[] = [];
  const slotById = new Map<string, number>();
  let snapshot: TicketStoreSnapshot = { version: 0, tickets: slots, isLoaded: false };
  const listeners = new Set<() => void>();
  const storedListeners = new Set<(tickets: readonly Ticket[], cached: boolean) => void>();
  const removedListeners = new Set<(ids: readonly string[]) => void>();

  const publish = (isLoaded: boolean): void => {
    snapshot = { version: snapshot.version + 1, tickets: slots, isLoaded };
    for (const listener of listeners) {
      listener();
    }
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    upsert(tickets, options = {}) {
      const added: string[] = [];
      const stored: Ticket[] = [];
      let next: Ticket[] | null = null;
      for (const given of tickets) {
        const ticket = maskTicketContacts(given);
        const slot = slotById.get(ticket.id);
        if (slot === undefined) {
          next ??= slots.slice();
          slotById.set(ticket.id, next.length);
          next.push(ticket);
          added.push(ticket.id);
          stored.push(ticket);
          continue;
        }
        const current = (next ?? slots)[slot];
        if (current && (current === ticket || current === given || current.version > ticket.version)) {
          continue;
        }
        next ??= slots.slice();
        next[slot] = ticket;
        stored.push(ticket);
      }
      if (next) {
        slots = next;
        publish(snapshot.isLoaded);
      }
      if (stored.length > 0) {
        for (const listener of storedListeners) {
          listener(stored, options.cached === true);
        }
      }
      return added;
    },
    get(id) {
      const slot = slotById.get(id);
      return slot === undefined ? undefined : slots[slot];
    },
    findByNumber(number) {
      return slots.find((ticket) => ticket.number === number);
    },
    markLoaded() {
      if (!snapshot.isLoaded) {
        publish(true);
      }
    },
    clear() {
      slots = [];
      slotById.clear();
      publish(false);
    },
    observeStored(listener) {
      storedListeners.add(listener);
      return () => storedListeners.delete(listener);
    },
    remove(ids) {
      const removed = new Set(ids.filter((id) => slotById.has(id)));
      if (removed.size === 0) {
        return [];
      }
      slots = slots.filter((ticket) => !removed.has(ticket.id));
      slotById.clear();
      slots.forEach((ticket, slot) => slotById.set(ticket.id, slot));
      publish(snapshot.isLoaded);
      for (const listener of removedListeners) {
        listener([...removed]);
      }
      return [...removed];
    },
    observeRemoved(listener) {
      removedListeners.add(listener);
      return () => removedListeners.delete(listener);
    },
  };
}
