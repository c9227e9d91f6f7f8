import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToken, hashToken } from '../../../server/storage/credentials';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate } from '../../../server/storage/migrate';
import { createTicketStore, type TicketStore } from '../../../server/storage/ticket-store';
import { testEngines } from '../helpers/engines';
import { newTicket } from '../helpers/tickets';

describe.each(testEngines())('customer access tokens in storage on $name', (engine) => {
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

  it('stores only the hash, in the same group commit as the tickets, each ticket with its own', async () => {
    const tokens = Array.from({ length: 20 }, () => generateToken());
    // Submitted in one turn, so they share one group commit.
    const created = await Promise.all(
      tokens.map((token, index) =>
        store.createTicket({
          ...newTicket({ subject: `group ${index}` }),
          accessTokenHash: hashToken(token),
        }),
      ),
    );
    const rows = await database.query<{ id: string; hash: string }>(
      'select id, customer_token_hash as hash from tickets where id = any($1::uuid[])',
      [created.map((ticket) => ticket.id)],
    );
    const hashById = new Map(rows.map((row) => [row.id, row.hash]));
    created.forEach((ticket, index) => {
      const token = tokens[index] ?? '';
      expect(hashById.get(ticket.id)).toBe(hashToken(token));
      expect(hashById.get(ticket.id)).not.toContain(token);
    });
    const [first, second] = created;
    expect(await store.isCustomerToken(first?.id ?? '', tokens[0] ?? '')).toBe(true);
    expect(await store.isCustomerToken(first?.id ?? '', tokens[1] ?? '')).toBe(false);
    expect(await store.isCustomerToken(second?.id ?? '', hashToken(tokens[1] ?? ''))).toBe(false);
  });

  it('gives tickets stored without a token (import, e-mail, demo) no customer access', async () => {
    const created = await store.createTicket(newTicket());
    expect(await store.isCustomerToken(created.id, '')).toBe(false);
    expect(await store.isCustomerToken(created.id, 'guess')).toBe(false);
  });
});
