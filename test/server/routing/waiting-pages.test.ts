import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { readWaiting, type WaitingKey } from '../../../server/routing/routing-store';
import { testEngines } from '../helpers/engines';
import { newTicket } from '../helpers/tickets';

describe.each(testEngines())('the router reading waiting tickets page by page on $name', (engine) => {
  let database: SqlDatabase;
  /** Ids in the order the router must see them: most urgent first, then oldest, then by id. */
  let expected: string[] = [];

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database);
    const store = createTicketStore(database);
    const ids: string[] = [];
    for (let index = 0; index < 25; index += 1) {
      ids.push((await store.createTicket(newTicket({ subject: `waiting ${index}` }))).id);
    }
    // Priorities in turn; several tickets share one created_at to the microsecond (ties broken by id), and
    // the times differ in microseconds, which a JavaScript Date would round away.
    const priorities = ['low', 'normal', 'high', 'urgent'];
    await database.query(
      `update tickets set priority = given.priority,
         created_at = timestamptz '2026-12-01 00:00:00' + given.micros * interval '1 microsecond'
       from unnest($1::uuid[], $2::text[], $3::int[]) as given(id, priority, micros)
       where tickets.id = given.id`,
      [ids, ids.map((_, index) => priorities[index % 4] ?? 'normal'), ids.map((_, index) => index % 3)],
    );
    const rows = await database.query<{ id: string }>(
      `select id from tickets
       order by array_position(array['urgent', 'high', 'normal', 'low'], priority), created_at, id`,
    );
    expected = rows.map((row) => row.id);
    // One assigned and one solved ticket never wait.
    await database.query(`update tickets set status = 'solved' where id = $1`, [ids[0] ?? '']);
    await database.query(`update tickets set assignee_id = (select id from agents limit 1) where id = $1`, [
      ids[1] ?? '',
    ]);
    expected = expected.filter((id) => id !== ids[0] && id !== ids[1]);
  });

  afterAll(async () => {
    await database.close();
  });

  it('reads every waiting ticket, most urgent and oldest first, each once, past any page size', async () => {
    const seen: string[] = [];
    let after: WaitingKey | null = null;
    let pages = 0;
    for (;;) {
      const page = await readWaiting(database, 4, after);
      seen.push(...page.tickets.map((ticket) => ticket.id));
      pages += 1;
      after = page.last;
      if (page.tickets.length < 4) {
        break;
      }
    }
    expect(seen).toEqual(expected);
    expect(pages).toBe(Math.floor(expected.length / 4) + 1);
  });
});
