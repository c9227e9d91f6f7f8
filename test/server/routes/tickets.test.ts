import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiErrorSchema,
  intakeResponseSchema,
  loginResponseSchema,
  messageSchema,
  ticketDetailSchema,
  ticketListSchema,
  ticketSchema,
} from '../../../shared/domain/schemas';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

describe.each(testEngines())('agent ticket routes on $name', (engine) => {
  let service: TestService;
  let agentToken: string;
  let agentId: string;

  async function fileTicket(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await service.request('POST', '/api/tickets', { body: intakeRequest(overrides) });
    return intakeResponseSchema.parse(response.body).id;
  }

  beforeAll(async () => {
    service = await startTestService(engine);
    const { agent, token } = await service.service.ensureLocalAgent('Local Lead');
    agentToken = token;
    agentId = agent.id;
  });

  afterAll(async () => {
    await service.stop();
  });

  it('lists newest first with filters, search and cursor paging', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      ids.push(
        await fileTicket({
          subject: `Paging Probe ${index}`,
          requester: { email: `probe${index}@example.com`, name: 'Probe Person' },
        }),
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/api/tickets?q=paging%20probe&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = ticketListSchema.parse((await service.request('GET', query, { token: agentToken })).body);
      expect(page.total).toBe(5);
      seen.push(...page.tickets.map((ticket) => ticket.id));
      cursor = page.next_cursor;
    } while (cursor !== null);
    expect(seen).toEqual([...ids].reverse());
    const byName = ticketListSchema.parse(
      (await service.request('GET', '/api/tickets?q=PROBE%20PERSON')).body,
    );
    expect(byName.total).toBe(5);
    const invalid = await service.request('GET', '/api/tickets?status=lost');
    expect(invalid.status).toBe(400);
    expect(apiErrorSchema.parse(invalid.body).error.field).toBe('status');
    expect(
      apiErrorSchema.parse((await service.request('GET', '/api/tickets?cursor=abc')).body).error.code,
    ).toBe('invalid_cursor');
    expect((await service.request('GET', '/api/tickets?limit=0')).status).toBe(400);
    expect((await service.request('GET', '/api/tickets?assignee=somebody')).status).toBe(400);
  });

  it('changes properties with PATCH, filters by assignee, and refuses stale versions', async () => {
    const id = await fileTicket();
    const patched = await service.request('PATCH', `/api/tickets/${id}`, {
      token: agentToken,
      body: { status: 'open', priority: 'high', assignee_id: agentId, tags: ['vip'] },
    });
    expect(patched.status).toBe(200);
    const ticket = ticketSchema.parse(patched.body);
    expect(ticket).toMatchObject({
      status: 'open',
      priority: 'high',
      assignee_id: agentId,
      tags: ['vip'],
      version: 2,
    });
    expect(Date.parse(ticket.updated_at)).toBeGreaterThanOrEqual(Date.parse(ticket.created_at));
    const mine = ticketListSchema.parse(
      (await service.request('GET', '/api/tickets?assignee=me', { token: agentToken })).body,
    );
    expect(mine.tickets.map((listed) => listed.id)).toEqual([id]);
    const unassigned = ticketListSchema.parse(
      (await service.request('GET', '/api/tickets?assignee=none&limit=1000')).body,
    );
    expect(unassigned.tickets.map((listed) => listed.id)).not.toContain(id);
    const byId = ticketListSchema.parse(
      (await service.request('GET', `/api/tickets?assignee=${agentId}&status=open`)).body,
    );
    expect(byId.total).toBe(1);

    const stale = await service.request('PATCH', `/api/tickets/${id}`, {
      token: agentToken,
      body: { status: 'solved' },
      headers: { 'if-match': '1' },
    });
    expect(stale.status).toBe(409);
    const solved = await service.request('PATCH', `/api/tickets/${id}`, {
      token: agentToken,
      body: { status: 'solved' },
      headers: { 'if-match': '"2"' },
    });
    expect(ticketSchema.parse(solved.body)).toMatchObject({ status: 'solved', version: 3 });
    expect(ticketSchema.parse(solved.body).solved_at).not.toBeNull();
  });

  it('refuses status changes the status machine does not allow with 409 invalid_transition', async () => {
    const id = await fileTicket();
    const closing = await service.request('PATCH', `/api/tickets/${id}`, {
      token: agentToken,
      body: { status: 'closed' },
    });
    expect(closing.status).toBe(409);
    expect(apiErrorSchema.parse(closing.body).error).toMatchObject({
      code: 'invalid_transition',
      field: 'status',
    });
    for (const status of ['solved', 'closed'] as const) {
      const moved = await service.request('PATCH', `/api/tickets/${id}`, {
        token: agentToken,
        body: { status },
      });
      expect(ticketSchema.parse(moved.body).status).toBe(status);
    }
    const reopening = await service.request('PATCH', `/api/tickets/${id}`, { body: { status: 'open' } });
    expect(apiErrorSchema.parse(reopening.body).error.code).toBe('invalid_transition');
    const detail = ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${id}`)).body);
    expect(detail).toMatchObject({ status: 'closed', version: 3 });
  });

  it('answers every ticket with its SLA clocks, pausing resolution while awaiting the customer', async () => {
    const id = await fileTicket({ subject: 'SLA probe' });
    const fresh = ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${id}`)).body);
    expect(fresh.sla?.first_response).toMatchObject({
      target_ms: 24 * 3_600_000,
      state: 'running',
      is_running: true,
    });
    expect(Date.parse(fresh.sla?.first_response.due_at ?? '')).toBe(
      Date.parse(fresh.created_at) + 24 * 3_600_000,
    );
    const waiting = await service.request('PATCH', `/api/tickets/${id}`, {
      token: agentToken,
      body: { status: 'awaiting_customer', priority: 'urgent' },
    });
    expect(ticketSchema.parse(waiting.body).sla).toMatchObject({
      first_response: { target_ms: 3_600_000, state: 'running' },
      resolution: { target_ms: 8 * 3_600_000, state: 'paused', is_running: false },
    });
    const listed = ticketListSchema.parse((await service.request('GET', '/api/tickets?q=SLA%20probe')).body);
    expect(listed.tickets[0]?.sla?.resolution.state).toBe('paused');
  });

  it('validates PATCH bodies and ids', async () => {
    const id = await fileTicket();
    const cases: [unknown, number, string | undefined][] = [
      [{}, 400, undefined],
      [{ status: 'lost' }, 400, 'status'],
      [{ subject: 'rewrite' }, 400, 'subject'],
      [{ category: 'nope' }, 400, 'category'],
      [{ assignee_id: '00000000-0000-4000-8000-000000000000' }, 400, 'assignee_id'],
      [{ tags: [''] }, 400, 'tags.0'],
    ];
    for (const [body, status, field] of cases) {
      const response = await service.request('PATCH', `/api/tickets/${id}`, { body });
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(apiErrorSchema.parse(response.body).error.field).toBe(field);
    }
    expect(
      (await service.request('PATCH', '/api/tickets/not-a-ticket', { body: { status: 'open' } })).status,
    ).toBe(404);
    expect(
      (
        await service.request('PATCH', '/api/tickets/00000000-0000-4000-8000-000000000000', {
          body: { status: 'open' },
        })
      ).status,
    ).toBe(404);
    expect((await service.request('GET', '/api/tickets/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
    expect((await service.request('GET', '/api/tickets/nothing')).status).toBe(404);
    expect(ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${id}`)).body).version).toBe(
      1,
    );
  });

  it('adds replies and notes to the thread', async () => {
    const id = await fileTicket();
    const note = await service.request('POST', `/api/tickets/${id}/messages`, {
      token: agentToken,
      body: { kind: 'note', body: 'internal: check the hot wallet' },
    });
    expect(note.status).toBe(201);
    const reply = await service.request('POST', `/api/tickets/${id}/messages`, {
      token: agentToken,
      body: { kind: 'reply', body: 'Hello! Could you send the TXID?' },
    });
    const replyMessage = messageSchema.parse(reply.body);
    expect(replyMessage).toMatchObject({
      kind: 'reply',
      author_agent_id: agentId,
      author_name: 'Local Lead',
      ticket_id: id,
    });
    const detail = ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${id}`)).body);
    expect(detail.messages.map((message) => message.kind)).toEqual(['note', 'reply']);
    expect(detail).toMatchObject({
      status: 'open',
      message_count: 2,
      first_response_at: replyMessage.created_at,
    });
    expect(
      (
        await service.request('POST', `/api/tickets/${id}/messages`, {
          body: { kind: 'customer', body: 'x' },
        })
      ).status,
    ).toBe(400);
    expect(
      (await service.request('POST', `/api/tickets/${id}/messages`, { body: { kind: 'note', body: '' } }))
        .status,
    ).toBe(400);
  });

  it('answers the agent directory routes', async () => {
    const me = await service.request('GET', '/api/me', { token: agentToken });
    expect(me.body).toEqual({ id: agentId, email: 'local@localhost', name: 'Local Lead', role: 'lead' });
    expect(await service.request('GET', '/api/me')).toMatchObject({ body: { role: 'admin' } });
    expect((await service.request('GET', '/api/agents')).body).toEqual({
      agents: [{ id: agentId, email: 'local@localhost', name: 'Local Lead', role: 'lead' }],
    });
    const categories = await service.request('GET', '/api/categories', { token: agentToken });
    expect(categories.body).toMatchObject({
      categories: expect.arrayContaining([{ key: 'kyc', name: 'KYC', is_default: true }]) as unknown,
    });
    const created = await service.request('POST', '/api/categories', {
      token: agentToken,
      body: { name: 'NFT Marketplace' },
    });
    expect(created).toMatchObject({
      status: 201,
      body: { key: 'nft_marketplace', name: 'NFT Marketplace', is_default: false },
    });
  });

  it('logs agents in with a password and refuses wrong credentials', async () => {
    await service.service.ensureLocalAgent('Local Lead');
    const wrong = await service.request('POST', '/api/login', {
      token: null,
      body: { email: 'local@localhost', password: 'x' },
    });
    expect(wrong.status).toBe(401);
    expect(apiErrorSchema.parse(wrong.body).error.code).toBe('invalid_credentials');
    expect(
      (await service.request('POST', '/api/login', { token: null, body: { email: 'a@b.c' } })).status,
    ).toBe(400);
    expect((await service.request('POST', '/api/login', { token: null, raw: '{' })).status).toBe(400);
  });
});

