import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { hashToken } from '../../../server/storage/credentials';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { ticketIdForAccessToken } from '../../../server/help/help-store';
import { insertIncident, linkTickets } from '../../../server/incidents/incident-store';
import { testEngines } from '../helpers/engines';
import { newTicket } from '../helpers/tickets';

const before0035 = readMigrations().filter((migration) => migration.version < '0035');
const upTo0035 = readMigrations().filter((migration) => migration.version <= '0035');

describe.each(testEngines())('migration 0035-incidents-and-help-center on $name', (engine) => {
  let database: SqlDatabase;
  let ticketId = '';

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0035);
    const store = createTicketStore(database);
    ticketId = (await store.createTicket({ ...newTicket(), accessTokenHash: hashToken('old-token') })).id;
    await database.query(
      `insert into faq_replies (variants) values ('[{"language":"en","title":"t","body":"b"}]'::jsonb)`,
    );
    expect(await migrate(database, upTo0035)).toEqual(['0035']);
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps tickets reachable by their access token and FAQ replies private until a lead says otherwise', async () => {
    expect(await ticketIdForAccessToken(database, 'old-token')).toBe(ticketId);
    const replies = await database.query<{ is_public: boolean }>('select is_public from faq_replies');
    expect(replies).toEqual([{ is_public: false }]);
  });

  it('lets existing tickets be linked to a new incident', async () => {
    const admin = (await createTicketStore(database).systemAdmin()).id;
    const incident = await database.transaction((transaction) =>
      insertIncident(
        transaction,
        { title: { en: 'Maintenance' }, body: { en: 'Back soon' }, categories: [], status: 'monitoring' },
        admin,
      ),
    );
    const linked = await database.transaction((transaction) =>
      linkTickets(transaction, incident.id, [ticketId], 'lead', admin),
    );
    expect(linked).toEqual({ linked: 1, already_linked: 0, unknown: [] });
  });
});
