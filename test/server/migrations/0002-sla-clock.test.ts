import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { testEngines } from '../helpers/engines';

const upTo0001 = readMigrations().filter((migration) => migration.version === '0001');
const upTo0002 = readMigrations().filter((migration) => migration.version <= '0002');

describe.each(testEngines())('migration 0002-sla-clock on $name', (engine) => {
  let database: SqlDatabase;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, upTo0001);
    const [customer] = await database.query<{ id: string }>(
      "insert into customers (email, email_key) values ('a@example.com', 'a@example.com') returning id",
    );
    const insert = (subject: string, status: string, solvedAt: string | null) =>
      database.query(
        `insert into tickets (customer_id, requester_email, subject, body, status, source, checklist,
           created_at, updated_at, solved_at)
         values ($1, 'a@example.com', $2, 'b', $3, 'web', '{"analyzed": false, "items": []}'::jsonb,
           '2025-05-01T00:00:00Z', '2025-05-01T06:00:00Z', $4)`,
        [customer?.id ?? null, subject, status, solvedAt],
      );
    await insert('working', 'open', null);
    await insert('waiting', 'awaiting_customer', null);
    await insert('done', 'solved', '2025-05-01T04:00:00Z');
    expect(await migrate(database, upTo0002)).toEqual(['0002']);
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps every ticket and starts the pause of those already paused', async () => {
    const rows = await database.query<{
      subject: string;
      status: string;
      paused_ms: number | string;
      since: string | null;
    }>(
      `select subject, status, sla_paused_ms as paused_ms, to_char(sla_paused_since at time zone 'UTC', 'HH24:MI') as since
       from tickets order by subject`,
    );
    expect(rows.map((row) => ({ ...row, paused_ms: Number(row.paused_ms) }))).toEqual([
      { subject: 'done', status: 'solved', paused_ms: 0, since: '04:00' },
      { subject: 'waiting', status: 'awaiting_customer', paused_ms: 0, since: '06:00' },
      { subject: 'working', status: 'open', paused_ms: 0, since: null },
    ]);
  });

  it('gives new tickets a running clock, and the store reads SLA clocks from the upgraded rows', async () => {
    // Today's store code reads today's schema (team calendars, 0046): bring the rest of the migrations first;
    // what this migration left in the rows is kept by them.
    await migrate(database, readMigrations());
    const store = createTicketStore(database, { now: () => Date.parse('2025-05-01T10:00:00Z') });
    const { tickets } = await store.listTickets({ limit: 10 });
    const bySubject = new Map(tickets.map((ticket) => [ticket.subject, ticket.sla]));
    expect(bySubject.get('working')?.resolution).toMatchObject({
      state: 'running',
      remaining_ms: 62 * 3_600_000,
    });
    expect(bySubject.get('waiting')?.resolution).toMatchObject({
      state: 'paused',
      remaining_ms: 66 * 3_600_000,
    });
    expect(bySubject.get('done')?.resolution).toMatchObject({ state: 'met', remaining_ms: 68 * 3_600_000 });
    await expect(
      database.query(
        "insert into tickets (customer_id, requester_email, subject, body, source, checklist) select customer_id, 'a@example.com', 'later', 'b', 'web', '{}'::jsonb from tickets limit 1",
      ),
    ).resolves.toBeDefined();
    const [later] = await database.query<{ paused_ms: number | string; since: Date | null }>(
      "select sla_paused_ms as paused_ms, sla_paused_since as since from tickets where subject = 'later'",
    );
    expect({ pausedMs: Number(later?.paused_ms), since: later?.since }).toEqual({ pausedMs: 0, since: null });
  });
});
