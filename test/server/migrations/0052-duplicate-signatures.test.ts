import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeTicket } from '../../../shared/duplicates/features';
import { encodeDescription, signatureVersion } from '../../../shared/duplicates/stored-description';
import { writeDescriptions } from '../../../server/duplicates/stored-descriptions';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { testEngines } from '../helpers/engines';

const before0052 = readMigrations().filter((migration) => migration.version < '0052');
const upTo0052 = readMigrations().filter((migration) => migration.version <= '0052');

describe.each(testEngines())('migration 0052-duplicate-signatures on $name', (engine) => {
  let database: SqlDatabase;
  let ticketId = '';

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0052);
    const customer = await database.query<{ id: string }>(
      `insert into customers (email, email_key) values ('ada@example.com', 'ada@example.com') returning id`,
    );
    const ticket = await database.query<{ id: string }>(
      `insert into tickets (customer_id, requester_email, subject, body, source, checklist)
       values ($1, 'ada@example.com', 'BTC withdrawal pending', 'My 0.5 BTC withdrawal is still pending.', 'web', '{}'::jsonb)
       returning id`,
      [customer[0]?.id ?? ''],
    );
    ticketId = ticket[0]?.id ?? '';
    expect(await migrate(database, upTo0052)).toEqual(['0052']);
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps the tickets, with no description yet (the service backfills them)', async () => {
    const tickets = await database.query<{ subject: string }>('select subject from tickets');
    expect(tickets).toEqual([{ subject: 'BTC withdrawal pending' }]);
    const rows = await database.query('select * from duplicate_signatures');
    expect(rows).toEqual([]);
  });

  it('stores a description byte for byte, and replaces one of another version only', async () => {
    const document = describeTicket({
      subject: 'BTC withdrawal pending',
      body: 'My 0.5 BTC withdrawal is still pending. txid 0x9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c',
      category: null,
      createdAtMs: 0,
      customerKey: 'ada@example.com',
    });
    const stored = encodeDescription(document);
    await writeDescriptions(database, [{ ticketId, stored: { ...stored, version: signatureVersion + 1 } }]);
    await writeDescriptions(database, [{ ticketId, stored }]);
    const rows = await database.query<{
      version: number;
      minhash: Uint8Array;
      features: Uint8Array;
      identifiers: string[];
    }>('select version, minhash, features, identifiers from duplicate_signatures');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.version).toBe(signatureVersion);
    expect(Buffer.from(rows[0]?.minhash ?? []).equals(Buffer.from(stored.minhash))).toBe(true);
    expect(Buffer.from(rows[0]?.features ?? []).equals(Buffer.from(stored.features))).toBe(true);
    // The quoted tx hash, then the finer problems as `detail:` entries (issue 18: "still pending").
    expect(rows[0]?.identifiers).toEqual([...stored.identifiers]);
    expect(stored.identifiers).toEqual([...document.identifiers, 'detail:reviewWait']);
    expect(document.identifiers.length).toBe(1);
    // A description of a ticket that does not exist is not stored.
    await writeDescriptions(database, [{ ticketId: '00000000-0000-4000-8000-000000000000', stored }]);
    const count = await database.query<{ count: number | string }>(
      'select count(*) as count from duplicate_signatures',
    );
    expect(Number(count[0]?.count)).toBe(1);
  });
});
