import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate } from '../../../server/storage/migrate';
import { createTicketStore, type TicketStore } from '../../../server/storage/ticket-store';
import { storeResuggestions } from '../../../server/triage/resuggestions';
import { testEngines } from '../helpers/engines';
import { newTicket } from '../helpers/tickets';

describe.each(testEngines())('re-suggestions after a retraining on $name', (engine) => {
  let database: SqlDatabase;
  let store: TicketStore;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database);
    store = createTicketStore(database);
  });

  afterAll(async () => {
    await database.close();
  });

  it('rewrites the suggestion of a ticket nobody categorized, not of one an agent already judged', async () => {
    const untouched = (await store.createTicket(newTicket())).id;
    const judged = (await store.createTicket(newTicket({ requester: { email: 'lee@example.com' } }))).id;
    const admin = await store.systemAdmin();
    const confirmed = await store.updateTicket(
      judged,
      { category: 'deposit_withdrawal' },
      { agentId: admin.id, expectedVersion: null },
    );
    expect('ticket' in confirmed).toBe(true);
    const suggestion = { category: 'kyc', confidence: 0.9 };
    const changed = await storeResuggestions(
      database,
      [
        { id: untouched, suggestion },
        { id: judged, suggestion },
      ],
      0.8,
    );
    expect(changed).toEqual([untouched]);
    expect((await store.getTicket(untouched))?.suggested_category).toEqual(suggestion);
    expect((await store.getTicket(judged))?.suggested_category).not.toEqual(suggestion);
  });
});
