import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Metrics } from '../../../shared/domain/metrics-schemas';
import { metricsSchema } from '../../../shared/domain/metrics-schemas';
import { defaultSlaPolicy } from '../../../shared/sla/policy';
import { readMetricsAt } from '../../../server/metrics/read-metrics';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate } from '../../../server/storage/migrate';
import { readTeamCalendars } from '../../../server/storage/team-calendars';
import { testEngines } from '../helpers/engines';

/*
 * Metrics' response times in business time (docs/metrics.md "Business hours"), answers worked out by hand.
 * The General team (category general) works 09:00–17:00 UTC, Monday to Friday; Funds stays 24x7.
 * 2026-03-02 is a Monday.
 *
 * G1 general, Ana: created Fri 03-06 16:00, replied Mon 03-09 10:00, solved 16:00.
 *    Calendar: 66 h, 72 h. Business: 1 h + 1 h = 2 h; 1 h + 7 h = 8 h.
 * G2 general, Ana: created Mon 03-02 08:00 (before opening), replied 12:00, awaiting the customer until
 *    Tue 12:00 (a recorded 24 h pause), solved Tue 15:00. Calendar: 4 h; 31 h − 24 h = 7 h.
 *    Business: 3 h; 8 h + 6 h open, minus 5 h + 3 h paused = 6 h.
 * G3 general, Ben: created Wed 03-04 09:00, replied 10:00, solved 15:00, with 2 h of pause recorded before
 *    migration 0046 (no span). Calendar: 1 h; 6 h − 2 h = 4 h. Business: 1 h; 6 h − 2 h counted whole = 4 h.
 * D1 deposit_withdrawal (Funds, 24x7), unassigned: created Sat 03-07 00:00, replied 02:00, solved 05:00.
 */

const hour = 3_600_000;
const now = Date.parse('2026-03-10T12:00:00Z');
const query = { from: '2026-03-01T00:00:00Z', bucket: 'day' as const };
const weekday = [{ start: '09:00', end: '17:00' }];
const officeHours = {
  time_zone: 'UTC',
  weekly_hours: { sun: [], mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [] },
  holidays: [],
};

