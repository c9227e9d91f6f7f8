import { finalizeHash } from './minhash';

/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into `bands` bands of `rows`
 * values; two documents whose signatures agree on a whole band share a bucket. A pair with Jaccard
 * similarity s becomes a candidate with probability 1 − (1 − s^rows)^bands, so similar tickets are found
 * without comparing against every stored one. Callers may add extra bucket keys of their own (e.g. a
 * concept combination) to catch paraphrases and translations whose words differ.
 */
export interface LshIndex {
  /**
   * Puts `id` in the buckets of `signature` (and of `extraKeys`), as their newest entry, or with `asOldest`
   * as their oldest (an index loaded newest first keeps the same order as one built oldest first).
   */
  add(id: number, signature: Uint32Array, extraKeys?: readonly number[], asOldest?: boolean): void;
  /** Takes `id` out of the buckets it was added to with the same signature and keys. */
  remove(id: number, signature: Uint32Array, extraKeys?: readonly number[]): void;
  /**
   * The ids sharing at least one bucket with `signature` (or `extraKeys`), without repeats. Of each bucket
   * only the `newestPerBucket` last-added ids are taken, so a bucket of very common wording cannot make a
   * lookup slow (ids added later are the more recent tickets).
   */
  candidates(signature: Uint32Array, extraKeys?: readonly number[], newestPerBucket?: number): Set<number>;
  /** How many ids were added and not removed. */
  readonly size: number;
  /** How many buckets exist. */
  readonly bucketCount: number;
}

/** Banding parameters; `bands * rows` must not exceed the signature length. */
export interface LshOptions {
  bands: number;
  rows: number;
}

/**
 * An empty LSH index. Buckets live in typed arrays (an open-addressing table of bucket keys, each the head
 * of a linked list of entries, newest first) rather than a Map of arrays: at a million tickets and ~17 keys
 * each, a Map of small arrays would cost over a gigabyte and long garbage-collection pauses.
 */
export function createLshIndex(options: LshOptions): LshIndex {
  let tableKeys = new Uint32Array(1 << 12);
  let tableHeads = new Int32Array(1 << 12);
  let tableTails = new Int32Array(1 << 12);
  let tableUsed = new Uint8Array(1 << 12);
  let bucketCount = 0;
  let entryIds = new Int32Array(1 << 12);
  let entryNext = new Int32Array(1 << 12);
  let entryCount = 0;
  let size = 0;

  function keysOf(signature: Uint32Array, extraKeys: readonly number[]): number[] {
    if (signature.length < options.bands * options.rows) {
      throw new Error(`a signature of ${signature.length} values cannot fill ${options.bands} bands`);
    }
    const keys: number[] = [];
    for (let band = 0; band < options.bands; band += 1) {
      // The band number is mixed in so equal values in different bands do not share a bucket.
      let hash = finalizeHash(band + 0x51ed27);
      for (let row = 0; row < options.rows; row += 1) {
        hash = finalizeHash(Math.imul(hash, 31) ^ (signature[band * options.rows + row] ?? 0));
      }
      keys.push(hash);
    }
    for (const key of extraKeys) {
      keys.push(finalizeHash(key ^ 0x6a09e667));
    }
    return keys;
  }

  /** The table slot of `key`: where it is, or the empty slot where it would go (linear probing). */
  function slotOf(key: number): number {
    const mask = tableKeys.length - 1;
    let slot = key & mask;
    while (tableUsed[slot] === 1 && tableKeys[slot] !== key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  function growTable(): void {
    const oldKeys = tableKeys;
    const oldHeads = tableHeads;
    const oldTails = tableTails;
    const oldUsed = tableUsed;
    tableKeys = new Uint32Array(oldKeys.length * 2);
    tableHeads = new Int32Array(oldKeys.length * 2);
    tableTails = new Int32Array(oldKeys.length * 2);
    tableUsed = new Uint8Array(oldKeys.length * 2);
    for (let slot = 0; slot < oldKeys.length; slot += 1) {
      if (oldUsed[slot] === 1) {
        const next = slotOf(oldKeys[slot] ?? 0);
        tableUsed[next] = 1;
        tableKeys[next] = oldKeys[slot] ?? 0;
        tableHeads[next] = oldHeads[slot] ?? -1;
        tableTails[next] = oldTails[slot] ?? -1;
      }
    }
  }

  function growEntries(): void {
    const ids = new Int32Array(entryIds.length * 2);
    ids.set(entryIds);
    entryIds = ids;
    const next = new Int32Array(entryNext.length * 2);
    next.set(entryNext);
    entryNext = next;
  }

  function insert(key: number, id: number, asOldest: boolean): void {
    if ((bucketCount + 1) * 2 > tableKeys.length) {
      growTable();
    }
    const slot = slotOf(key);
    if (tableUsed[slot] !== 1) {
      tableUsed[slot] = 1;
      tableKeys[slot] = key;
      tableHeads[slot] = -1;
      tableTails[slot] = -1;
      bucketCount += 1;
    }
    if (entryCount >= entryIds.length) {
      growEntries();
    }
    const entry = entryCount;
    entryIds[entry] = id;
    entryCount += 1;
    const tail = tableTails[slot] ?? -1;
    if (tail < 0) {
      entryNext[entry] = -1;
      tableHeads[slot] = entry;
      tableTails[slot] = entry;
    } else if (asOldest) {
      entryNext[entry] = -1;
      entryNext[tail] = entry;
      tableTails[slot] = entry;
    } else {
      entryNext[entry] = tableHeads[slot] ?? -1;
      tableHeads[slot] = entry;
    }
  }

  /** Unlinks `id` from the bucket of `key`; true when it was there. (The entry's slot is not reused.) */
  function unlink(key: number, id: number): boolean {
    const slot = slotOf(key);
    if (tableUsed[slot] !== 1) {
      return false;
    }
    let previous = -1;
    for (let entry = tableHeads[slot] ?? -1; entry >= 0; entry = entryNext[entry] ?? -1) {
      if (entryIds[entry] === id) {
        if (previous < 0) {
          tableHeads[slot] = entryNext[entry] ?? -1;
        } else {
          entryNext[previous] = entryNext[entry] ?? -1;
        }
        if (tableTails[slot] === entry) {
          tableTails[slot] = previous;
        }
        return true;
      }
      previous = entry;
    }
    return false;
  }

  return {
    add: (id, signature, extraKeys = [], asOldest = false) => {
      for (const key of keysOf(signature, extraKeys)) {
        insert(key, id, asOldest);
      }
      size += 1;
    },
    remove: (id, signature, extraKeys = []) => {
      let wasPresent = false;
      for (const key of keysOf(signature, extraKeys)) {
        wasPresent = unlink(key, id) || wasPresent;
      }
      if (wasPresent) {
        size -= 1;
      }
    },
    candidates: (signature, extraKeys = [], newestPerBucket = Number.POSITIVE_INFINITY) => {
      const found = new Set<number>();
      for (const key of keysOf(signature, extraKeys)) {
        const slot = slotOf(key);
        if (tableUsed[slot] !== 1) {
          continue;
        }
        let taken = 0;
        for (
          let entry = tableHeads[slot] ?? -1;
          entry >= 0 && taken < newestPerBucket;
          entry = entryNext[entry] ?? -1
        ) {
          found.add(entryIds[entry] ?? -1);
          taken += 1;
        }
      }
      return found;
    },
    get size() {
      return size;
    },
    get bucketCount() {
      return bucketCount;
    },
  };
}
