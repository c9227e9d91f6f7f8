import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiErrorSchema,
  changeListSchema,
  loginResponseSchema,
  ticketDetailSchema,
  ticketSchema,
} from '../../../shared/domain/schemas';
import {
  customerMessageReceiptSchema,
  customerTicketSchema,
  intakeReceiptSchema,
  type IntakeReceipt,
} from '../../../shared/domain/workflow-schemas';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

const transactionHash = '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060';
const pngBase64 = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64');

describe.each(testEngines())('the customer side of a ticket on $name', (engine) => {
  let service: TestService;
  let agentToken: string;

  /** Files a deposit ticket that lacks its transaction hash, as a customer (no token). */
  async function fileTicket(overrides: Record<string, unknown> = {}): Promise<IntakeReceipt> {
    const response = await service.request('POST', '/api/tickets', {
      token: null,
      body: intakeRequest({
        category: 'deposit_withdrawal',
        subject: 'Deposit missing',
        body: 'I deposited 0.5 ETH to my account and it has not arrived.',
        ...overrides,
      }),
    });
    expect(response.status).toBe(201);
    return intakeReceiptSchema.parse(response.body);
  }

  async function agentTicket(id: string) {
    return ticketDetailSchema.parse(
      (await service.request('GET', `/api/tickets/${id}`, { token: agentToken })).body,
    );
  }

  async function setStatus(id: string, status: string): Promise<void> {
    const response = await service.request('PATCH', `/api/tickets/${id}`, {
      token: agentToken,
      body: { status },
    });
    expect(response.status).toBe(200);
  }

  function answer(
    receipt: IntakeReceipt,
    body: Record<string, unknown>,
    token: string | null = receipt.access_token,
  ) {
    return service.request('POST', `/api/tickets/${receipt.id}/customer-messages`, { token, body });
  }

  beforeAll(async () => {
    service = await startTestService(engine);
    await service.request('POST', '/api/agents', {
      body: { email: 'ana@example.com', name: 'Ana Agent', role: 'agent', password: 'agent-password' },
    });
    const login = await service.request('POST', '/api/login', {
      token: null,
      body: { email: 'ana@example.com', password: 'agent-password' },
    });
    agentToken = loginResponseSchema.parse(login.body).token;
  });

  afterAll(async () => {
    await service.stop();
  });

  it('gives the customer a fresh access token with the receipt, different for every ticket', async () => {
    const first = await fileTicket();
    const second = await fileTicket();
    expect(first.access_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.access_token).not.toBe(first.access_token);
    expect(first.number).toBeGreaterThan(0);
  });

  it('shows the customer their public thread, never internal notes', async () => {
    const receipt = await fileTicket();
    await service.request('POST', `/api/tickets/${receipt.id}/messages`, {
      token: agentToken,
      body: { kind: 'note', body: 'Internal: check the hot wallet first' },
    });
    await service.request('POST', `/api/tickets/${receipt.id}/messages`, {
      token: agentToken,
      body: { kind: 'reply', body: 'Could you send the transaction hash?' },
    });
    const response = await service.request('GET', `/api/tickets/${receipt.id}/customer-view`, {
      token: receipt.access_token,
    });
    expect(response.status).toBe(200);
    const view = customerTicketSchema.parse(response.body);
    expect(view).toMatchObject({
      id: receipt.id,
      number: receipt.number,
      status: 'open',
      subject: 'Deposit missing',
    });
    expect(view.messages.map((message) => [message.kind, message.body])).toEqual([
      ['reply', 'Could you send the transaction hash?'],
    ]);
    expect(response.text).not.toContain('hot wallet');
  });

  it("refuses every token but the ticket's own with 401, without telling whether the ticket exists", async () => {
    const receipt = await fileTicket();
    const other = await fileTicket();
    const refused = [
      { token: other.access_token, id: receipt.id },
      { token: agentToken, id: receipt.id },
      { token: service.service.adminToken, id: receipt.id },
      { token: null, id: receipt.id },
      { token: receipt.access_token, id: '00000000-0000-4000-8000-000000000000' },
      { token: receipt.access_token, id: String(receipt.number) },
    ];
    for (const { token, id } of refused) {
      const view = await service.request('GET', `/api/tickets/${id}/customer-view`, { token });
      expect(view.status).toBe(401);
      expect(apiErrorSchema.parse(view.body).error.code).toBe('unauthorized');
      const post = await service.request('POST', `/api/tickets/${id}/customer-messages`, {
        token,
        body: { body: 'let me in' },
      });
      expect(post.status).toBe(401);
    }
    expect((await agentTicket(receipt.id)).message_count).toBe(0);
  });

  it('reopens an awaiting ticket, resumes its SLA clock, fills the checklist and tells every console', async () => {
    const receipt = await fileTicket();
    const before = await agentTicket(receipt.id);
    const transactionItem = before.checklist.items.find((item) => item.key === 'transaction_id');
    expect(transactionItem).toMatchObject({ required: true, present: false });
    await setStatus(receipt.id, 'awaiting_customer');
    expect((await agentTicket(receipt.id)).sla?.resolution.state).toBe('paused');
    const since = changeListSchema.parse(
      (await service.request('GET', '/api/changes?since=0&limit=10000')).body,
    ).next;

    const response = await answer(receipt, { body: `Sorry! The hash is ${transactionHash}` });
    expect(response.status).toBe(201);
    const receiptBody = customerMessageReceiptSchema.parse(response.body);
    expect(receiptBody.newly_present).toEqual(['transaction_id']);
    expect(receiptBody.message).toMatchObject({
      kind: 'customer',
      body: `Sorry! The hash is ${transactionHash}`,
    });
    expect(receiptBody.ticket.status).toBe('open');

    const after = await agentTicket(receipt.id);
    expect(after.status).toBe('open');
    expect(after.sla?.resolution.is_running).toBe(true);
    expect(after.checklist.items.find((item) => item.key === 'transaction_id')).toMatchObject({
      present: true,
      evidence: transactionHash,
    });
    expect(after.messages.at(-1)).toMatchObject({ kind: 'customer', checklist_provided: ['transaction_id'] });
    expect(after.version).toBeGreaterThan(before.version);
    const changes = changeListSchema.parse(
      (await service.request('GET', `/api/changes?since=${since}`)).body,
    );
    expect(changes.changes.map((change) => [change.type, change.ticket_id])).toEqual([
      ['message.created', receipt.id],
      ['ticket.updated', receipt.id],
    ]);
  });

  it('reopens a solved ticket; a closed one refuses with 409 ticket_closed and stores nothing', async () => {
    const receipt = await fileTicket();
    await setStatus(receipt.id, 'solved');
    expect((await answer(receipt, { body: 'It still has not arrived.' })).status).toBe(201);
    const reopened = await agentTicket(receipt.id);
    expect(reopened).toMatchObject({ status: 'open', solved_at: null, message_count: 1 });

    await setStatus(receipt.id, 'solved');
    await setStatus(receipt.id, 'closed');
    const refused = await answer(receipt, { body: `Here: ${transactionHash}` });
    expect(refused.status).toBe(409);
    expect(apiErrorSchema.parse(refused.body).error.code).toBe('ticket_closed');
    const closed = await agentTicket(receipt.id);
    expect(closed).toMatchObject({ status: 'closed', message_count: 1, version: reopened.version + 2 });
    expect(closed.checklist.items.find((item) => item.key === 'transaction_id')?.present).toBe(false);
  });

  it("stores a message's attachments linked to it, and refuses a bad one storing nothing", async () => {
    const receipt = await fileTicket();
    const bad = await answer(receipt, {
      body: 'screenshot attached',
      attachments: [
        { name: 'shot.png', type: 'image/png', data: Buffer.from('not a png').toString('base64') },
      ],
    });
    expect(bad.status).toBe(400);
    expect(apiErrorSchema.parse(bad.body).error.code).toBe('attachment_type_mismatch');
    expect((await agentTicket(receipt.id)).message_count).toBe(0);

    const good = await answer(receipt, {
      body: 'screenshot attached',
      attachments: [{ name: 'shot.png', type: 'image/png', data: pngBase64 }],
    });
    const receiptBody = customerMessageReceiptSchema.parse(good.body);
    expect(receiptBody.newly_present).toContain('attachment');
    const ticket = await agentTicket(receipt.id);
    expect(ticket.attachments).toEqual([
      expect.objectContaining({ name: 'shot.png', type: 'image/png', message_id: receiptBody.message.id }),
    ]);
    expect((await answer(receipt, { body: 'x', extra: true })).status).toBe(400);
    expect((await answer(receipt, { body: '' })).status).toBe(400);
  });

  it('keeps an agent’s hand marks through the customer’s answers until the agent removes them', async () => {
    const receipt = await fileTicket();
    const marked = await service.request('PATCH', `/api/tickets/${receipt.id}`, {
      token: agentToken,
      body: {
        checklist_marks: [
          { key: 'transaction_id', present: true },
          { key: 'device', present: false },
        ],
      },
    });
    expect(marked.status).toBe(200);
    const markedTicket = ticketSchema.parse(marked.body);
    expect(markedTicket.checklist.items.find((item) => item.key === 'transaction_id')).toMatchObject({
      present: true,
      marked: true,
      evidence: null,
    });

    const answered = customerMessageReceiptSchema.parse(
      (await answer(receipt, { body: `Hash ${transactionHash}, sent from my iPhone 15` })).body,
    );
    // Marked present already and marked missing: neither counts as newly provided.
    expect(answered.newly_present).not.toContain('transaction_id');
    expect(answered.newly_present).not.toContain('device');
    const afterAnswer = await agentTicket(receipt.id);
    expect(afterAnswer.checklist.items.find((item) => item.key === 'device')).toMatchObject({
      present: false,
      marked: false,
    });
    expect(afterAnswer.checklist.items.find((item) => item.key === 'transaction_id')).toMatchObject({
      present: true,
      marked: true,
      evidence: transactionHash,
    });

    const cleared = ticketSchema.parse(
      (
        await service.request('PATCH', `/api/tickets/${receipt.id}`, {
          token: agentToken,
          body: { checklist_marks: [{ key: 'device', present: null }] },
        })
      ).body,
    );
    const device = cleared.checklist.items.find((item) => item.key === 'device');
    expect(device?.present).toBe(true);
    expect(device?.marked ?? null).toBeNull();
    const invalid = await service.request('PATCH', `/api/tickets/${receipt.id}`, {
      token: agentToken,
      body: { checklist_marks: [{ key: 'shoe_size', present: true }] },
    });
    expect(invalid.status).toBe(400);
  });
});

describe('customer messages are rate-limited per client address', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(null, { intakeRateLimit: { max: 2, windowMs: 60_000 } });
  });

  afterAll(async () => {
    await service.stop();
  });

  it('answers 429 once the budget is spent', async () => {
    // The admin token is exempt from the intake budget, not from the customer's.
    const receipt = intakeReceiptSchema.parse(
      (await service.request('POST', '/api/tickets', { body: intakeRequest() })).body,
    );
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await service.request('POST', `/api/tickets/${receipt.id}/customer-messages`, {
        token: receipt.access_token,
        body: { body: `attempt ${attempt}` },
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([201, 201, 429]);
  });
});
