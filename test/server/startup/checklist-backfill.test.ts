import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistRulesVersion } from '../../../shared/checklist/rules-version';
import { startChecklistBackfill } from '../../../server/startup/checklist-backfill';
import { readChecklistBackfillState } from '../../../server/storage/checklist-backfill';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate } from '../../../server/storage/migrate';
import { writeSetting } from '../../../server/storage/settings';
import { createTicketStore, type TicketStore } from '../../../server/storage/ticket-store';
import { testEngines } from '../helpers/engines';
import { newTicket } from '../helpers/tickets';

const cryptoKeys = ['asset', 'network', 'amount', 'address', 'memo'];
const depositText = 'I deposited 300 USDT on TRC20 two hours ago and it has not been credited.';

describe.each(testEngines())('re-evaluating stored checklists on start on $name', (engine) => {
  let database: SqlDatabase;
  let store: TicketStore;
  const ids = { open: '', solved: '', unchanged: '' };
  const log: string[] = [];

  /** The ticket's checklist as a service before issue 17 stored it: no crypto items, no situation. */
  async function storeAsBefore(id: string): Promise<void> {
    await database.query(
      `update tickets set checklist = jsonb_set(checklist - 'situation', '{items}', coalesce(
         (select jsonb_agg(item) from jsonb_array_elements(checklist->'items') item
          where not (item->>'key' = any($2::text[]))), '[]'::jsonb))
       where id = $1`,
      [id, cryptoKeys],
    );
  }

  async function storedKeys(id: string): Promise<string[]> {
    const rows = await database.query<{ key: string }>(
      `select item->>'key' as key from tickets, jsonb_array_elements(checklist->'items') item where id = $1`,
      [id],
    );
    return rows.map((row) => row.key);
  }

  async function run(): Promise<void> {
    await startChecklistBackfill({ store, log: (line) => log.push(line), batchSize: 1 }).done;
  }

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database);
    store = createTicketStore(database);
    const deposit = { category: 'deposit_withdrawal', body: depositText, subject: 'Deposit missing' };
    ids.open = (await store.createTicket(newTicket(deposit))).id;
    ids.solved = (await store.createTicket(newTicket(deposit))).id;
    ids.unchanged = (await store.createTicket(newTicket({ body: 'Where can I change my nickname?' }))).id;
    await database.query(`update tickets set status = 'solved', solved_at = now() where id = $1`, [
      ids.solved,
    ]);
    await storeAsBefore(ids.open);
    await storeAsBefore(ids.solved);
  });

  afterAll(async () => {
    await database.close();
  });

  it('adds the new keys to open tickets stored before them, and tells the consoles', async () => {
    const seq = (await store.changesSince(0, 10_000)).at(-1)?.seq ?? 0;
    const before = await store.getTicket(ids.open);
    const unchangedBefore = await store.getTicket(ids.unchanged);
    expect(await storedKeys(ids.open)).not.toContain('asset');

    await run();

    const after = await store.getTicket(ids.open);
    expect(after?.checklist.situation).toBe('deposit_not_credited');
    expect(after?.checklist.items.find((item) => item.key === 'asset')).toMatchObject({
      present: true,
      normalized: 'USDT',
    });
    expect(after?.checklist.items.find((item) => item.key === 'network')).toMatchObject({ present: true });
    expect(after?.version).toBe((before?.version ?? 0) + 1);
    // Nothing happened on the ticket: its last update time stays.
    expect(after?.updated_at).toBe(before?.updated_at);
    expect(await storedKeys(ids.open)).toEqual(expect.arrayContaining(cryptoKeys));
    // A solved ticket is left as stored; a ticket whose findings did not change is not written.
    expect(await storedKeys(ids.solved)).not.toContain('asset');
    expect((await store.getTicket(ids.unchanged))?.version).toBe(unchangedBefore?.version);
    const changes = await store.changesSince(seq, 10_000);
    expect(changes.map((change) => [change.type, change.ticket_id])).toEqual([['ticket.updated', ids.open]]);
    expect(await store.loadInTransaction(readChecklistBackfillState)).toEqual({
      version: checklistRulesVersion,
      after_id: null,
    });
    expect(log.at(-1)).toContain(`rules version ${checklistRulesVersion}, 1 changed`);
  });

  it('runs once per rules version: a second start writes nothing, an older version runs again', async () => {
    const seq = (await store.changesSince(0, 10_000)).at(-1)?.seq ?? 0;
    const logged = log.length;
    await run();
    expect(await store.changesSince(seq, 10_000)).toEqual([]);
    expect(log).toHaveLength(logged);

    // Stored by the previous rules version, resumed halfway: it runs (again) from where it stopped.
    await storeAsBefore(ids.open);
    await store.loadInTransaction((transaction) =>
      writeSetting(transaction, 'checklist_backfill', { version: checklistRulesVersion - 1, after_id: null }),
    );
    await run();
    expect(await storedKeys(ids.open)).toEqual(expect.arrayContaining(cryptoKeys));
    const changes = await store.changesSince(seq, 10_000);
    expect(changes.map((change) => change.ticket_id)).toEqual([ids.open]);
  });
});
