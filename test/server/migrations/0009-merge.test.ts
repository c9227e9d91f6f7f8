import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { testEngines } from '../helpers/engines';
import { newTicket } from '../helpers/tickets';

const before0009 = readMigrations().filter((migration) => migration.version < '0009');
const upTo0009 = readMigrations().filter((migration) => migration.version <= '0009');

describe.each(testEngines())('migration 0009-merge on $name', (engine) => {
  let database: SqlDatabase;
  const ticketIds: string[] = [];

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0009);
    const store = createTicketStore(database);
    ticketIds.push((await store.createTicket(newTicket())).id, (await store.createTicket(newTicket())).id);
    await store.addCustomerMessage(ticketIds[1] ?? '', 'a follow-up', 'Kim');
    expect(await migrate(database, upTo0009)).toEqual(['0009']);
    // Today's store code reads columns of later migrations: bring the schema up to date before using it.
    await migrate(database, readMigrations());
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps the tickets, unmerged, and lets them be merged afterwards', async () => {
    const store = createTicketStore(database);
    const [target, source] = ticketIds as [string, string];
    const before = await store.getTicket(source);
    expect(before?.merged_into_ticket_id ?? null).toBeNull();
    expect(before?.messages.map((message) => message.body)).toEqual(['a follow-up']);
    const admin = await store.systemAdmin();
    const merged = await store.merges.merge(target, { source_ids: [source] }, admin);
    expect('merge' in merged).toBe(true);
    expect((await store.getTicket(target))?.messages.map((message) => message.merged_from_ticket_id)).toEqual(
      [source, source],
    );
  });
});
