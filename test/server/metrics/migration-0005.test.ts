import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { testEngines } from '../helpers/engines';

const before0005 = readMigrations().filter((migration) => migration.version < '0005');
const upTo0005 = readMigrations().filter((migration) => migration.version <= '0005');

describe.each(testEngines())('migration 0005-metrics on $name', (engine) => {
  let database: SqlDatabase;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0005);
    await database.query(
      "insert into customers (email, email_key) values ('a@example.com', 'a@example.com') returning id",
    );
    const insert = (subject: string, status: string, solvedAt: string | null) =>
      database.query(
        `insert into tickets (customer_id, requester_email, subject, body, status, source, checklist,
           created_at, updated_at, solved_at)
         values ((select id from customers limit 1), 'a@example.com', $1, 'b', $2, 'web',
           '{"analyzed": false, "items": []}'::jsonb, '2025-05-01T00:00:00Z', '2025-05-01T06:00:00Z', $3)`,
        [subject, status, solvedAt],
      );
    await insert('waiting', 'new', null);
    await insert('working', 'open', null);
    await insert('done', 'solved', '2025-05-01T04:00:00Z');
    expect(await migrate(database, upTo0005)).toEqual(['0005']);
  });

  afterAll(async () => {
    await database.close();
  });

  it('gives tickets already stored the history an insert would have written', async () => {
    const rows = await database.query<{ subject: string; kind: string; to_status: string; at: string }>(
      `select t.subject, e.kind, e.to_status, to_char(e.at at time zone 'UTC', 'HH24:MI') as at
       from ticket_events e join tickets t on t.id = e.ticket_id order by t.subject, e.at`,
    );
    expect(rows).toEqual([
      { subject: 'done', kind: 'created', to_status: 'new', at: '00:00' },
      { subject: 'done', kind: 'solved', to_status: 'solved', at: '04:00' },
      { subject: 'waiting', kind: 'created', to_status: 'new', at: '00:00' },
      { subject: 'working', kind: 'created', to_status: 'new', at: '00:00' },
      { subject: 'working', kind: 'status', to_status: 'open', at: '06:00' },
    ]);
  });

  it('records status changes made after it, and nothing for other changes', async () => {
    await database.query(
      `update tickets set status = 'open', updated_at = '2025-05-02T00:00:00Z' where subject = 'done'`,
    );
    await database.query(`update tickets set priority = 'high' where subject = 'done'`);
    await database.query(`update tickets set status = 'open' where subject = 'working'`);
    const rows = await database.query<{ kind: string; from_status: string }>(
      `select e.kind, e.from_status from ticket_events e join tickets t on t.id = e.ticket_id
       where t.subject in ('done', 'working') and e.kind <> 'created' order by t.subject, e.at`,
    );
    expect(rows).toEqual([
      { kind: 'solved', from_status: 'new' },
      { kind: 'reopened', from_status: 'solved' },
      { kind: 'status', from_status: 'new' },
    ]);
  });
});
