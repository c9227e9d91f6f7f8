import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { readRouting } from '../../../server/routing/routing-store';
import { slaPauseAssignments } from '../../../server/storage/ticket-writes';
import { testEngines } from '../helpers/engines';

const before0046 = readMigrations().filter((migration) => migration.version < '0046');
const upTo0046 = readMigrations().filter((migration) => migration.version <= '0046');

describe.each(testEngines())('migration 0046-business-calendars on $name', (engine) => {
  let database: SqlDatabase;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0046);
    const [customer] = await database.query<{ id: string }>(
      "insert into customers (email, email_key) values ('a@example.com', 'a@example.com') returning id",
    );
    // A ticket that already spent three hours awaiting the customer, and is awaiting again.
    await database.query(
      `insert into tickets (customer_id, requester_email, subject, body, status, source, checklist,
         created_at, updated_at, sla_paused_ms, sla_paused_since)
       values ($1, 'a@example.com', 'Deposit missing', 'b', 'awaiting_customer', 'web',
         '{"analyzed": false, "items": []}'::jsonb, now() - interval '1 day', now() - interval '2 hours',
         10800000, now() - interval '2 hours')`,
      [customer?.id ?? null],
    );
    expect(await migrate(database, upTo0046)).toEqual(['0046']);
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps every team on 24x7 time', async () => {
    const routing = await readRouting(database);
    expect(routing.teams.map((team) => [team.name, team.business_calendar])).toEqual([
      ['Account security', null],
      ['Trading', null],
      ['Funds', null],
      ['General', null],
    ]);
  });

  it('keeps the paused time, with no span for the pauses before it', async () => {
    const [ticket] = await database.query<{ paused_ms: number | string; spans: unknown }>(
      "select sla_paused_ms as paused_ms, sla_paused_spans as spans from tickets where subject = 'Deposit missing'",
    );
    expect({ pausedMs: Number(ticket?.paused_ms), spans: ticket?.spans }).toEqual({
      pausedMs: 3 * 3_600_000,
      spans: [],
    });
  });

  it('records the span of every pause that ends from now on', async () => {
    await database.query(
      `update tickets set status = 'open', ${slaPauseAssignments('awaiting_customer', 'open').join(', ')}
       where subject = 'Deposit missing'`,
    );
    const [ticket] = await database.query<{
      paused_ms: number | string;
      spans: [number, number][];
      now_ms: number | string;
    }>(
      `select sla_paused_ms as paused_ms, sla_paused_spans as spans,
         floor(extract(epoch from now()) * 1000) as now_ms from tickets where subject = 'Deposit missing'`,
    );
    const added = Number(ticket?.paused_ms) - 3 * 3_600_000;
    expect(added).toBeGreaterThanOrEqual(2 * 3_600_000);
    const [span] = ticket?.spans ?? [];
    expect(span).toBeDefined();
    const [start = 0, end = 0] = (span ?? []).map(Number);
    expect(end - start).toBe(added);
    expect(Math.abs(Number(ticket?.now_ms) - end)).toBeLessThan(60_000);
  });

  it('trusts no span once an earlier total is restored', async () => {
    await database.query("update tickets set sla_paused_ms = 1000 where subject = 'Deposit missing'");
    const [ticket] = await database.query<{ spans: unknown }>(
      "select sla_paused_spans as spans from tickets where subject = 'Deposit missing'",
    );
    expect(ticket?.spans).toEqual([]);
  });
});
