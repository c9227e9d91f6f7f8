import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('loads once per database', async () => {
    expect(await loadDemoData(store, { now: new Date('2026-11-02T00:00:00Z'), count: 10 })).toMatchObject({
      isLoaded: false,
    });
    expect(await store.countTickets()).toBe(400);
  });
});
