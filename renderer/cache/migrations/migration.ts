import type { Transaction } from 'dexie';

/**
 * One version of the cache's schema: the Dexie store definitions that change in it (null deletes a table)
 * and the upgrade that rewrites rows written by the versions before it. One file per version, never edited
 * once shipped: an agent's cache may be at any earlier version when the console opens it.
 */
export interface CacheMigration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}
