import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { testEngines } from '../helpers/engines';

const before0046 = readMigrations().filter((migration) => migration.version < '0046');
const before0054 = readMigrations().filter((migration) => migration.version < '0054');
const upTo0054 = readMigrations().filter((migration) => migration.version <= '0054');
const hour = 3_600_000;

/*
 * Tickets whose pauses finished before 0046 (no span), as a database of the previous version holds them:
 * - Weekend: awaiting the customer from Friday 2026-03-06 18:00 to Monday 09:00 (63 h), then from Tuesday
 *   10:00 to 11:00: 64 h of paused time, all of it in the history.
 * - Restored: 5 h of paused time but a history of one 1 h pause (a merge undone put back an earlier total):
 *   the history does not account for it, so it is left as it was.
 * - Waiting: awaiting the customer now, no finished pause: nothing to rebuild.
 */
describe.each(testEngines())('migration 0054-pause-spans-from-history on $name', (engine) => {
  let database: SqlDatabase;

  async function ticket(subject: string): Promise<string> {
    const [row] = await database.query<{ id: string }>(
      `insert into tickets (customer_id, requester_email, subject, body, source, checklist, created_at, updated_at)
       values ((select id from customers limit 1), 'a@example.com', $1, 'b', 'web',
         '{"analyzed": false, "items": []}'::jsonb, '2026-03-06T09:00:00Z', '2026-03-06T09:00:00Z')
       returning id`,
      [subject],
    );
    return row?.id ?? '';
  }

  /** A status change at `at` with the pause bookkeeping the write paths do (`slaPauseAssignments`). */
  async function move(id: string, status: string, at: string): Promise<void> {
    const pausing = ['awaiting_customer', 'solved', 'closed'].includes(status);
    await database.query(
      `update tickets set status = $2, updated_at = $3::timestamptz,
         ${
           pausing
             ? 'sla_paused_since = $3::timestamptz'
             : `sla_paused_ms = sla_paused_ms + coalesce(floor(extract(epoch from ($3::timestamptz - sla_paused_since)) * 1000)::bigint, 0),
                sla_paused_since = null`
         }
       where id = $1`,
      [id, status, at],
    );
  }

  async function spansOf(subject: string): Promise<{ pausedMs: number; spans: unknown }> {
    const [row] = await database.query<{ paused_ms: number | string; spans: unknown }>(
      'select sla_paused_ms as paused_ms, sla_paused_spans as spans from tickets where subject = $1',
      [subject],
    );
    return { pausedMs: Number(row?.paused_ms), spans: row?.spans };
  }

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0046);
    await database.query(
      "insert into customers (email, email_key) values ('a@example.com', 'a@example.com')",
    );
    const weekend = await ticket('Weekend');
    await move(weekend, 'open', '2026-03-06T10:00:00Z');
    await move(weekend, 'awaiting_customer', '2026-03-06T18:00:00Z');
    await move(weekend, 'open', '2026-03-09T09:00:00Z');
    await move(weekend, 'awaiting_customer', '2026-03-10T10:00:00Z');
    await move(weekend, 'open', '2026-03-10T11:00:00Z');
    const restored = await ticket('Restored');
    await move(restored, 'awaiting_customer', '2026-03-06T10:00:00Z');
    await move(restored, 'open', '2026-03-06T11:00:00Z');
    await database.query(`update tickets set sla_paused_ms = ${5 * hour} where id = $1`, [restored]);
    const waiting = await ticket('Waiting');
    await move(waiting, 'awaiting_customer', '2026-03-06T12:00:00Z');
    await migrate(database, before0054);
    expect(await spansOf('Weekend')).toEqual({ pausedMs: 64 * hour, spans: [] });
    expect(await migrate(database, upTo0054)).toEqual(['0054']);
  });

  afterAll(async () => {
    await database.close();
  });

  it('rebuilds the spans of pauses finished before 0046 from the status history', async () => {
    expect(await spansOf('Weekend')).toEqual({
      pausedMs: 64 * hour,
      spans: [
        [Date.parse('2026-03-06T18:00:00Z'), Date.parse('2026-03-09T09:00:00Z')],
        [Date.parse('2026-03-10T10:00:00Z'), Date.parse('2026-03-10T11:00:00Z')],
      ],
    });
  });

  it('leaves a ticket whose history does not account for its paused time as it was', async () => {
    expect(await spansOf('Restored')).toEqual({ pausedMs: 5 * hour, spans: [] });
    expect(await spansOf('Waiting')).toEqual({ pausedMs: 0, spans: [] });
  });

  it('keeps recording the spans of later pauses', async () => {
    await database.query(
      `update tickets set sla_paused_ms = sla_paused_ms + ${hour} where subject = 'Weekend'`,
    );
    const after = await spansOf('Weekend');
    expect(after.pausedMs).toBe(65 * hour);
    expect(after.spans).toHaveLength(3);
  });
});
