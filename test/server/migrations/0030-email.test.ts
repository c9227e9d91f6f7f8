import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { testEngines } from '../helpers/engines';
import { newTicket } from '../helpers/tickets';

const before0030 = readMigrations().filter((migration) => migration.version < '0030');
const upTo0030 = readMigrations().filter((migration) => migration.version <= '0030');

describe.each(testEngines())('migration 0030-email on $name', (engine) => {
  let database: SqlDatabase;
  let ticketId = '';

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0030);
    const store = createTicketStore(database);
    ticketId = (await store.createTicket({ ...newTicket(), source: 'email' })).id;
    await store.addCustomerMessage(ticketId, 'a follow-up', 'Kim');
    expect(await migrate(database, upTo0030)).toEqual(['0030']);
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps the tickets and their messages, with no mail recorded yet', async () => {
    // Today's store code reads today's schema (team calendars, 0046): bring the rest of the migrations first;
    // what this migration left in the rows is kept by them.
    await migrate(database, readMigrations());
    const store = createTicketStore(database);
    const ticket = await store.getTicket(ticketId);
    expect(ticket?.source).toBe('email');
    expect(ticket?.messages.map((message) => message.body)).toEqual(['a follow-up']);
    const counts = await database.query<{ inbound: number; outbound: number }>(
      `select (select count(*)::int from mail_inbound) as inbound, (select count(*)::int from mail_outbound) as outbound`,
    );
    expect(counts[0]).toEqual({ inbound: 0, outbound: 0 });
  });

  it('records a mail once per Message-ID, and one outbound mail per agent message', async () => {
    const insert = `insert into mail_inbound (message_key, via, raw) values ('a@b', 'smtp', '\\x00'::bytea)
      on conflict (message_key) do nothing returning id`;
    expect(await database.query(insert)).toHaveLength(1);
    expect(await database.query(insert)).toHaveLength(0);
  });
});
