import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../../../shared/domain/schemas';
import type { TicketStatus } from '../../../shared/domain/vocabulary';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate } from '../../../server/storage/migrate';
import { createTicketStore, type TicketStore } from '../../../server/storage/ticket-store';
import { testEngines } from '../helpers/engines';
import { importedTicket, newTicket } from '../helpers/tickets';

const hour = 3_600_000;

describe.each(testEngines())('status machine and SLA clock in storage on $name', (engine) => {
  let database: SqlDatabase;
  let store: TicketStore;
  let agent: Agent;
  let clockMs = Date.now();

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database);
    store = createTicketStore(database, { now: () => clockMs });
    agent = await store.createAgent({
      email: 'sla@example.com',
      name: 'Sla',
      role: 'agent',
      password: 'x'.repeat(8),
    });
  });

  afterAll(async () => {
    await database.close();
  });

  const actor = () => ({ agentId: agent.id, expectedVersion: null });

  async function setStatus(id: string, status: TicketStatus) {
    return store.updateTicket(id, { status }, actor());
  }

  async function clockColumns(id: string) {
    const [row] = await database.query<{ paused_ms: number | string; paused_since: Date | null }>(
      'select sla_paused_ms as paused_ms, sla_paused_since as paused_since from tickets where id = $1',
      [id],
    );
    return { pausedMs: Number(row?.paused_ms), pausedSince: row?.paused_since ?? null };
  }

  /** Moves every time of the ticket `hours` into the past, as if that much time had gone by. */
  async function age(id: string, hours: number) {
    await database.query(
      `update tickets set created_at = created_at - $2 * interval '1 hour',
         updated_at = updated_at - $2 * interval '1 hour',
         sla_paused_since = sla_paused_since - $2 * interval '1 hour'
       where id = $1`,
      [id, hours],
    );
  }

  it('refuses transitions the status machine does not allow, and changes nothing', async () => {
    const { id } = await store.createTicket(newTicket());
    expect(await setStatus(id, 'closed')).toEqual({ refusal: 'invalid_transition' });
    expect(await setStatus(id, 'solved')).toMatchObject({ ticket: { status: 'solved' } });
    expect(await setStatus(id, 'awaiting_customer')).toEqual({ refusal: 'invalid_transition' });
    expect(await setStatus(id, 'closed')).toMatchObject({ ticket: { status: 'closed', version: 3 } });
    for (const status of ['new', 'open', 'solved'] as const) {
      expect(await setStatus(id, status)).toEqual({ refusal: 'invalid_transition' });
    }
    expect(await setStatus(id, 'closed')).toMatchObject({ ticket: { status: 'closed', version: 4 } });
    expect(await store.updateTicket(id, { priority: 'high' }, actor())).toMatchObject({
      ticket: { priority: 'high' },
    });
  });

  it('pauses the resolution clock while awaiting the customer and adds the pause when they answer', async () => {
    const { id } = await store.createTicket(newTicket());
    await store.addMessage(id, { kind: 'reply', body: 'Which network did you use?' }, agent);
    const waiting = await setStatus(id, 'awaiting_customer');
    expect(waiting).toMatchObject({ ticket: { status: 'awaiting_customer' } });
    expect((await clockColumns(id)).pausedSince).not.toBeNull();
    await age(id, 10);
    clockMs = Date.now();
    const paused = await store.getTicket(id);
    expect(paused?.sla?.resolution).toMatchObject({ state: 'paused', is_running: false });
    // Only the few milliseconds before the pause counted.
    expect(paused?.sla?.resolution.remaining_ms).toBeGreaterThan(72 * hour - 60_000);

    const message = await store.addCustomerMessage(id, 'It was the XRP network.', 'Kim');
    expect(message).toMatchObject({ kind: 'customer', author_agent_id: null, author_name: 'Kim' });
    const { pausedMs, pausedSince } = await clockColumns(id);
    expect(pausedSince).toBeNull();
    expect(pausedMs).toBeGreaterThanOrEqual(10 * hour - 1000);
    expect(pausedMs).toBeLessThan(10 * hour + 60_000);
    clockMs = Date.now();
    const reopened = await store.getTicket(id);
    expect(reopened).toMatchObject({ status: 'open', message_count: 2 });
    expect(reopened?.sla?.resolution).toMatchObject({ state: 'running', is_running: true });
    expect(reopened?.sla?.resolution.remaining_ms).toBeGreaterThan(72 * hour - 60_000);
    expect(reopened?.sla?.first_response.state).toBe('met');
  });

  it('reopens a solved ticket on a customer message, keeps new, on-hold and closed ones', async () => {
    const { id } = await store.createTicket(newTicket());
    await setStatus(id, 'solved');
    await store.addCustomerMessage(id, 'Still not there.', null);
    expect(await store.getTicket(id)).toMatchObject({ status: 'open', solved_at: null });

    const fresh = await store.createTicket(newTicket());
    await store.addCustomerMessage(fresh.id, 'Any news?', null);
    expect((await store.getTicket(fresh.id))?.status).toBe('new');

    await setStatus(fresh.id, 'on_hold');
    await store.addCustomerMessage(fresh.id, 'Hello?', null);
    expect((await store.getTicket(fresh.id))?.status).toBe('on_hold');

    await setStatus(fresh.id, 'solved');
    await setStatus(fresh.id, 'closed');
    await store.addCustomerMessage(fresh.id, 'One more thing', null);
    expect((await store.getTicket(fresh.id))?.status).toBe('closed');
    expect(await store.addCustomerMessage('00000000-0000-4000-8000-000000000000', 'x', null)).toBeNull();
  });

  it('computes the SLA with the service clock: first response due 24 h after creation', async () => {
    const { id } = await store.createTicket(newTicket());
    const created = Date.parse((await store.getTicket(id))?.created_at ?? '');
    clockMs = created + 5 * hour;
    expect((await store.getTicket(id))?.sla?.first_response).toEqual({
      target_ms: 24 * hour,
      due_at: new Date(created + 24 * hour).toISOString(),
      remaining_ms: 19 * hour,
      state: 'running',
      is_running: true,
    });
    clockMs = created + 20 * hour;
    expect((await store.listTickets({ text: '', limit: 1 })).tickets[0]?.sla?.first_response.state).toBe(
      'at_risk',
    );
    clockMs = created + 25 * hour;
    expect((await store.getTicket(id))?.sla?.first_response.state).toBe('breached');
    const urgent = await store.updateTicket(id, { priority: 'urgent' }, actor());
    expect('ticket' in urgent && urgent.ticket.sla?.first_response.target_ms).toBe(hour);
  });

  it('measures imported history from solved_at and resumes from it on reopening', async () => {
    await store.importTickets([
      importedTicket('sla-1', { created_at: '2025-01-01T00:00:00Z', solved_at: '2025-01-02T00:00:00Z' }),
    ]);
    const imported = (await store.listTickets({ text: 'old ticket sla-1', limit: 1 })).tickets[0];
    expect(imported?.sla?.resolution).toMatchObject({ state: 'met', remaining_ms: 48 * hour });
    const id = imported?.id ?? '';
    await setStatus(id, 'open');
    const { pausedMs, pausedSince } = await clockColumns(id);
    expect(pausedSince).toBeNull();
    // Paused from the solution (2025-01-02) until now.
    expect(pausedMs).toBeGreaterThan(Date.now() - Date.parse('2025-01-02T00:00:00Z') - 60_000);
  });
});
