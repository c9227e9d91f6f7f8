import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { readMisfiledThreshold, readTriageModel } from '../../../server/triage/model-storage';
import { testEngines } from '../helpers/engines';

const before0006 = readMigrations().filter((migration) => migration.version < '0006');
const upTo0006 = readMigrations().filter((migration) => migration.version <= '0006');

describe.each(testEngines())('migration 0006-triage on $name', (engine) => {
  let database: SqlDatabase;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0006);
    await database.query(
      `insert into customers (email, email_key) values ('old@example.com', 'old@example.com')`,
    );
    await database.query(
      `insert into tickets (customer_id, requester_email, subject, body, category, suggested_category, source,
         checklist)
       select id, email, 'Old ticket', 'Where is my deposit?', 'deposit_withdrawal',
         '{"category": "account_security", "confidence": 0.95}'::jsonb, 'web', '{"analyzed": false, "items": []}'::jsonb
       from customers`,
    );
    expect(await migrate(database, upTo0006)).toEqual(['0006']);
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps existing tickets, none of them marked possibly misfiled', async () => {
    // Today's store code reads today's schema (team calendars, 0046): bring the rest of the migrations first;
    // what this migration left in the rows is kept by them.
    await migrate(database, readMigrations());
    const store = createTicketStore(database);
    const listed = await store.listTickets({ limit: 10 });
    expect(listed.tickets).toHaveLength(1);
    expect(listed.tickets[0]).toMatchObject({
      subject: 'Old ticket',
      suggested_category: { category: 'account_security', confidence: 0.95 },
      possibly_misfiled: false,
    });
  });

  it('starts without a model and with the default threshold', async () => {
    expect(await readTriageModel(database)).toBeNull();
    expect(await readMisfiledThreshold(database)).toBe(0.8);
  });
});
