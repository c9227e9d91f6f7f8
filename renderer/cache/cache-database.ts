import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { AttachmentSummary, Message, Ticket } from '../../shared/domain/schemas';
import type { FaqReply } from '../../shared/domain/faq-schemas';
import type { OutboxEntry } from '../../shared/sync/outbox';
import { normalizeServiceUrl } from '../api/api-client';
import { cacheMigrations } from './migrations';
import type { CacheMigration } from './migrations/migration';

/** An opened ticket's thread and attachment summaries, kept so the ticket opens offline. */
export interface CachedThread {
  ticket_id: string;
  messages: Message[];
  attachments: AttachmentSummary[];
  /** When the agent last opened the ticket: eviction drops the oldest first. */
  opened_at: string;
}

/** One row of sync state: the change-log cursor, and whether the first full sync finished. */
export interface SyncStateRow {
  key: string;
  value: unknown;
}

/** The console's offline cache: one IndexedDB database per service and agent. */
export class CacheDatabase extends Dexie {
  tickets!: EntityTable<Ticket, 'id'>;
  messages!: EntityTable<CachedThread, 'ticket_id'>;
  faq!: EntityTable<FaqReply, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'key'>;
  sync_state!: EntityTable<SyncStateRow, 'key'>;

  constructor(
    name: string,
    options: DexieOptions = {},
    migrations: readonly CacheMigration[] = cacheMigrations,
  ) {
    super(name, options);
    for (const migration of migrations) {
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) {
        version.upgrade(migration.upgrade);
      }
    }
  }
}

/**
 * The database name of one service and agent: two agents on one workstation, or one agent on two services,
 * never read each other's cache.
 */
export function cacheDatabaseName(serviceUrl: string, agentId: string): string {
  return `support-console:${normalizeServiceUrl(serviceUrl)}:${agentId}`;
}

/**
 * Opens the cache. `onBlocked` runs when an older window still holds the previous schema open (the upgrade
 * waits for it); `onVersionChange` runs in this window when a newer console wants to upgrade: the database
 * is closed first so the upgrade can proceed, and the window should ask the agent to reload.
 */
export async function openCache(options: {
  serviceUrl: string;
  agentId: string;
  dexieOptions?: DexieOptions;
  onBlocked?: () => void;
  onVersionChange?: () => void;
}): Promise<CacheDatabase> {
  const database = new CacheDatabase(
    cacheDatabaseName(options.serviceUrl, options.agentId),
    options.dexieOptions,
  );
  database.on('blocked', () => options.onBlocked?.());
  database.on('versionchange', () => {
    database.close();
    options.onVersionChange?.();
    // Returning false tells Dexie we handled it (it would otherwise close silently, leaving us unaware).
    return false;
  });
  await database.open();
  return database;
}