describe('agents and login', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService();
  });

  afterAll(async () => {
    await service.stop();
  });

  it('lets the admin create an agent who then logs in and works with the token', async () => {
    const agent = {
      email: 'Mina@Example.com',
      name: 'Mina',
      role: 'agent',
      password: 'correct horse battery',
    };
    const created = await service.request('POST', '/api/agents', { body: agent });
    expect(created).toMatchObject({
      status: 201,
      body: { email: 'Mina@Example.com', name: 'Mina', role: 'agent' },
    });
    expect((await service.request('POST', '/api/agents', { body: agent })).status).toBe(409);
    expect(
      (
        await service.request('POST', '/api/agents', {
          body: { ...agent, email: 'x@example.com', password: 'short' },
        })
      ).status,
    ).toBe(400);

    const login = await service.request('POST', '/api/login', {
      token: null,
      body: { email: 'mina@example.com', password: 'correct horse battery' },
    });
    expect(login.status).toBe(200);
    const { token, agent: loggedIn } = loginResponseSchema.parse(login.body);
    expect(loggedIn).toMatchObject({ name: 'Mina', role: 'agent' });
    expect((await service.request('GET', '/api/me', { token })).body).toMatchObject({ id: loggedIn.id });
    expect(
      (await service.request('POST', '/api/agents', { token, body: { ...agent, email: 'y@example.com' } }))
        .status,
    ).toBe(403);
    expect(
      (await service.request('POST', '/api/categories', { token, body: { name: 'Other' } })).status,
    ).toBe(403);
    expect((await service.request('POST', '/api/import', { token, body: [] })).status).toBe(403);
  });
});
