import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BusinessCalendarWire } from '../../../shared/domain/calendar-schemas';
import type { Ticket } from '../../../shared/domain/schemas';
import { loadDemoData } from '../../../server/startup/load-demo';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate } from '../../../server/storage/migrate';
import { createTicketStore, type TicketStore } from '../../../server/storage/ticket-store';
import { testEngines } from '../helpers/engines';

describe.each(testEngines())('demo data load on $name', (engine) => {
  let database: SqlDatabase;
  let store: TicketStore;
  let tickets: Ticket[];

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database);
    store = createTicketStore(database);
    const load = await loadDemoData(store, { now: new Date('2026-11-01T00:00:00Z'), count: 400 });
    expect(load).toMatchObject({ isLoaded: true, ticketCount: 400 });
    tickets = (await store.listTickets({ limit: 1000 })).tickets;
  });

  afterAll(async () => {
    await database.close();
  });

  it('stores analyzed checklists with real findings', () => {
    expect(tickets).toHaveLength(400);
    expect(tickets.every((ticket) => ticket.checklist.analyzed)).toBe(true);
    const found = tickets.flatMap((ticket) => ticket.checklist.items.filter((item) => item.present));
    expect(found.some((item) => item.key === 'transaction_id' && item.evidence !== null)).toBe(true);
    expect(found.some((item) => item.key === 'occurred_at')).toBe(true);
  });

  it('leaves some open deposit and withdrawal tickets without a transaction hash, so agents can ask for it', () => {
    const lacking = tickets.filter(
      (ticket) =>
        ticket.category === 'deposit_withdrawal' &&
        ['new', 'open'].includes(ticket.status) &&
        ticket.checklist.items.some(
          (item) => item.key === 'transaction_id' && item.required && !item.present,
        ),
    );
    expect(lacking.length).toBeGreaterThan(0);
  });

  it("records what the customers' follow-ups newly provided, as the customer route does", async () => {
    const followedUp = tickets.filter((ticket) => ticket.message_count > 0).slice(0, 80);
    const customerMessages = (
      await Promise.all(followedUp.map((ticket) => store.getTicket(ticket.id)))
    ).flatMap((detail) => detail?.messages.filter((message) => message.kind === 'customer') ?? []);
    expect(customerMessages.length).toBeGreaterThan(0);
    expect(customerMessages.every((message) => Array.isArray(message.checklist_provided))).toBe(true);
    expect(customerMessages.some((message) => (message.checklist_provided ?? []).length > 0)).toBe(true);
  });

  it('puts the demo agents into the routing teams, in order, and leaves every team on the manual strategy', async () => {
    const teams = await database.query<{ name: string; strategy: string; members: string[] }>(
      `select team.name, team.strategy,
              array(select agent.email from routing_team_members member join agents agent on agent.id = member.agent_id
                    where member.team_id = team.id order by member.position) as members
       from routing_teams team order by team.position`,
    );
    expect(teams.map((team) => [team.name, team.members])).toEqual([
      ['Account security', ['minji@demo.exchange', 'alex@demo.exchange']],
      ['Trading', ['wei@demo.exchange', 'alex@demo.exchange']],
      ['Funds', ['minji@demo.exchange', 'wei@demo.exchange']],
      ['General', ['minji@demo.exchange', 'wei@demo.exchange', 'alex@demo.exchange']],
    ]);
    expect(teams.every((team) => team.strategy === 'manual')).toBe(true);
  });

  it('gives the General team a Seoul office calendar with the Korean holidays, and leaves the others 24x7', async () => {
    const teams = await database.query<{ name: string; business_calendar: BusinessCalendarWire | null }>(
      'select name, business_calendar from routing_teams order by position',
    );
    const calendars = new Map(teams.map((team) => [team.name, team.business_calendar]));
    expect([...calendars].filter(([, calendar]) => calendar !== null).map(([name]) => name)).toEqual([
      'General',
    ]);
    const general = calendars.get('General');
    expect(general?.time_zone).toBe('Asia/Seoul');
    expect(general?.weekly_hours.mon).toEqual([{ start: '09:00', end: '18:00' }]);
    expect(general?.weekly_hours.sat).toEqual([]);
    const holidays = general?.holidays.map((holiday) => holiday.date) ?? [];
    // The month of tickets before 2026-11-01 and a year of deadlines after: Hangul Day and Christmas 2026,
    // Seollal 2027 (three days).
    expect(holidays).toEqual(
      expect.arrayContaining(['2026-10-09', '2026-12-25', '2027-01-01', '2027-02-06', '2027-02-08']),
    );
  });

  it("counts the General tickets' running clocks in Seoul office hours, the Funds tickets' in every minute", () => {
    const running = (category: string) =>
      tickets.filter((ticket) => ticket.category === category && ticket.sla?.resolution.is_running === true);
    const general = running('general');
    expect(general.length).toBeGreaterThan(0);
    for (const ticket of general) {
      // Every business-time deadline falls within a weekday's opening hours in Seoul (UTC+9, no DST).
      const seoul = new Date(Date.parse(ticket.sla?.resolution.due_at ?? '') + 9 * 3_600_000);
      expect([1, 2, 3, 4, 5]).toContain(seoul.getUTCDay());
      const minute = seoul.getUTCHours() * 60 + seoul.getUTCMinutes();
      expect(minute).toBeGreaterThan(9 * 60);
      expect(minute).toBeLessThanOrEqual(18 * 60);
    }
    const funds = running('deposit_withdrawal');
    expect(funds.length).toBeGreaterThan(0);
    // 24x7: some deadline falls outside office hours (night or weekend).
    expect(
      funds.some((ticket) => {
        const seoul = new Date(Date.parse(ticket.sla?.resolution.due_at ?? '') + 9 * 3_600_000);
        const hour = seoul.getUTCHours();
        return seoul.getUTCDay() === 0 || seoul.getUTCDay() === 6 || hour < 9 || hour >= 18;
      }),
    ).toBe(true);
  });

  it('loads once per database', async () => {
    expect(await loadDemoData(store, { now: new Date('2026-11-02T00:00:00Z'), count: 10 })).toMatchObject({
      isLoaded: false,
    });
    expect(await store.countTickets()).toBe(400);
  });
});
