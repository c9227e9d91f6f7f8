import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scrubStoredSecrets } from '../../../server/safety/scrub-stored';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { privateKeyHex, privateKeyLine, seedLine, seedPhrase } from '../safety/secret-fixtures';
import { testEngines } from '../helpers/engines';

const before0012 = readMigrations().filter((migration) => migration.version < '0012');

describe.each(testEngines())('migration 0012-secret-scrub and the startup scrub on $name', (engine) => {
  let database: SqlDatabase;
  let ticketId: string;
  let cleanTicketId: string;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0012);
    const [customer] = await database.query<{ id: string }>(
      "insert into customers (email, email_key) values ('a@example.com', 'a@example.com') returning id",
    );
    const checklist = {
      analyzed: true,
      items: [{ key: 'transaction_id', required: true, present: true, evidence: privateKeyLine }],
    };
    const [ticket] = await database.query<{ id: string }>(
      `insert into tickets (customer_id, requester_email, subject, body, status, source, checklist, language)
       values ($1, 'a@example.com', 'Wallet', $2, 'open', 'web', $3::jsonb, 'en') returning id`,
      [customer?.id ?? null, `Please check. ${seedLine}`, JSON.stringify(checklist)],
    );
    ticketId = ticket?.id ?? '';
    const [message] = await database.query<{ id: string }>(
      "insert into messages (ticket_id, kind, author_name, body) values ($1, 'customer', 'A', $2) returning id",
      [ticketId, `Also ${privateKeyLine}`],
    );
    await database.query(
      `insert into attachments (ticket_id, message_id, name, type, size, data)
       values ($1, $2, $3, 'image/png', 1, '\\x00'::bytea)`,
      [ticketId, message?.id ?? null, `${seedPhrase}.png`],
    );
    const [clean] = await database.query<{ id: string }>(
      `insert into tickets (customer_id, requester_email, subject, body, status, source, checklist)
       values ($1, 'a@example.com', 'Deposit', 'TxID 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060',
         'open', 'web', '{"analyzed": false, "items": []}'::jsonb) returning id`,
      [customer?.id ?? null],
    );
    cleanTicketId = clean?.id ?? '';
    const applied = await migrate(database);
    expect(applied).toContain('0012');
  });

  afterAll(async () => {
    await database.close();
  });

  it('only marks the scrub as due: SQL cannot run the detector', async () => {
    const rows = await database.query('select 1 from settings where key = $1', ['secret_scrub_pending']);
    expect(rows).toHaveLength(1);
    const [body] = await database.query<{ body: string }>('select body from tickets where id = $1', [
      ticketId,
    ]);
    expect(body?.body).toContain(seedPhrase);
  });

  it('masks stored tickets, messages, attachment names and checklist evidence, once', async () => {
    const latest = await createTicketStore(database).latestChangeSeq();
    const outcome = await scrubStoredSecrets(database);
    expect(outcome).toEqual({ isDue: true, ticketsRead: 2, ticketsChanged: 1 });
    const store = createTicketStore(database);
    const detail = await store.getTicket(ticketId);
    const text = JSON.stringify(detail);
    expect(text).not.toContain(seedPhrase);
    expect(text).not.toContain(privateKeyHex);
    expect(detail?.body).toContain('[seed phrase removed]');
    expect(detail?.attachments[0]?.name).toContain('.png');
    expect(detail?.redactions).toEqual(
      expect.arrayContaining([
        { kind: 'seed_phrase', message_id: null },
        { kind: 'private_key', message_id: null },
        { kind: 'private_key', message_id: detail?.messages[0]?.id },
        { kind: 'seed_phrase', message_id: detail?.messages[0]?.id },
      ]),
    );
    // Consoles that cached the old text refetch the ticket.
    const changes = await store.changesSince(latest, 100);
    expect(changes.map((change) => [change.type, change.ticket_id])).toEqual([['ticket.updated', ticketId]]);
    // The clean ticket is untouched, its tx hash exactly as sent.
    expect((await store.getTicket(cleanTicketId))?.version).toBe(1);
    expect(await scrubStoredSecrets(database)).toEqual({ isDue: false, ticketsRead: 0, ticketsChanged: 0 });
  });
});
