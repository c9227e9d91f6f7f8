import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiErrorSchema,
  intakeResponseSchema,
  messageSchema,
  ticketDetailSchema,
  ticketSchema,
} from '../../../shared/domain/schemas';
import { bulkUpdateResultSchema } from '../../../shared/domain/workflow-schemas';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

describe.each(testEngines())('Idempotency-Key on agent writes, $name', (engine) => {
  let service: TestService;
  let agentToken: string;
  let keyNumber = 0;

  /** A key no other test uses. */
  function freshKey(): string {
    keyNumber += 1;
    return `key-${engine.name}-${keyNumber}-${'x'.repeat(8)}`;
  }

  async function fileTicket(): Promise<string> {
    const response = await service.request('POST', '/api/tickets', { body: intakeRequest() });
    return intakeResponseSchema.parse(response.body).id;
  }

  async function readTicket(id: string) {
    return ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${id}`)).body);
  }

  function send(method: string, path: string, body: unknown, headers: Record<string, string>) {
    return service.request(method, path, { token: agentToken, body, headers });
  }

  beforeAll(async () => {
    service = await startTestService(engine);
    agentToken = (await service.service.ensureLocalAgent('Sync Agent')).token;
  });

  afterAll(async () => {
    await service.stop();
  });

  it('answers a retried reply with the same message and stores it once', async () => {
    const id = await fileTicket();
    const key = freshKey();
    const reply = { kind: 'reply', body: 'We are checking the chain', set_status: 'awaiting_customer' };
    const first = await send('POST', `/api/tickets/${id}/messages`, reply, { 'Idempotency-Key': key });
    const retry = await send('POST', `/api/tickets/${id}/messages`, reply, { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.text).toBe(first.text);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(messageSchema.parse(retry.body).body).toBe('We are checking the chain');
    const ticket = await readTicket(id);
    expect(ticket.messages).toHaveLength(1);
    expect(ticket).toMatchObject({ message_count: 1, status: 'awaiting_customer' });
  });

  it('gives a reply the UUID key it was sent under as its id, unless another message has it', async () => {
    const id = await fileTicket();
    const key = crypto.randomUUID();
    const reply = { kind: 'reply', body: 'Your deposit is on its way' };
    const first = await send('POST', `/api/tickets/${id}/messages`, reply, { 'Idempotency-Key': key });
    expect(first.status, first.text).toBe(201);
    // The console's pending copy `pending:<key>` names this message before the answer arrives.
    expect(messageSchema.parse(first.body).id).toBe(key);
    expect((await readTicket(id)).messages.map((message) => message.id)).toEqual([key]);

    // Another agent (here the admin token) sending under the same UUID (keys are per agent) gets a message
    // of its own.
    const other = await service.request('POST', `/api/tickets/${id}/messages`, {
      body: { kind: 'note', body: 'Same key, another agent' },
      headers: { 'Idempotency-Key': key },
    });
    expect(other.status).toBe(201);
    expect(messageSchema.parse(other.body).id).not.toBe(key);

    // A key that is not a UUID leaves the id to the service.
    const plain = await send(
      'POST',
      `/api/tickets/${id}/messages`,
      { kind: 'note', body: 'Plain key' },
      {
        'Idempotency-Key': freshKey(),
      },
    );
    expect(messageSchema.parse(plain.body).id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await readTicket(id)).messages).toHaveLength(3);
  });

  it('replays a property change made against a version that has since moved on, bumping it once', async () => {
    const id = await fileTicket();
    const before = await readTicket(id);
    const key = freshKey();
    const headers = { 'Idempotency-Key': key, 'If-Match': String(before.version) };
    const first = await send('PATCH', `/api/tickets/${id}`, { priority: 'urgent', tags: ['vip'] }, headers);
    // The first answer was lost: the outbox sends the very same request again.
    const retry = await send('PATCH', `/api/tickets/${id}`, { priority: 'urgent', tags: ['vip'] }, headers);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(ticketSchema.parse(retry.body)).toEqual(ticketSchema.parse(first.body));
    expect((await readTicket(id)).version).toBe(before.version + 1);
  });

  it('applies two identical requests in flight at the same time once', async () => {
    const id = await fileTicket();
    const key = freshKey();
    const note = { kind: 'note', body: 'Escalated to the wallet team' };
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        send('POST', `/api/tickets/${id}/messages`, note, { 'Idempotency-Key': key }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    const ticket = await readTicket(id);
    expect(ticket.messages).toHaveLength(1);
    expect(ticket.message_count).toBe(1);
  });

  it('refuses the same key with a different request with 422 and writes nothing', async () => {
    const id = await fileTicket();
    const key = freshKey();
    const first = await send(
      'POST',
      `/api/tickets/${id}/messages`,
      { kind: 'note', body: 'first' },
      { 'Idempotency-Key': key },
    );
    expect(first.status).toBe(201);
    const other = await send(
      'POST',
      `/api/tickets/${id}/messages`,
      { kind: 'note', body: 'second' },
      { 'Idempotency-Key': key },
    );
    expect(other.status).toBe(422);
    expect(apiErrorSchema.parse(other.body).error).toMatchObject({
      code: 'idempotency_key_reused',
      field: 'Idempotency-Key',
    });
    const patch = await send('PATCH', `/api/tickets/${id}`, { priority: 'low' }, { 'Idempotency-Key': key });
    expect(patch.status).toBe(422);
    const ticket = await readTicket(id);
    expect(ticket.messages.map((message) => message.body)).toEqual(['first']);
    expect(ticket.priority).toBe('normal');
  });

  it('does not spend the key on a refused write, so the rebased retry applies', async () => {
    const id = await fileTicket();
    const stale = (await readTicket(id)).version;
    await send('PATCH', `/api/tickets/${id}`, { status: 'open' }, {});
    const key = freshKey();
    const refused = await send(
      'PATCH',
      `/api/tickets/${id}`,
      { priority: 'high' },
      { 'Idempotency-Key': key, 'If-Match': String(stale) },
    );
    expect(refused.status).toBe(409);
    expect(apiErrorSchema.parse(refused.body).error.code).toBe('version_conflict');
    const rebased = await send(
      'PATCH',
      `/api/tickets/${id}`,
      { priority: 'high' },
      { 'Idempotency-Key': key, 'If-Match': String(stale + 1) },
    );
    expect(rebased.status).toBe(200);
    expect((await readTicket(id)).priority).toBe('high');
  });

  it('replays a bulk change with the same answer, changing each ticket once', async () => {
    const ids = [await fileTicket(), await fileTicket()];
    const versions = await Promise.all(ids.map(async (id) => (await readTicket(id)).version));
    const key = freshKey();
    const body = { ticket_ids: [...ids, 'not-a-ticket'], changes: { add_tags: ['outage'] } };
    const first = await send('POST', '/api/tickets/bulk', body, { 'Idempotency-Key': key });
    const retry = await send('POST', '/api/tickets/bulk', body, { 'Idempotency-Key': key });
    expect(first.status).toBe(200);
    expect(retry.text).toBe(first.text);
    const result = bulkUpdateResultSchema.parse(retry.body);
    expect(result.updated).toHaveLength(2);
    expect(result.failed).toEqual([expect.objectContaining({ id: 'not-a-ticket', code: 'not_found' })]);
    const after = await Promise.all(ids.map(async (id) => (await readTicket(id)).version));
    expect(after).toEqual(versions.map((version) => version + 1));
  });

  it('keeps keys per agent: another agent using the same key makes its own change', async () => {
    const id = await fileTicket();
    const key = freshKey();
    const note = { kind: 'note', body: 'same words, two agents' };
    const mine = await send('POST', `/api/tickets/${id}/messages`, note, { 'Idempotency-Key': key });
    const admins = await service.request('POST', `/api/tickets/${id}/messages`, {
      body: note,
      headers: { 'Idempotency-Key': key },
    });
    expect([mine.status, admins.status]).toEqual([201, 201]);
    expect((await readTicket(id)).messages).toHaveLength(2);
  });

  it('refuses a key that is empty, too long or not plain text', async () => {
    const id = await fileTicket();
    for (const key of ['x'.repeat(101), 'has space', 'caf\u00e9']) {
      const response = await send(
        'PATCH',
        `/api/tickets/${id}`,
        { priority: 'low' },
        { 'Idempotency-Key': key },
      );
      expect(response.status).toBe(400);
      expect(apiErrorSchema.parse(response.body).error.field).toBe('Idempotency-Key');
    }
    expect((await readTicket(id)).priority).toBe('normal');
  });
});
