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
  readUndescribedOfCustomer,
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
   * Adds the tickets numbered after the last one loaded; tickets without a stored description created before
   * `deferBeforeMs` wait for `backfill` (null: none wait). Calls `onRow` for each ticket added or deferred.
   */
  loadNew(deferBeforeMs: number | null, onRow: (row: IndexedTicketRow) => void): Promise<number>;
  /** Adds the given tickets (another node's, heard from the change log) if the index lacks them. */
  loadIds(ids: readonly string[]): Promise<number>;
  /** Describes a customer's deferred tickets now, so their possible duplicates are right before the backfill. */
  prepareCustomer(customerKey: string): Promise<void>;
  /** Describes and stores every deferred ticket, newest first, in slices between requests. */
  backfill(isStopping: () => boolean): Promise<number>;
  /** Whether tickets wait for the backfill. */
  readonly hasDeferred: boolean;
  readonly stats: IndexLoadStats;
}

/** A loader for `index`. */
export function createIndexLoader(database: SqlDatabase, index: DuplicateIndex): IndexLoader {
  let lastNumber = 0;
  const deferred = new Map<string, number>();
  const stats: IndexLoadStats = { fromStored: 0, describedFromText: 0 };

  const yieldToRequests = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  /**
   * Describes the undescribed ones among `rows` from their text, stores that, and adds all in order. With
   * `sliced`, describing (the costly part: tokenising) yields to requests every 15 ms.
   */
  async function addRows(rows: readonly IndexedTicketRow[], sliced = false): Promise<number> {
    const fresh = rows.filter((row) => !index.has(row.id));
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
        index.add(row.id, decoded.document, row.relatedCount, decoded.signature);
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
      index.add(row.id, document, row.relatedCount, signature);
      computed.push({ ticketId: row.id, stored: encodeDescription(document, signature) });
      stats.describedFromText += 1;
      deferred.delete(row.id);
      added += 1;
    }
    await writeDescriptions(database, computed);
    return added;
  }

  return {
    loadNew: async (deferBeforeMs, onRow) => {
      let added = 0;
      for (;;) {
        const page = await readIndexPage(database, lastNumber, loadPageSize);
        const now: IndexedTicketRow[] = [];
        for (const row of page) {
          lastNumber = Math.max(lastNumber, row.number);
          if (index.has(row.id)) {
            continue;
          }
          onRow(row);
          if (row.stored === null && deferBeforeMs !== null && row.createdAtMs < deferBeforeMs) {
            deferred.set(row.id, row.number);
          } else {
            now.push(row);
          }
        }
        added += await addRows(now);
        if (page.length < loadPageSize) {
          return added;
        }
        // Each page is a few hundred milliseconds of work: requests (health above all) answer between them.
        await yieldToRequests();
      }
    },
    loadIds: async (ids) => {
      const missing = ids.filter((id) => !index.has(id));
      return missing.length === 0 ? 0 : addRows(await readIndexRows(database, missing));
    },
    prepareCustomer: async (customerKey) => {
      if (deferred.size === 0) {
        return;
      }
      const ids = (await readUndescribedOfCustomer(database, customerKey)).filter((id) => deferred.has(id));
      await addRows(await readIndexRows(database, ids));
    },
    backfill: async (isStopping) => {
      // Newest first: the tickets the next lookups most likely compare with.
      const work = [...deferred.entries()].sort((left, right) => right[1] - left[1]).map(([id]) => id);
      let described = 0;
      for (let position = 0; position < work.length && !isStopping(); position += backfillBatchSize) {
        const ids = work.slice(position, position + backfillBatchSize).filter((id) => deferred.has(id));
        described += await addRows(await readIndexRows(database, ids), true);
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
