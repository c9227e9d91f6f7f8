/**
 * MinHash signatures: for each of `size` seeded hash functions, the smallest hash over a document's
 * features. Two signatures agree at a position with probability equal to the Jaccard similarity of the
 * feature sets, which is what the LSH index (lsh-index.ts) bands on. Deterministic: the seed fixes the
 * functions, so an index rebuilt at the next start matches the one before.
 */

/** FNV-1a over UTF-16 code units, then an avalanche: a well-spread 32-bit hash of `text`. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return finalizeHash(hash);
}

/** MurmurHash3's finalizer: every input bit affects every output bit. */
export function finalizeHash(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** Computes MinHash signatures of feature-hash sets. */
export interface MinHasher {
  /** Signature length. */
  readonly size: number;
  /** The signature of a set of feature hashes (an empty set gives all 0xffffffff). */
  signature(features: ArrayLike<number>): Uint32Array;
}

/** `size` hash functions derived from `seed` (splitmix32), the same for the same seed. */
export function createMinHasher(size: number, seed: number): MinHasher {
  const seeds = new Uint32Array(size);
  let state = seed >>> 0;
  for (let index = 0; index < size; index += 1) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[index] = finalizeHash(state);
  }
  return {
    size,
    signature: (features) => {
      const signature = new Uint32Array(size).fill(0xffffffff);
      for (let featureIndex = 0; featureIndex < features.length; featureIndex += 1) {
        const feature = features[featureIndex] ?? 0;
        for (let index = 0; index < size; index += 1) {
          const hash = finalizeHash(feature ^ (seeds[index] ?? 0));
          if (hash < (signature[index] ?? 0)) {
            signature[index] = hash;
          }
        }
      }
      return signature;
    },
  };
}
