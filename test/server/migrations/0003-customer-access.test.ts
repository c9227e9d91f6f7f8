import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { testEngines } from '../helpers/engines';

const upTo0002 = readMigrations().filter((migration) => migration.version <= '0002');
const upTo0003 = readMigrations().filter((migration) => migration.version <= '0003');

describe.each(testEngines())('migration 0003-customer-access on $name', (engine) => {
  let database: SqlDatabase;
  let ticketId: string;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, upTo0002);
    const [customer] = await database.query<{ id: string }>(
      "insert into customers (email, email_key) values ('a@example.com', 'a@example.com') returning id",
    );
    const [ticket] = await database.query<{ id: string }>(
      `insert into tickets (customer_id, requester_email, subject, body, status, source, checklist)
       values ($1, 'a@example.com', 'Old ticket', 'Where is my deposit?', 'awaiting_customer', 'web',
         '{"analyzed": false, "items": []}'::jsonb) returning id`,
      [customer?.id ?? null],
    );
    ticketId = ticket?.id ?? '';
    await database.query(
      "insert into messages (ticket_id, kind, author_name, body) values ($1, 'customer', 'A', 'Any news?')",
      [ticketId],
    );
    expect(await migrate(database, upTo0003)).toEqual(['0003']);
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps tickets and messages, with no access token, no marks and no provided keys', async () => {
    // Today's store code reads today's schema (team calendars, 0046): bring the rest of the migrations first;
    // what this migration left in the rows is kept by them.
    await migrate(database, readMigrations());
    const [ticket] = await database.query<{ hash: string | null; marks: unknown; subject: string }>(
      'select customer_token_hash as hash, checklist_marks as marks, subject from tickets where id = $1',
      [ticketId],
    );
    expect(ticket).toEqual({ hash: null, marks: {}, subject: 'Old ticket' });
    const store = createTicketStore(database);
    const detail = await store.getTicket(ticketId);
    expect(detail?.messages.map((message) => message.body)).toEqual(['Any news?']);
    expect(detail?.messages[0]).not.toHaveProperty('checklist_provided');
  });

  it('gives an old ticket no customer access: no token opens it', async () => {
    const store = createTicketStore(database);
    expect(await store.isCustomerToken(ticketId, 'anything')).toBe(false);
  });
});
