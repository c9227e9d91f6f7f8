import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeTicket } from '../../shared/duplicates/features';
import { encodeDescription, signatureVersion } from '../../shared/duplicates/stored-description';
import { descriptionParameters } from '../../server/duplicates/stored-descriptions';
import { startService } from '../../server/service';
import type { SqlDatabase } from '../../server/storage/database';
import { migrate } from '../../server/storage/migrate';
import { openPgliteDatabase } from '../../server/storage/pglite-database';
import { openPostgresDatabase } from '../../server/storage/postgres-database';
import { writeSetting } from '../../server/storage/settings';
import { syntheticTickets } from './duplicates';
import type { BenchResult } from './table';

/** Distinct texts (the demo's customer requests, numbers drawn again) the tickets are drawn from. */
const poolSize = 20_000;

/**
 * Issue 21, "a restart with 1M tickets": a database of `count` tickets with their stored duplicate
 * descriptions (as a desk running this version has), then a node starting on it: the time until
 * `/api/health` answers, and until the first intake gets the right possible duplicate (a resubmission of the
 * newest ticket by its customer). The history is written in set-based SQL from a pool of described texts, and
 * kept in its own schema between runs (writing a million tickets takes minutes on the 2-core machine).
 */
export async function benchPersistedDuplicates(options: {
  /** PostgreSQL, or null for PGlite in a temporary folder (the one-node default). */
  databaseUrl: string | null;
  count: number;
  log: (line: string) => void;
}): Promise<BenchResult[]> {
  const schema = `bench_persisted_${options.count}`;
  const dataDir = options.databaseUrl === null ? mkdtempSync(join(tmpdir(), 'bench-persisted-')) : null;
  try {
    return await restart(options, schema, dataDir);
  } finally {
    if (dataDir !== null) {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

async function restart(
  options: { databaseUrl: string | null; count: number; log: (line: string) => void },
  schema: string,
  dataDir: string | null,
): Promise<BenchResult[]> {
  const { count, log } = options;
  const database =
    options.databaseUrl === null
      ? await openPgliteDatabase({ dataDir: join(dataDir ?? '', 'pglite') })
      : await openPostgresDatabase({ url: options.databaseUrl, schema, poolSize: 2 });
  let probe: { id: string; email: string; subject: string; body: string };
  try {
    await migrate(database);
    const existing = await database.query<{ count: number | string }>(
      'select count(*) as count from tickets',
    );
    // Each run files one ticket more (the probe): a history of at least `count` tickets is reused.
    if (Number(existing[0]?.count) < count) {
      const started = performance.now();
      await database.query('truncate tickets, customers cascade');
      await loadHistory(database, count);
      log(`persisted duplicates: ${count} tickets written in ${Math.round(performance.now() - started)} ms`);
    } else {
      log(`persisted duplicates: reusing the ${count} tickets of schema ${schema}`);
    }
    const newest = await database.query<{ id: string; email: string; subject: string; body: string }>(
      `select t.id, c.email, t.subject, t.body from tickets t join customers c on c.id = t.customer_id
       order by t.number limit 1 offset $1`,
      [count - 1],
    );
    probe = newest[0] ?? { id: '', email: '', subject: '', body: '' };
  } finally {
    await database.close();
  }

  let serviceUrl: URL | null = null;
  if (options.databaseUrl !== null) {
    serviceUrl = new URL(options.databaseUrl);
    serviceUrl.searchParams.set('options', `-c search_path=${schema}`);
  }
  const lines: string[] = [];
  const started = performance.now();
  let healthMs: number | null = null;
  let url: string | null = null;
  // Health is asked every 50 ms from the moment the node starts (the port is known once it listens).
  const polling = setInterval(() => {
    if (url === null || healthMs !== null) {
      return;
    }
    void fetch(`${url}/api/health`)
      .then((response) => {
        if (response.ok && healthMs === null) {
          healthMs = performance.now() - started;
        }
      })
      .catch(() => undefined);
  }, 50);
  const service = await startService({
    port: 0,
    dataDir,
    ...(serviceUrl === null ? {} : { databaseUrl: serviceUrl.toString() }),
    adminToken: 'bench-admin-token',
    intakeRateLimit: { max: 100_000, windowMs: 60_000 },
    log: (line) => lines.push(line),
  });
  url = service.url;
  const listenedMs = performance.now() - started;
  try {
    while (healthMs === null) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    clearInterval(polling);
    const response = await fetch(`${service.url}/api/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        requester: { email: probe.email, name: 'Bench customer', locale: 'en' },
        subject: `[again] ${probe.subject}`,
        body: `Any update? ${probe.body}`,
      }),
    });
    const created = (await response.json()) as { id?: string };
    const lookupMs = performance.now() - started;
    const detail = (await (
      await fetch(`${service.url}/api/tickets/${created.id ?? ''}`, {
        headers: { authorization: 'Bearer bench-admin-token' },
      })
    ).json()) as { possible_duplicates?: { id: string }[] };
    const isRight = (detail.possible_duplicates ?? []).some((match) => match.id === probe.id);
    const indexLine = await waitForLine(lines, 'duplicate index:');
    log(`persisted duplicates: listening after ${Math.round(listenedMs)} ms; ${indexLine}`);
    // CONTRACT.md's 10 s is for a node of several on PostgreSQL; PGlite (one node) is measured for reference.
    const target = serviceUrl === null ? '' : '<= 10000';
    const label = `restart with ${count.toLocaleString('en')} tickets (${serviceUrl === null ? 'PGlite' : 'PostgreSQL'})`;
    return [
      {
        scenario: label,
        metric: 'time to /api/health',
        value: Math.round(healthMs),
        unit: 'ms',
        target,
      },
      {
        scenario: label,
        metric: 'time to the first correct duplicate lookup',
        value: isRight ? Math.round(lookupMs) : null,
        unit: 'ms',
        target,
        note: isRight ? indexLine : `the first lookup missed the duplicate (${response.status})`,
      },
      {
        scenario: label,
        metric: 'whole index loaded (after listening)',
        value: Number(/ in (\d+) ms/u.exec(indexLine)?.[1] ?? Number.NaN) || null,
        unit: 'ms',
        target: '',
        note: indexLine,
      },
    ];
  } finally {
    clearInterval(polling);
    await service.close();
  }
}

async function waitForLine(lines: readonly string[], prefix: string): Promise<string> {
  for (let attempt = 0; attempt < 6000; attempt += 1) {
    const line = lines.find((entry) => entry.startsWith(prefix));
    if (line !== undefined) {
      return line;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return `${prefix} (not logged)`;
}

/**
 * `count` tickets over the last year (about three per customer), each with one of the pool's texts and that
 * text's stored description, as intake would have stored them; every ticket's lists already computed.
 */
async function loadHistory(database: SqlDatabase, count: number): Promise<void> {
  await database.query(
    `create table bench_pool (position int primary key, subject text, body text, version int,
       minhash bytea, features bytea, concepts int, intents int, identifiers text[])`,
  );
  const pool = [...syntheticTickets(poolSize, 7)];
  for (let start = 0; start < pool.length; start += 2000) {
    const chunk = pool.slice(start, start + 2000);
    const described = chunk.map((input, offset) => ({
      ticketId: `00000000-0000-4000-8000-${String(start + offset).padStart(12, '0')}`,
      stored: encodeDescription(describeTicket(input)),
    }));
    const [, versions, minhashes, features, concepts, intents, identifiers] =
      descriptionParameters(described);
    await database.query(
      `insert into bench_pool
       select given.position - 1 + $1, given.subject, given.body, given.version, decode(given.minhash, 'hex'),
         decode(given.features, 'hex'), given.concepts, given.intents,
         array(select jsonb_array_elements_text(given.identifiers::jsonb))
       from unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::int[], $8::int[], $9::text[])
         with ordinality as given(subject, body, version, minhash, features, concepts, intents, identifiers, position)`,
      [
        start,
        chunk.map((input) => input.subject),
        chunk.map((input) => input.body),
        versions,
        minhashes,
        features,
        concepts,
        intents,
        identifiers,
      ],
    );
  }
  const customers = Math.ceil(count / 3);
  await database.query(
    `insert into customers (email, email_key)
     select 'customer' || n || '@example.com', 'customer' || n || '@example.com' from generate_series(0, $1::int - 1) n`,
    [customers],
  );
  await database.query('alter table tickets disable trigger tickets_status_history');
  await database.query(
    `insert into tickets (customer_id, requester_email, subject, body, status, source, checklist, created_at)
     select c.id, c.email, p.subject, p.body, 'open', 'web', '{"analyzed": false, "items": []}'::jsonb,
       now() - ((($1::int - n)::float8 / $1::float8) * interval '365 days')
     from generate_series(1, $1::int) n
     join bench_pool p on p.position = (n::bigint * 7919) % $2
     join customers c on c.email_key = 'customer' || ((n::bigint * 104729) % $3) || '@example.com'
     order by n`,
    [count, poolSize, customers],
  );
  await database.query('alter table tickets enable trigger tickets_status_history');
  await database.query(
    `insert into duplicate_signatures (ticket_id, version, minhash, features, concepts, intents, identifiers)
     select t.id, p.version, p.minhash, p.features, p.concepts, p.intents, p.identifiers
     from (select id, row_number() over (order by number) as n from tickets) t
     join bench_pool p on p.position = (t.n * 7919) % $1`,
    [poolSize],
  );
  const highest = await database.query<{ number: number | string }>(
    'select max(number) as number from tickets',
  );
  // The history was masked at intake (migration 0012's scrub of older data is done once, long before a
  // desk holds a million tickets), and its lists were computed when it arrived: nothing for the start to do.
  await database.query(`delete from settings where key = 'secret_scrub_pending'`);
  await writeSetting(database, 'duplicates_annotated_through', Number(highest[0]?.number ?? 0));
  const versions = await database.query<{ version: number }>(
    'select distinct version from duplicate_signatures',
  );
  if (versions.length !== 1 || versions[0]?.version !== signatureVersion) {
    throw new Error('the bench history was not described by this version');
  }
  await database.query('drop table bench_pool');
  await database.query('vacuum analyze');
}
