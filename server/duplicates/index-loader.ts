import type { DuplicateIndex } from '../../shared/duplicates/duplicate-index';
import { describeTicket } from '../../shared/duplicates/features';
import {
  decodeDescription,
  encodeDescription,
  minhashOf,
  type StoredDescription,
} from '../../shared/duplicates/stored-description';
import type { SqlDatabase } from '../storage/database';
import {
  readIndexPage,
  readIndexRows,
  readTexts,
  readTicketsOfCustomer,
  writeDescriptions,
  type IndexedTicketRow,
} from './stored-descriptions';

/** Rows read per query while loading the index (bytes only: about 300 bytes a ticket). */
const loadPageSize = 50_000;
/** Tickets described per backfill batch, and the longest a slice of describing holds the event loop. */
const backfillBatchSize = 500;
const backfillSliceMs = 15;

/** How the index was filled, for the log, the bench and the tests. */
export interface IndexLoadStats {
  /** Tickets added from their stored description, without reading their text. */
  fromStored: number;
  /** Tickets whose text was read and described (no stored description of the current version). */
  describedFromText: number;
}

/**
 * Fills a duplicate index from the database: stored descriptions (migration 0052) in bulk, in ticket-number
 * order (the order the LSH buckets keep as "newest"); tickets without one are described from their text and
 * their description stored, at once or, at start, in a background backfill (newest first) when older than the
 * related window, since a new ticket only needs those for its own customer's possible duplicates
 * (`prepareCustomer` describes a customer's deferred tickets on demand).
 */
export interface IndexLoader {
  /**
   * The load at start: every ticket, newest first (each added as the oldest so far, so the index's order is
   * the same as after adds oldest first). Tickets without a stored description created before
   * `deferBeforeMs` wait for `backfill`. `onRecent` is called once the tickets created since `recentSinceMs`
   * are in (a new ticket's related ones are among them). Calls `onRow` for each ticket added or deferred.
   */
  loadAll(options: {
    deferBeforeMs: number;
    recentSinceMs: number;
    onRecent: () => void;
    onRow: (row: IndexedTicketRow) => void;
  }): Promise<number>;
  /** Adds the tickets numbered after the newest one loaded (after an import), describing them as needed. */
  loadNew(onRow: (row: IndexedTicketRow) => void): Promise<number>;
  /** Adds the given tickets (another node's, heard from the change log) if the index lacks them. */
  loadIds(ids: readonly string[]): Promise<number>;
  /**
   * Adds a customer's tickets the index lacks yet (still loading, or waiting for the backfill), as older
   * than the rest, so their possible duplicates are right before the load or the backfill reach them.
   */
  prepareCustomer(customerKey: string): Promise<void>;
  /** Describes and stores every deferred ticket, newest first, in slices between requests. */
  backfill(isStopping: () => boolean): Promise<number>;
  /** Whether tickets wait for the backfill. */
  readonly hasDeferred: boolean;
  readonly stats: IndexLoadStats;
}

/**
 * A loader for `index`. `onAdded` runs after each batch of tickets is added: rows read before a change
 * committed may be added after this node heard it (docs/duplicates.md "Changes during the load").
 */
