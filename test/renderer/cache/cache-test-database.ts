import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DexieOptions } from 'dexie';

/** Dexie options on a fresh in-memory IndexedDB, so every test starts from an empty disk. */
export function freshIndexedDb(): DexieOptions {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}
