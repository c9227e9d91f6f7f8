import { Dexie, type DexieOptions } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';

/** Dexie options on a fresh in-memory IndexedDB, so every test starts from an empty disk. */
export function freshIndexedDb(): DexieOptions {
  const indexedDB = new IDBFactory();
  // happy-dom has no IndexedDB, and Dexie's liveQuery (dexie-react-hooks) stays silent without a global one.
  Dexie.dependencies.indexedDB ??= indexedDB;
  Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;
  return { indexedDB, IDBKeyRange };
}