export function createIndexLoader(
  database: SqlDatabase,
  index: DuplicateIndex,
  onAdded: () => void = () => undefined,
): IndexLoader {
  let lastNumber = 0;
  const deferred = new Map<string, number>();
  const stats: IndexLoadStats = { fromStored: 0, describedFromText: 0 };

  const yieldToRequests = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  /**
   * Describes the undescribed ones among `rows` from their text, stores that, and adds all in order. With
   * `sliced`, the work yields to requests every 15 ms.
   */
  async function addRows(
    rows: readonly IndexedTicketRow[],
    sliced = false,
    asOldest = false,
  ): Promise<number> {
    // Added as the oldest so far: newest first, so the index ends in the order of adds oldest first.
    const fresh = rows
      .filter((row) => !index.has(row.id))
      .sort((left, right) => (asOldest ? right.number - left.number : left.number - right.number));
    const texts = await readTexts(
      database,
      fresh.filter((row) => row.stored === null).map((row) => row.id),
    );
    const computed: { ticketId: string; stored: StoredDescription }[] = [];
    let sliceStart = performance.now();
    let added = 0;
    for (const row of fresh) {
      if (sliced && performance.now() - sliceStart > backfillSliceMs) {
        await yieldToRequests();
        sliceStart = performance.now();
      }
      if (index.has(row.id)) {
        continue;
      }
      const context = { category: row.category, createdAtMs: row.createdAtMs, customerKey: row.customerKey };
      const decoded = row.stored === null ? null : decodeDescription(row.stored, context);
      if (decoded !== null) {
        index.add(row.id, decoded.document, row.relatedCount, decoded.signature, asOldest);
        index.setState(row.id, row.state);
        stats.fromStored += 1;
        deferred.delete(row.id);
        added += 1;
        continue;
      }
      const text = texts.get(row.id);
      if (text === undefined) {
        continue;
      }
      const document = describeTicket({ ...text, ...context });
      const signature = minhashOf(document);
      index.add(row.id, document, row.relatedCount, signature, asOldest);
      index.setState(row.id, row.state);
      computed.push({ ticketId: row.id, stored: encodeDescription(document, signature) });
      stats.describedFromText += 1;
      deferred.delete(row.id);
      added += 1;
    }
    if (added > 0) {
      onAdded();
    }
    await writeDescriptions(database, computed);
    return added;
  }

  return {
    loadAll: async (options) => {
      let added = 0;
      let before = Number.MAX_SAFE_INTEGER;
      let isRecentIn = false;
      for (;;) {
        const page = await readIndexPage(database, before, loadPageSize, true);
        const now: IndexedTicketRow[] = [];
        for (const row of page) {
          lastNumber = Math.max(lastNumber, row.number);
          before = Math.min(before, row.number);
          if (index.has(row.id)) {
            continue;
          }
          options.onRow(row);
          if (row.stored === null && row.createdAtMs < options.deferBeforeMs) {
            deferred.set(row.id, row.number);
          } else {
            now.push(row);
          }
        }
        // A page is a few hundred milliseconds of work: in slices, so requests (health above all) answer.
        added += await addRows(now, true, true);
        const oldest = page[page.length - 1];
        if (!isRecentIn && (oldest === undefined || oldest.createdAtMs < options.recentSinceMs)) {
          isRecentIn = true;
          options.onRecent();
        }
        if (page.length < loadPageSize) {
          return added;
        }
      }
    },
    loadNew: async (onRow) => {
      let added = 0;
      for (;;) {
        const page = await readIndexPage(database, lastNumber, loadPageSize);
        for (const row of page) {
          lastNumber = Math.max(lastNumber, row.number);
          if (!index.has(row.id)) {
            onRow(row);
          }
        }
        added += await addRows(page, true);
        if (page.length < loadPageSize) {
          return added;
        }
      }
    },
    loadIds: async (ids) => {
      const missing = ids.filter((id) => !index.has(id));
      return missing.length === 0 ? 0 : addRows(await readIndexRows(database, missing));
    },
    prepareCustomer: async (customerKey) => {
      const ids = (await readTicketsOfCustomer(database, customerKey)).filter((id) => !index.has(id));
      await addRows(await readIndexRows(database, ids), false, true);
    },
    backfill: async (isStopping) => {
      // Newest first: the tickets the next lookups most likely compare with.
      const work = [...deferred.entries()].sort((left, right) => right[1] - left[1]).map(([id]) => id);
      let described = 0;
      for (let position = 0; position < work.length && !isStopping(); position += backfillBatchSize) {
        const ids = work.slice(position, position + backfillBatchSize).filter((id) => deferred.has(id));
        described += await addRows(await readIndexRows(database, ids), true, true);
        await yieldToRequests();
      }
      return described;
    },
    get hasDeferred() {
      return deferred.size > 0;
    },
    stats,
  };
}
