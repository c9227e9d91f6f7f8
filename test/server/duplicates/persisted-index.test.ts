import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeResponseSchema, ticketDetailSchema, type TicketDetail } from '../../../shared/domain/schemas';
import { signatureVersion } from '../../../shared/duplicates/stored-description';
import { startService, type RunningService } from '../../../server/service';
import type { SqlDatabase } from '../../../server/storage/database';
import { openPgliteDatabase } from '../../../server/storage/pglite-database';
import { openPostgresDatabase } from '../../../server/storage/postgres-database';
import { testEngines, type TestEngine } from '../helpers/engines';
import { until } from '../helpers/polling';
import { intakeRequest, sendRequest, testAdminToken } from '../helpers/service';

/**
 * Issue 21: the duplicate index is persisted (migration 0052). A restarted node loads the stored
 * descriptions instead of describing every ticket's text again, and its lookups are right from the first
 * request: tickets without a description (older data, another version's) are described again.
 */
const withdrawal = {
  subject: 'BTC withdrawal pending for 3 hours',
  body: 'I requested a withdrawal of 0.42 BTC to my Ledger this morning and it is still pending.',
  category: 'deposit_withdrawal',
};
const resubmission = {
  subject: 'Where is my bitcoin??',
  body: 'Any update? I withdrew 0.42 bitcoin to my hardware wallet this morning and it still has not arrived.',
  category: 'deposit_withdrawal',
};
const outage = {
  subject: 'SOL withdrawal stuck',
  body: 'My Solana withdrawal has been processing for two hours, is the network down?',
  category: 'deposit_withdrawal',
};

describe.each(testEngines())('the persisted duplicate index on $name', (engine: TestEngine) => {
  let dataDir = '';
  let databaseUrl: string | null = null;
  let node: RunningService | null = null;
  let lines: string[] = [];

  const start = async (): Promise<RunningService> => {
    lines = [];
    node = await startService({
      port: 0,
      dataDir: databaseUrl === null ? dataDir : null,
      adminToken: testAdminToken,
      intakeRateLimit: { max: 100_000, windowMs: 60_000 },
      ...(databaseUrl === null ? {} : { databaseUrl, cluster: false }),
      log: (line) => lines.push(line),
    });
    return node;
  };
  const stop = async (): Promise<void> => {
    await node?.close();
    node = null;
  };
  /** The database while no node runs (PGlite's folder has one user at a time). */
  const withDatabase = async <T>(work: (database: SqlDatabase) => Promise<T>): Promise<T> => {
    const database =
      databaseUrl === null
        ? await openPgliteDatabase({ dataDir: join(dataDir, 'pglite') })
        : await openPostgresDatabase({ url: databaseUrl });
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  };
  const file = async (email: string, ticket: Record<string, unknown>): Promise<string> => {
    const response = await sendRequest(node?.url ?? '', 'POST', '/api/tickets', {
      token: null,
      body: intakeRequest({ requester: { email, name: 'Customer', locale: 'en' }, ...ticket }),
    });
    expect(response.status).toBe(201);
    return intakeResponseSchema.parse(response.body).id;
  };
  const read = async (id: string): Promise<TicketDetail> =>
    ticketDetailSchema.parse((await sendRequest(node?.url ?? '', 'GET', `/api/tickets/${id}`)).body);
  /** The start's log line: how many tickets came from stored descriptions and how many from their text. */
  const indexLine = async (): Promise<{ fromStored: number; fromText: number }> => {
    const line = await until(
      () => Promise.resolve(lines.find((entry) => entry.startsWith('duplicate index:')) ?? ''),
      (entry) => entry !== '',
      20_000,
    );
    const match = /\((\d+) from stored descriptions, (\d+) described from text\)/u.exec(line);
    return { fromStored: Number(match?.[1] ?? -1), fromText: Number(match?.[2] ?? -1) };
  };
  const storedVersions = (): Promise<{ version: number; count: number }[]> =>
    withDatabase(async (database) =>
      (
        await database.query<{ version: number; count: number | string }>(
          'select version, count(*) as count from duplicate_signatures group by version',
        )
      ).map((row) => ({ version: row.version, count: Number(row.count) })),
    );

  let first = '';
  let other = '';

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'persisted-index-'));
    databaseUrl = await engine.serviceDatabaseUrl();
    await start();
    first = await file('dana@example.com', withdrawal);
    other = await file('farid@example.com', outage);
    await stop();
  });

  afterAll(async () => {
    await stop();
    await engine.cleanUp();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores each intake ticket with its description, in the current version', async () => {
    expect(await storedVersions()).toEqual([{ version: signatureVersion, count: 2 }]);
  });

  it('a restarted node describes no text and still finds the resubmission and the related report', async () => {
    await start();
    const again = await file('Dana@Example.com', resubmission);
    expect(await indexLine()).toEqual({ fromStored: 2, fromText: 0 });
    expect((await read(again)).possible_duplicates.map((match) => match.id)).toEqual([first]);
    const cluster = await file('gina@example.com', {
      subject: 'Solana withdrawal not arriving',
      body: 'My SOL withdrawal is stuck in processing for hours. Is the Solana network down?',
      category: 'deposit_withdrawal',
    });
    expect((await read(cluster)).related.map((match) => match.id)).toContain(other);
    await stop();
    expect(await storedVersions()).toEqual([{ version: signatureVersion, count: 4 }]);
  });

  it('a description of another version is recomputed from the text, never used', async () => {
    await withDatabase((database) => database.query('update duplicate_signatures set version = version + 1'));
    await start();
    const again = await file('dana@example.com', resubmission);
    expect(await indexLine()).toEqual({ fromStored: 0, fromText: 4 });
    expect((await read(again)).possible_duplicates.map((match) => match.id)).toContain(first);
    await stop();
    expect(await storedVersions()).toEqual([{ version: signatureVersion, count: 5 }]);
  });

  it('older tickets without a description are found from the first request, then backfilled', async () => {
    // An older version's data: no descriptions, and the first ticket filed a month ago (outside the related
    // window, so the start leaves it to the background backfill; the customer's lookup describes it first).
    await withDatabase(async (database) => {
      await database.query('delete from duplicate_signatures');
      await database.query(`update tickets set created_at = now() - interval '30 days' where id = $1`, [
        first,
      ]);
    });
    await start();
    const again = await file('dana@example.com', { ...resubmission, subject: 'Still no bitcoin' });
    expect((await read(again)).possible_duplicates.map((match) => match.id)).toContain(first);
    await until(
      () => Promise.resolve(lines.some((line) => line.includes('described and stored in the background'))),
      (done) => done,
      20_000,
    );
    await stop();
    expect(await storedVersions()).toEqual([{ version: signatureVersion, count: 6 }]);
  });

  it('a restarted node loads which tickets are solved: history, not a possible duplicate', async () => {
    await start();
    const patch = await sendRequest(node?.url ?? '', 'PATCH', `/api/tickets/${first}`, {
      body: { status: 'solved' },
    });
    expect(patch.status, patch.text).toBe(200);
    await stop();
    await start();
    const again = await file('dana@example.com', { ...resubmission, subject: 'Bitcoin still missing' });
    const lists = await read(again);
    expect(lists.possible_duplicates.map((match) => match.id)).not.toContain(first);
    expect(lists.related.map((match) => match.id)).toContain(first);
    await stop();
  });
});
