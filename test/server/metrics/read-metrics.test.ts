import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Metrics } from '../../../shared/domain/metrics-schemas';
import { defaultSlaPolicy } from '../../../shared/sla/policy';
import { readMetricsAt, MetricsRangeError } from '../../../server/metrics/read-metrics';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate } from '../../../server/storage/migrate';
import { testEngines } from '../helpers/engines';

/*
 * A constructed history with answers worked out by hand (docs/metrics.md has the definitions). The range is
 * 2026-03-01 00:00 to the clock, 2026-03-10 12:00 UTC, in days. Status changes are made with plain UPDATEs
 * carrying their own times, as the write paths do, so the history the trigger records is the one under test.
 *
 * T1 deposit_withdrawal normal, Ana: created 03-02 00:00, replied 02:00 and awaiting the customer until
 *    12:00 (a 10 h pause), solved 20:00 → first response 2 h, resolution 20 h − 10 h = 10 h, handling 8 h.
 * T2 deposit_withdrawal urgent, Ben: created 03-03 00:00, replied 03:00 (first response breached: urgent is
 *    1 h), solved 06:00, reopened 03-04 00:00 (18 h paused while solved), solved again 02:00 → resolution
 *    26 h − 18 h = 8 h (exactly the urgent target: met), handling 26 − 3 − 18 = 5 h.
 * T3 kyc normal, Ana, suggested kyc: created 03-05 00:00, replied 04:00, solved 08:00 → 4 h, 8 h, handling 4 h.
 * T4 kyc normal, Ben, suggested api: created 03-05 00:00, replied 01:00, still open: resolution breached.
 * T5 api new, unassigned, created 03-10 11:30 (30 minutes old).
 * T6 deposit_withdrawal high, unassigned, created 03-10 08:00: 4 h of its 4 h first response gone: at risk.
 * T7 uncategorized, Ana, awaiting the customer since February: old, paused, not at risk.
 * S1–S5 api new, unassigned, created 03-10 10:00–10:40: with T5, six api tickets in the last 3 hours.
 * T8 kyc, Ana: created 03-06 00:00, opened, then merged into T3 at 05:00 as a duplicate (closed with a
 *    solved_at, as merging does): it arrived and is a duplicate, but it is no solution, breach or handling.
 */

const hour = 3_600_000;
const now = Date.parse('2026-03-10T12:00:00Z');
const query = { from: '2026-03-01T00:00:00Z', bucket: 'day' as const };

