import { finalizeHash } from './minhash';

/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into `bands` bands of `rows`
 * values; two documents whose signatures agree on a whole band share a bucket. A pair with Jaccard
 * similarity s becomes a candidate with probability 1 − (1 − s^rows)^bands, so similar tickets are found
 * without comparing against every stored one. Callers may add extra bucket keys of their own (e.g. a
 * concept combination) to catch paraphrases and translations whose words differ.
 */
export interface LshIndex {
  /** Puts `id` in the buckets of `signature` (and of `extraKeys`). */
  add(id: number, signature: Uint32Array, extraKeys?: readonly number[]): void;
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

/** An empty LSH index. */
export function createLshIndex(options: LshOptions): LshIndex {
  const buckets = new Map<number, number[]>();
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

  return {
    add: (id, signature, extraKeys = []) => {
      for (const key of keysOf(signature, extraKeys)) {
        const bucket = buckets.get(key);
        if (bucket === undefined) {
          buckets.set(key, [id]);
        } else {
          bucket.push(id);
        }
      }
      size += 1;
    },
    remove: (id, signature, extraKeys = []) => {
      let wasPresent = false;
      for (const key of keysOf(signature, extraKeys)) {
        const bucket = buckets.get(key);
        const at = bucket?.lastIndexOf(id) ?? -1;
        if (bucket !== undefined && at >= 0) {
          bucket.splice(at, 1);
          wasPresent = true;
          if (bucket.length === 0) {
            buckets.delete(key);
          }
        }
      }
      if (wasPresent) {
        size -= 1;
      }
    },
    candidates: (signature, extraKeys = [], newestPerBucket = Number.POSITIVE_INFINITY) => {
      const found = new Set<number>();
      for (const key of keysOf(signature, extraKeys)) {
        const bucket = buckets.get(key);
        if (bucket === undefined) {
          continue;
        }
        const start = Math.max(0, bucket.length - newestPerBucket);
        for (let index = bucket.length - 1; index >= start; index -= 1) {
          found.add(bucket[index] ?? -1);
        }
      }
      return found;
    },
    get size() {
      return size;
    },
    get bucketCount() {
      return buckets.size;
    },
  };
}
