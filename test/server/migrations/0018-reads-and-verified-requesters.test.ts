import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { testEngines } from '../helpers/engines';
import { newTicket } from '../helpers/tickets';

const before0018 = readMigrations().filter((migration) => migration.version < '0018');
const upTo0018 = readMigrations().filter((migration) => migration.version <= '0018');

describe.each(testEngines())('migration 0018-reads-and-verified-requesters on $name', (engine) => {
  let database: SqlDatabase;
  let ticketIds: [string, string] = ['', ''];
  let crossMergeId = '';

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0018);
    const store = createTicketStore(database);
    const admin = await store.systemAdmin();
    ticketIds = [
      (await store.createTicket(newTicket({ requester: { email: 'a@example.com' } }))).id,
      (await store.createTicket(newTicket({ requester: { email: 'b@example.com' } }))).id,
    ];
    // A cross-customer merge as the previous version stored it (today's merge code writes 0018's column).
    const merged = await database.query<{ id: string }>(
      `insert into merges (target_id, source_ids, merged_by, undo_until, different_customers, source_snapshots)
       values ($1, $2::uuid[], $3, now() + interval '1 day', true, '[]'::jsonb) returning id`,
      [ticketIds[0], [ticketIds[1]], admin.id],
    );
    crossMergeId = merged[0]?.id ?? '';
    expect(await migrate(database, upTo0018)).toEqual(['0018']);
  });

  afterAll(async () => {
    await database.close();
  });

  it("keeps earlier tickets as unverified, and an earlier cross-customer merge as a lead's", async () => {
    // Today's store code reads today's schema (team calendars, 0046): bring the rest of the migrations first;
    // what this migration left in the rows is kept by them.
    await migrate(database, readMigrations());
    const store = createTicketStore(database);
    const ticket = await store.getTicket(ticketIds[0]);
    expect(ticket?.requester).toMatchObject({ email: 'a@example.com', verified: false, account_id: null });
    const rows = await database.query<{ required_role: string }>(
      'select required_role from merges where id = $1',
      [crossMergeId],
    );
    expect(rows[0]?.required_role).toBe('lead');
    const admin = await store.systemAdmin();
    await database.query(
      `insert into access_log (agent_id, ticket_id, kind, at) values ($1, $2, 'read', now())`,
      [admin.id, ticketIds[0]],
    );
    const count = await database.query<{ count: string | number }>(
      'select count(*) as count from access_log',
    );
    expect(Number(count[0]?.count)).toBe(1);
  });
});