describe.each(testEngines())('metrics on a constructed history ($name)', (engine) => {
  let database: SqlDatabase;
  let metrics: Metrics;
  const agentIds: Record<string, string> = {};

  async function createTicket(options: {
    subject: string;
    category: string | null;
    priority?: string;
    assignee?: string;
    createdAt: string;
    suggested?: string;
  }): Promise<string> {
    const rows = await database.query<{ id: string }>(
      `insert into tickets (customer_id, requester_email, subject, body, category, priority, assignee_id, source,
         checklist, suggested_category, created_at, updated_at)
       values ((select id from customers limit 1), 'a@example.com', $1, 'body', $2, $3, $4, 'web',
         '{"analyzed": false, "items": []}'::jsonb, $5::jsonb, $6, $6)
       returning id`,
      [
        options.subject,
        options.category,
        options.priority ?? 'normal',
        options.assignee === undefined ? null : (agentIds[options.assignee] ?? null),
        options.suggested === undefined
          ? null
          : JSON.stringify({ category: options.suggested, confidence: 0.9 }),
        options.createdAt,
      ],
    );
    const id = rows[0]?.id;
    if (id === undefined) {
      throw new Error('no ticket');
    }
    return id;
  }

  /** A status change at `at`, with the SLA bookkeeping the write paths would do (given by hand here). */
  async function move(id: string, status: string, at: string, extra = ''): Promise<void> {
    await database.query(
      `update tickets set status = $2, updated_at = $3::timestamptz ${extra ? `, ${extra}` : ''} where id = $1`,
      [id, status, at],
    );
  }

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database);
    await database.query(
      "insert into customers (email, email_key) values ('a@example.com', 'a@example.com') returning id",
    );
    for (const name of ['Ana', 'Ben']) {
      const rows = await database.query<{ id: string }>(
        `insert into agents (email, email_key, name, role) values ($1, $1, $2, 'agent') returning id`,
        [`${name.toLowerCase()}@example.com`, name],
      );
      agentIds[name] = rows[0]?.id ?? '';
    }

    const t1 = await createTicket({
      subject: 'T1',
      category: 'deposit_withdrawal',
      assignee: 'Ana',
      createdAt: '2026-03-02T00:00:00Z',
    });
    await move(t1, 'open', '2026-03-02T02:00:00Z', "first_response_at = '2026-03-02T02:00:00Z'");
    await move(t1, 'awaiting_customer', '2026-03-02T02:00:00Z', "sla_paused_since = '2026-03-02T02:00:00Z'");
    await move(t1, 'open', '2026-03-02T12:00:00Z', `sla_paused_ms = ${10 * hour}, sla_paused_since = null`);
    await move(
      t1,
      'solved',
      '2026-03-02T20:00:00Z',
      "solved_at = '2026-03-02T20:00:00Z', sla_paused_since = '2026-03-02T20:00:00Z'",
    );

    const t2 = await createTicket({
      subject: 'T2',
      category: 'deposit_withdrawal',
      priority: 'urgent',
      assignee: 'Ben',
      createdAt: '2026-03-03T00:00:00Z',
    });
    await move(t2, 'open', '2026-03-03T03:00:00Z', "first_response_at = '2026-03-03T03:00:00Z'");
    await move(
      t2,
      'solved',
      '2026-03-03T06:00:00Z',
      "solved_at = '2026-03-03T06:00:00Z', sla_paused_since = '2026-03-03T06:00:00Z'",
    );
    await move(
      t2,
      'open',
      '2026-03-04T00:00:00Z',
      `solved_at = null, sla_paused_ms = ${18 * hour}, sla_paused_since = null`,
    );
    await move(
      t2,
      'solved',
      '2026-03-04T02:00:00Z',
      "solved_at = '2026-03-04T02:00:00Z', sla_paused_since = '2026-03-04T02:00:00Z'",
    );

    const t3 = await createTicket({
      subject: 'T3',
      category: 'kyc',
      assignee: 'Ana',
      createdAt: '2026-03-05T00:00:00Z',
      suggested: 'kyc',
    });
    await move(t3, 'open', '2026-03-05T04:00:00Z', "first_response_at = '2026-03-05T04:00:00Z'");
    await move(t3, 'solved', '2026-03-05T08:00:00Z', "solved_at = '2026-03-05T08:00:00Z'");

    const t4 = await createTicket({
      subject: 'T4',
      category: 'kyc',
      assignee: 'Ben',
      createdAt: '2026-03-05T00:00:00Z',
      suggested: 'api',
    });
    await move(t4, 'open', '2026-03-05T01:00:00Z', "first_response_at = '2026-03-05T01:00:00Z'");

    await createTicket({ subject: 'T5', category: 'api', createdAt: '2026-03-10T11:30:00Z' });
    await createTicket({
      subject: 'T6',
      category: 'deposit_withdrawal',
      priority: 'high',
      createdAt: '2026-03-10T08:00:00Z',
    });
    const t7 = await createTicket({
      subject: 'T7',
      category: null,
      assignee: 'Ana',
      createdAt: '2026-02-20T00:00:00Z',
    });
    await move(t7, 'open', '2026-02-20T01:00:00Z', "first_response_at = '2026-02-20T01:00:00Z'");
    await move(t7, 'awaiting_customer', '2026-02-20T01:00:00Z', "sla_paused_since = '2026-02-20T01:00:00Z'");
    const t8 = await createTicket({
      subject: 'T8',
      category: 'kyc',
      assignee: 'Ana',
      createdAt: '2026-03-06T00:00:00Z',
    });
    await move(t8, 'open', '2026-03-06T01:00:00Z');
    await move(
      t8,
      'closed',
      '2026-03-06T05:00:00Z',
      `solved_at = '2026-03-06T05:00:00Z', merged_into_ticket_id = '${t3}', sla_paused_since = '2026-03-06T05:00:00Z'`,
    );
    for (let index = 0; index < 5; index += 1) {
      await createTicket({
        subject: `S${index + 1}`,
        category: 'api',
        createdAt: new Date(Date.parse('2026-03-10T10:00:00Z') + index * 10 * 60_000).toISOString(),
      });
    }

    metrics = await readMetricsAt(
      database,
      { query, onlineAgentIds: new Set([agentIds.Ana ?? '']) },
      now,
      defaultSlaPolicy,
    );
  });

  afterAll(async () => {
    await database.close();
  });

  it('counts the open backlog by category, status and age, with unassigned and at-risk tickets', () => {
    expect(metrics.backlog.total).toBe(9);
    expect(metrics.backlog.unassigned).toBe(7);
    // T4's resolution is past due (breached); T6 has less than 20% of its first response left (at risk).
    expect(metrics.backlog.breached).toBe(1);
    expect(metrics.backlog.at_risk).toBe(1);
    expect(metrics.backlog.by_category_status).toEqual([
      { category: 'api', status: 'new', count: 6 },
      { category: 'deposit_withdrawal', status: 'new', count: 1 },
      { category: 'kyc', status: 'open', count: 1 },
      { category: null, status: 'awaiting_customer', count: 1 },
    ]);
    expect(metrics.backlog.by_age).toEqual([
      { age: 'under_1h', count: 1 },
      { age: '1h_4h', count: 5 },
      { age: '4h_24h', count: 1 },
      { age: '1d_3d', count: 0 },
      { age: '3d_7d', count: 1 },
      { age: 'over_7d', count: 1 },
    ]);
  });

  it('draws incoming and solved per day, counting a ticket solved again after a reopening twice', () => {
    expect(metrics.range).toEqual({
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-10T12:00:00.000Z',
      bucket: 'day',
    });
    expect(metrics.flow).toHaveLength(10);
    const nonZero = metrics.flow.filter((point) => point.incoming > 0 || point.solved > 0);
    expect(nonZero).toEqual([
      { at: '2026-03-02T00:00:00Z', incoming: 1, solved: 1 },
      { at: '2026-03-03T00:00:00Z', incoming: 1, solved: 1 },
      { at: '2026-03-04T00:00:00Z', incoming: 0, solved: 1 },
      { at: '2026-03-05T00:00:00Z', incoming: 2, solved: 1 },
      { at: '2026-03-06T00:00:00Z', incoming: 1, solved: 0 },
      { at: '2026-03-10T00:00:00Z', incoming: 7, solved: 0 },
    ]);
  });

  it('gives first-response and resolution medians and p90 per category, pauses excluded', () => {
    expect(metrics.response_times.by_category).toEqual([
      {
        key: 'deposit_withdrawal',
        name: null,
        first_response: { count: 2, median_ms: 2.5 * hour, p90_ms: 2.9 * hour },
        resolution: { count: 2, median_ms: 9 * hour, p90_ms: 9.8 * hour },
        // No team keeps business hours here.
        business_time: null,
      },
      {
        key: 'kyc',
        name: null,
        first_response: { count: 2, median_ms: 2.5 * hour, p90_ms: 3.7 * hour },
        resolution: { count: 1, median_ms: 8 * hour, p90_ms: 8 * hour },
        business_time: null,
      },
    ]);
  });

  it('gives the same figures per agent, with their names', () => {
    const rounded = metrics.response_times.by_agent.map((row) => ({
      name: row.name,
      first: [row.first_response.median_ms, row.first_response.p90_ms].map((value) => (value ?? 0) / hour),
      resolution: [row.resolution.median_ms, row.resolution.p90_ms].map((value) => (value ?? 0) / hour),
    }));
    expect(rounded.map((row) => row.name)).toEqual(['Ana', 'Ben']);
    expect(rounded[0]?.first[0]).toBeCloseTo(3);
    expect(rounded[0]?.first[1]).toBeCloseTo(3.8);
    expect(rounded[0]?.resolution[0]).toBeCloseTo(9);
    expect(rounded[1]?.first[0]).toBeCloseTo(2);
    expect(rounded[1]?.first[1]).toBeCloseTo(2.8);
    expect(rounded[1]?.resolution[0]).toBeCloseTo(8);
  });

  it('computes breach, reopen, duplicate and triage rates', () => {
    expect(metrics.rates.sla_breach).toEqual({ count: 1, total: 3, rate: 1 / 3 });
    expect(metrics.rates.reopen).toEqual({ count: 1, total: 3, rate: 1 / 3 });
    expect(metrics.rates.triage_accuracy).toEqual({ count: 1, total: 2, rate: 0.5 });
    expect(metrics.rates.duplicate).toEqual({ count: 1, total: 12, rate: 1 / 12 });
  });

  it('shows each agent’s load against capacity, tickets handled, handling time and presence', () => {
    expect(
      metrics.agents.map((agent) => ({
        name: agent.name,
        open: agent.open_tickets,
        capacity: agent.capacity,
        handled: agent.handled,
        handlingHours: agent.median_handling_ms === null ? null : agent.median_handling_ms / hour,
        online: agent.online,
      })),
    ).toEqual([
      { name: 'Ana', open: 1, capacity: 10, handled: 2, handlingHours: 9, online: true },
      { name: 'Ben', open: 1, capacity: 10, handled: 1, handlingHours: 8, online: false },
    ]);
    // Handling runs from creation, as resolution does: the two agree for the same solved tickets (a ticket
    // solved by its first reply no longer counts 0 h).
    expect(metrics.agents.map((agent) => agent.median_handling_ms)).toEqual(
      metrics.response_times.by_agent.map((row) => row.resolution.median_ms),
    );
  });

  it('flags a category whose last three hours far exceed its trailing average', () => {
    expect(metrics.spikes.categories).toEqual([
      { category: 'api', recent: 6, baseline_average: 0, flagged: true },
      { category: 'deposit_withdrawal', recent: 0, baseline_average: 1 / 56, flagged: false },
      { category: 'kyc', recent: 0, baseline_average: 3 / 56, flagged: false },
    ]);
  });

  it('records a merge as a merge, not a solution', async () => {
    const rows = await database.query<{ kind: string }>(
      `select e.kind from ticket_events e join tickets t on t.id = e.ticket_id where t.subject = 'T8' order by e.at, e.id`,
    );
    expect(rows.map((row) => row.kind)).toEqual(['created', 'status', 'merged']);
  });

  it('narrows every figure to one category', async () => {
    const kyc = await readMetricsAt(
      database,
      { query: { ...query, category: 'kyc' }, onlineAgentIds: null },
      now,
      defaultSlaPolicy,
    );
    expect(kyc.backlog.total).toBe(1);
    expect(kyc.flow.reduce((sum, point) => sum + point.incoming, 0)).toBe(3);
    expect(kyc.rates.duplicate).toEqual({ count: 1, total: 3, rate: 1 / 3 });
    expect(kyc.rates.sla_breach).toEqual({ count: 0, total: 1, rate: 0 });
    expect(kyc.rates.reopen).toEqual({ count: 0, total: 1, rate: 0 });
    expect(kyc.response_times.by_category.map((row) => row.key)).toEqual(['kyc']);
    expect(kyc.agents.every((agent) => agent.online === null)).toBe(true);
    expect(kyc.flow.reduce((sum, point) => sum + point.solved, 0)).toBe(1);
    const deposits = await readMetricsAt(
      database,
      { query: { ...query, category: 'deposit_withdrawal' }, onlineAgentIds: null },
      now,
      defaultSlaPolicy,
    );
    expect(deposits.flow.reduce((sum, point) => sum + point.solved, 0)).toBe(3);
    expect(deposits.rates.reopen).toEqual({ count: 1, total: 2, rate: 0.5 });
    expect(deposits.rates.sla_breach).toEqual({ count: 1, total: 2, rate: 0.5 });
  });

  it("narrows to a team's categories and members, and intersects with a category", async () => {
    const read = (category: string | undefined, team: { categories: string[]; memberIds: string[] } | null) =>
      readMetricsAt(
        database,
        {
          query: category === undefined ? query : { ...query, category },
          team: team === null ? null : { id: 'team-1', ...team },
          onlineAgentIds: null,
        },
        now,
        defaultSlaPolicy,
      );
    const incoming = (answer: Metrics): number => answer.flow.reduce((sum, point) => sum + point.incoming, 0);
    const ana = agentIds.Ana ?? '';
    const team = await read(undefined, { categories: ['kyc', 'deposit_withdrawal'], memberIds: [ana] });
    const [kyc, deposits] = await Promise.all([read('kyc', null), read('deposit_withdrawal', null)]);
    expect(team.team).toBe('team-1');
    expect(incoming(team)).toBe(incoming(kyc) + incoming(deposits));
    expect(team.backlog.total).toBe(kyc.backlog.total + deposits.backlog.total);
    expect(team.agents.map((agent) => agent.name)).toEqual(['Ana']);
    expect(team.response_times.by_agent.map((row) => row.key)).toEqual([ana]);

    const both = await read('kyc', { categories: ['kyc'], memberIds: [ana] });
    expect(both.backlog.total).toBe(kyc.backlog.total);
    const notOwned = await read('api', { categories: ['kyc'], memberIds: [ana] });
    expect([notOwned.backlog.total, incoming(notOwned), notOwned.spikes.categories]).toEqual([0, 0, []]);
  });

  it('answers hourly buckets for a short range, and refuses a reversed one', async () => {
    const day = await readMetricsAt(
      database,
      { query: { from: '2026-03-10T00:00:00Z', to: '2026-03-10T12:00:00Z' }, onlineAgentIds: null },
      now,
      defaultSlaPolicy,
    );
    expect(day.range.bucket).toBe('hour');
    expect(day.flow).toHaveLength(12);
    expect(day.flow.find((point) => point.at === '2026-03-10T10:00:00Z')?.incoming).toBe(5);
    await expect(
      readMetricsAt(
        database,
        { query: { from: '2026-03-10T00:00:00Z', to: '2026-03-09T00:00:00Z' }, onlineAgentIds: null },
        now,
        defaultSlaPolicy,
      ),
    ).rejects.toBeInstanceOf(MetricsRangeError);
  });
});
