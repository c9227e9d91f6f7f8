import { afterEach, describe, expect, it } from 'vitest';
import { CacheDatabase, cacheDatabaseName, openCache } from '../../../renderer/cache/cache-database';
import { cacheMigrations } from '../../../renderer/cache/migrations';
import { makeTicket } from '../fixtures';
import { freshIndexedDb } from './cache-test-database';

const opened: CacheDatabase[] = [];
function track(database: CacheDatabase): CacheDatabase {
  opened.push(database);
  return database;
}
afterEach(() => {
  for (const database of opened.splice(0)) {
    database.close();
  }
});

/** A database with only the first `version` migrations, as an older console left it. */
function atVersion(name: string, options: ReturnType<typeof freshIndexedDb>, version: number): CacheDatabase {
  return track(new CacheDatabase(name, options, cacheMigrations.slice(0, version)));
}

describe('cache migrations', () => {
  it('numbers the versions 1, 2, … without gaps', () => {
    expect(cacheMigrations.map((migration) => migration.version)).toEqual(
      cacheMigrations.map((_, index) => index + 1),
    );
  });

  it('v1 creates every table a fresh cache needs', async () => {
    const database = atVersion('fresh', freshIndexedDb(), 1);
    await database.open();
    expect(database.tables.map((table) => table.name).sort()).toEqual([
      'customers',
      'faq',
      'messages',
      'outbox',
      'sync_state',
      'tickets',
      'views',
    ]);
    await database.tickets.put(makeTicket({ number: 1 }));
    expect(await database.tickets.where('number').equals(1).count()).toBe(1);
  });

  it('upgrades a v1 cache with data to v2: outbox states and conflicts, threads by opening time', async () => {
    const options = freshIndexedDb();
    const old = atVersion('upgrade', options, 1);
    await old.open();
    await old.tickets.put(makeTicket({ number: 7, status: 'solved' }));
    await old.table('outbox').bulkPut([
      {
        key: 'a',
        action: { kind: 'bulk', body: {} },
        created_at: '2026-01-01T00:00:00.000Z',
        attempts: 3,
        next_attempt_at: '2026-01-01T00:00:00.000Z',
        failed: true,
        error: { code: 'forbidden', message: 'no' },
      },
      {
        key: 'b',
        action: { kind: 'bulk', body: {} },
        created_at: '2026-01-02T00:00:00.000Z',
        attempts: 0,
        next_attempt_at: '2026-01-02T00:00:00.000Z',
        failed: false,
        error: null,
      },
    ]);
    await old
      .table('messages')
      .put({ ticket_id: 'ticket-7', messages: [], attachments: [], fetched_at: '2026-01-03T00:00:00.000Z' });
    await old.sync_state.put({ key: 'changes_cursor', value: 42 });
    old.close();

    const upgraded = track(new CacheDatabase('upgrade', options, cacheMigrations.slice(0, 2)));
    await upgraded.open();
    expect(upgraded.verno).toBe(2);
    const outbox = await upgraded.outbox.orderBy('created_at').toArray();
    expect(outbox.map((entry) => [entry.key, entry.state, entry.conflicts])).toEqual([
      ['a', 'failed', []],
      ['b', 'pending', []],
    ]);
    expect(outbox[0]).not.toHaveProperty('failed');
    expect(await upgraded.outbox.where('state').equals('failed').count()).toBe(1);
    const thread = await upgraded.messages.get('ticket-7');
    expect(thread?.opened_at).toBe('2026-01-03T00:00:00.000Z');
    expect(await upgraded.messages.orderBy('opened_at').primaryKeys()).toEqual(['ticket-7']);
    // Data the migration does not touch survives it.
    expect((await upgraded.tickets.get('ticket-7'))?.status).toBe('solved');
    expect((await upgraded.sync_state.get('changes_cursor'))?.value).toBe(42);
  });

  it('upgrades a v2 cache with data to v3: customers and views dropped, everything else kept', async () => {
    const options = freshIndexedDb();
    const old = atVersion('drop-unwritten', options, 2);
    await old.open();
    await old.tickets.put(makeTicket({ number: 9, status: 'on_hold' }));
    await old.table('customers').put({ id: 'customer-1', value: { name: 'Kim' } });
    await old.table('views').put({ id: 'view-1', value: { name: 'Mine' } });
    await old.outbox.put({
      key: 'c',
      action: { kind: 'message', ticket_id: 'ticket-9', body: { kind: 'reply', body: 'Hello' } },
      created_at: '2026-01-04T00:00:00.000Z',
      attempts: 1,
      next_attempt_at: '2026-01-04T00:00:00.000Z',
      state: 'pending',
      error: null,
      conflicts: [],
    });
    await old.sync_state.put({ key: 'changes_cursor', value: 77 });
    old.close();

    const upgraded = track(new CacheDatabase('drop-unwritten', options));
    await upgraded.open();
    expect(upgraded.verno).toBe(3);
    expect(upgraded.tables.map((table) => table.name).sort()).toEqual([
      'faq',
      'messages',
      'outbox',
      'sync_state',
      'tickets',
    ]);
    // The queue, a reply still waiting to be sent and the cursor survive the upgrade.
    expect((await upgraded.tickets.get('ticket-9'))?.status).toBe('on_hold');
    expect((await upgraded.outbox.get('c'))?.state).toBe('pending');
    expect((await upgraded.sync_state.get('changes_cursor'))?.value).toBe(77);
  });

  it('keeps one database per service and agent', async () => {
    expect(cacheDatabaseName('http://a.example/', 'agent-1')).toBe(
      cacheDatabaseName('http://a.example', 'agent-1'),
    );
    expect(cacheDatabaseName('http://a.example', 'agent-1')).not.toBe(
      cacheDatabaseName('http://a.example', 'agent-2'),
    );
    expect(cacheDatabaseName('http://a.example', 'agent-1')).not.toBe(
      cacheDatabaseName('http://b.example', 'agent-1'),
    );
    const options = freshIndexedDb();
    const first = track(
      await openCache({ serviceUrl: 'http://a.example', agentId: 'agent-1', dexieOptions: options }),
    );
    const second = track(
      await openCache({ serviceUrl: 'http://a.example', agentId: 'agent-2', dexieOptions: options }),
    );
    await first.tickets.put(makeTicket({ number: 1 }));
    expect(await second.tickets.count()).toBe(0);
  });

  it('closes an older window when a newer console upgrades, and tells it', async () => {
    const options = freshIndexedDb();
    let askedToReload = false;
    const older = track(
      await openCache({
        serviceUrl: 'http://a.example',
        agentId: 'agent-1',
        dexieOptions: options,
        onVersionChange: () => (askedToReload = true),
      }),
    );
    // A newer console adds a version 3: the older window must let go so the upgrade is not blocked forever.
    const newer = track(
      new CacheDatabase(cacheDatabaseName('http://a.example', 'agent-1'), options, [
        ...cacheMigrations,
        { version: cacheMigrations.length + 1, stores: { drafts: 'ticket_id' } },
      ]),
    );
    await newer.open();
    expect(askedToReload).toBe(true);
    expect(older.isOpen()).toBe(false);
    expect(newer.verno).toBe(cacheMigrations.length + 1);
  });
});
