import { openPgliteDatabase } from './server/storage/pglite-database';
import { migrate } from './server/storage/migrate';
const db = await openPgliteDatabase({ dataDir: null });
await migrate(db);
const n = 2000;
async function time(label: string, fn: (i: number) => Promise<unknown>) {
  const start = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  console.log(label, ((performance.now() - start) / n * 1000).toFixed(0), 'µs');
}
const checklist = JSON.stringify({ analyzed: false, items: Array.from({ length: 10 }, (_, i) => ({ key: 'k' + i, required: false, present: false, evidence: null })) });
await time('customer upsert', (i) => db.query(`insert into customers (email, email_key, name) values ($1, $1, $2) on conflict (email_key) do update set name = coalesce(excluded.name, customers.name), updated_at = now() returning id`, ['bench@example.com', 'Bench']));
const [c] = await db.query<{ id: string }>('select id from customers limit 1');
await time('ticket insert', () => db.query(`insert into tickets (customer_id, requester_email, subject, body, category, source, checklist) values ($1, 'a', 'b', 'c', (select key from categories where key = $2), 'web', $3::jsonb) returning id, number`, [c!.id, 'kyc', checklist]));
await time('lock', () => db.query('select pg_advisory_xact_lock($1)', [5]));
await time('change insert unnest', () => db.query(`insert into changes (type, ticket_id, agent_id) select type, ticket_id, agent_id from unnest($1::text[], $2::uuid[], $3::uuid[]) as change(type, ticket_id, agent_id) returning seq`, [['ticket.created'], [c!.id], [null]]));
await time('change insert plain', () => db.query(`insert into changes (type, ticket_id) values ($1, $2) returning seq`, ['ticket.created', c!.id]));
await time('begin/commit', () => db.transaction(async () => undefined));
await db.close();
