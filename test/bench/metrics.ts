import { randomBytes } from 'node:crypto';
import { readMetricsAt } from '../../server/metrics/read-metrics';
import { migrate } from '../../server/storage/migrate';
import { openPostgresDatabase } from '../../server/storage/postgres-database';
import { defaultSlaPolicy } from '../../shared/sla/policy';
import { quantile, type BenchResult } from './table';

const dayMs = 86_400_000;

/**
 * The leads' dashboard over a large history: bulk-inserts `count` tickets spread over the year before now
 * (a few percent still open, the rest solved or closed, some reopened, a third with a triage suggestion)
 * into a fresh schema with SQL `generate_series`, then times the whole `GET /api/metrics` computation
 * (every statement, as the route runs them) for the last 30 days and the default 7. The schema is dropped
 * afterwards.
 */
export async function benchMetrics(options: {
  databaseUrl: string;
  count: number;
  target: string;
  log: (line: string) => void;
}): Promise<BenchResult[]> {
  const schema = `bench_metrics_${randomBytes(4).toString('hex')}`;
  const database = await openPostgresDatabase({ url: options.databaseUrl, schema, poolSize: 8 });
  try {
    await migrate(database);
    const loadStarted = performance.now();
    await loadMetricsHistory(database, options.count);
    options.log(
      `  ${options.count} tickets loaded in ${Math.round((performance.now() - loadStarted) / 1000)} s`,
    );
    const now = Date.now();
    const time = async (days: number): Promise<number[]> => {
      const durations: number[] = [];
      for (let run = 0; run < 6; run += 1) {
        const started = performance.now();
        await readMetricsAt(
          database,
          {
            query: { from: new Date(now - days * dayMs).toISOString(), to: new Date(now).toISOString() },
            onlineAgentIds: null,
          },
          now,
          defaultSlaPolicy,
        );
        durations.push(performance.now() - started);
      }
      // The first run warms the caches; the median of the rest is the figure.
      return durations.slice(1);
    };
    const month = await time(30);
    const week = await time(7);
    const figure = (values: number[]): number => Math.round(quantile(values, 0.5));
    return [
      {
        scenario: `metrics dashboard, ${options.count.toLocaleString('en')} tickets (PostgreSQL)`,
        metric: 'whole dashboard, 30 days (median)',
        value: figure(month),
        unit: 'ms',
        target: options.target,
      },
      {
        scenario: `metrics dashboard, ${options.count.toLocaleString('en')} tickets (PostgreSQL)`,
        metric: 'whole dashboard, 7 days (median)',
        value: figure(week),
        unit: 'ms',
        target: options.target,
      },
    ];
  } finally {
    await database.query(`drop schema if exists ${schema} cascade`).catch(() => undefined);
    await database.close();
  }
}

/**
 * The history, in set-based SQL (one statement per table; the status trigger is off during the load and
 * the events are written the way it would have written them, plus a solve-and-reopen for 2% of tickets).
 */
export async function loadMetricsHistory(
  database: Awaited<ReturnType<typeof openPostgresDatabase>>,
  count: number,
): Promise<void> {
  await database.query(
    `insert into customers (email, email_key) values ('bench@example.com', 'bench@example.com')`,
  );
  await database.query(
    `insert into agents (email, email_key, name, role)
     select 'agent' || n || '@example.com', 'agent' || n || '@example.com', 'Agent ' || n, 'agent'
     from generate_series(1, 20) as n`,
  );
  await database.query('alter table tickets disable trigger tickets_status_history');
  await database.query(
    `with agent_list as (select array_agg(id order by name) as ids from agents where not is_system),
     series as (
       select n, now() - (n::float8 / $1::float8) * interval '365 days' as created_at,
              (array['account_security', 'trade_execution', 'deposit_withdrawal', 'api', 'kyc', 'derivatives',
                     'general'])[1 + n % 7] as category,
              (array['low', 'normal', 'normal', 'high', 'urgent'])[1 + (n * 7) % 5] as priority
       from generate_series(1, $1::int) as n
     ),
     shaped as (
       select s.*,
              case
                when s.created_at < now() - interval '14 days' then case when s.n % 10 = 0 then 'solved' else 'closed' end
                else (array['new', 'open', 'awaiting_customer', 'on_hold', 'solved', 'closed'])[1 + s.n % 6]
              end as status
       from series s
     )
     insert into tickets (customer_id, requester_email, subject, body, category, status, priority, assignee_id,
       source, checklist, suggested_category, created_at, updated_at, first_response_at, solved_at, sla_paused_ms)
     select (select id from customers limit 1), 'bench@example.com', 'Bench ticket ' || n, 'history', category,
       status, priority,
       case when status = 'new' then null else (select ids[1 + n % 20] from agent_list) end,
       'import', '{"analyzed": false, "items": []}'::jsonb,
       case when n % 3 = 0 then jsonb_build_object('category',
         case when n % 12 = 0 then 'general' else category end, 'confidence', 0.8) end,
       created_at, created_at + interval '1 hour' * (1 + n % 48),
       case when status = 'new' then null else created_at + interval '1 minute' * (5 + n % 600) end,
       case when status in ('solved', 'closed') then created_at + interval '1 hour' * (1 + n % 48) end,
       case when status in ('solved', 'closed') then (n % 4) * 3600000 else 0 end
     from shaped`,
    [count],
  );
  await database.query('alter table tickets enable trigger tickets_status_history');
  await database.query(
    `insert into ticket_events (ticket_id, kind, from_status, to_status, assignee_id, at)
     select id, 'created', null, 'new', null, created_at from tickets`,
  );
  await database.query(
    `insert into ticket_events (ticket_id, kind, from_status, to_status, assignee_id, at)
     select id, ticket_event_kind('open', status), 'open', status, assignee_id,
            coalesce(case when status in ('solved', 'closed') then solved_at end, updated_at)
     from tickets where status <> 'new'`,
  );
  await database.query(
    `insert into ticket_events (ticket_id, kind, from_status, to_status, assignee_id, at)
     select id, kind, from_status, to_status, assignee_id, at
     from tickets t,
       lateral (values ('solved', 'open', 'solved', t.created_at + (t.solved_at - t.created_at) / 3),
                       ('reopened', 'solved', 'open', t.created_at + (t.solved_at - t.created_at) / 2))
         as e(kind, from_status, to_status, at)
     where t.solved_at is not null and t.number % 50 = 0`,
  );
  // What autovacuum does on a live server: statistics, and the visibility map index-only scans rely on.
  await database.query('vacuum analyze');
}