describe.each(testEngines())('metrics in business time ($name)', (engine) => {
  let database: SqlDatabase;
  const agentIds: Record<string, string> = {};

  async function ticket(options: {
    category: string;
    assignee?: string;
    created: string;
    replied: string;
    solved: string;
  }): Promise<string> {
    const rows = await database.query<{ id: string }>(
      `insert into tickets (customer_id, requester_email, subject, body, category, priority, assignee_id, source,
         checklist, status, first_response_at, solved_at, sla_paused_since, created_at, updated_at)
       values ((select id from customers limit 1), 'a@example.com', 'subject', 'body', $1, 'normal', $2, 'web',
         '{"analyzed": false, "items": []}'::jsonb, 'solved', $4, $5, $5, $3, $5)
       returning id`,
      [
        options.category,
        options.assignee === undefined ? null : (agentIds[options.assignee] ?? null),
        options.created,
        options.replied,
        options.solved,
      ],
    );
    return rows[0]?.id ?? '';
  }

  /** Finished pauses: their sum (the trigger records a span ending now), then the spans as they were. */
  async function paused(id: string, ms: number, spans: Array<[string, string]>): Promise<void> {
    await database.query('update tickets set sla_paused_ms = $2 where id = $1', [id, ms]);
    await database.query('update tickets set sla_paused_spans = $2::jsonb where id = $1', [
      id,
      JSON.stringify(spans.map(([start, end]) => [Date.parse(start), Date.parse(end)])),
    ]);
  }

  async function read(): Promise<Metrics> {
    return metricsSchema.parse(
      await readMetricsAt(
        database,
        { query, onlineAgentIds: null },
        now,
        defaultSlaPolicy,
        await readTeamCalendars(database),
      ),
    );
  }

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database);
    await database.query(
      "insert into customers (email, email_key) values ('a@example.com', 'a@example.com')",
    );
    for (const name of ['Ana', 'Ben']) {
      const rows = await database.query<{ id: string }>(
        `insert into agents (email, email_key, name, role) values ($1, $1, $2, 'agent') returning id`,
        [`${name.toLowerCase()}@example.com`, name],
      );
      agentIds[name] = rows[0]?.id ?? '';
    }
    await ticket({
      category: 'general',
      assignee: 'Ana',
      created: '2026-03-06T16:00:00Z',
      replied: '2026-03-09T10:00:00Z',
      solved: '2026-03-09T16:00:00Z',
    });
    const g2 = await ticket({
      category: 'general',
      assignee: 'Ana',
      created: '2026-03-02T08:00:00Z',
      replied: '2026-03-02T12:00:00Z',
      solved: '2026-03-03T15:00:00Z',
    });
    await paused(g2, 24 * hour, [['2026-03-02T12:00:00Z', '2026-03-03T12:00:00Z']]);
    const g3 = await ticket({
      category: 'general',
      assignee: 'Ben',
      created: '2026-03-04T09:00:00Z',
      replied: '2026-03-04T10:00:00Z',
      solved: '2026-03-04T15:00:00Z',
    });
    await paused(g3, 2 * hour, []);
    await ticket({
      category: 'deposit_withdrawal',
      created: '2026-03-07T00:00:00Z',
      replied: '2026-03-07T02:00:00Z',
      solved: '2026-03-07T05:00:00Z',
    });
  });

  afterAll(async () => {
    await database.close();
  });

  it('has no business figures while no team keeps business hours', async () => {
    const metrics = await read();
    const general = metrics.response_times.by_category.find((row) => row.key === 'general');
    // Calendar hours: 66 h, 4 h and 1 h.
    expect(general?.first_response.count).toBe(3);
    expect(general?.first_response.median_ms).toBe(4 * hour);
    expect(general?.first_response.p90_ms).toBeCloseTo(53.6 * hour, 0);
    expect(metrics.response_times.by_category.every((row) => row.business_time === null)).toBe(true);
    expect(metrics.response_times.by_agent.every((row) => row.business_time === null)).toBe(true);
  });

  it("adds business-time figures for the team's tickets and leaves the calendar-time ones as they were", async () => {
    const before = await read();
    await database.query(`update routing_teams set business_calendar = $1::jsonb where name = 'General'`, [
      JSON.stringify(officeHours),
    ]);
    const metrics = await read();
    const general = metrics.response_times.by_category.find((row) => row.key === 'general');
    // Calendar time, unchanged: first responses 66 h, 4 h, 1 h; resolutions 72 h, 7 h, 4 h.
    expect(general?.first_response).toEqual(
      before.response_times.by_category.find((row) => row.key === 'general')?.first_response,
    );
    expect(general?.resolution.median_ms).toBe(7 * hour);
    // Business time: first responses 2 h, 3 h, 1 h; resolutions 8 h, 6 h, 4 h (p90 interpolated).
    expect(general?.business_time?.first_response.count).toBe(3);
    expect(general?.business_time?.first_response.median_ms).toBe(2 * hour);
    expect(general?.business_time?.first_response.p90_ms).toBeCloseTo(2.8 * hour, 0);
    expect(general?.business_time?.resolution.count).toBe(3);
    expect(general?.business_time?.resolution.median_ms).toBe(6 * hour);
    expect(general?.business_time?.resolution.p90_ms).toBeCloseTo(7.6 * hour, 0);
    // The 24x7 team's tickets have no business figure.
    const funds = metrics.response_times.by_category.find((row) => row.key === 'deposit_withdrawal');
    expect(funds?.first_response.median_ms).toBe(2 * hour);
    expect(funds?.business_time).toBeNull();

    const byAgent = new Map(metrics.response_times.by_agent.map((row) => [row.name, row]));
    expect(byAgent.get('Ana')?.business_time?.first_response.median_ms).toBe(2.5 * hour);
    expect(byAgent.get('Ana')?.business_time?.resolution.median_ms).toBe(7 * hour);
    expect(byAgent.get('Ben')?.business_time?.resolution).toEqual({
      count: 1,
      median_ms: 4 * hour,
      p90_ms: 4 * hour,
    });
    expect(byAgent.get(null)?.business_time).toBeNull();
  });
});
