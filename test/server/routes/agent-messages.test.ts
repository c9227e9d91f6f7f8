import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiErrorSchema,
  intakeResponseSchema,
  messageSchema,
  ticketDetailSchema,
  ticketListSchema,
} from '../../../shared/domain/schemas';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

describe.each(testEngines())(
  'agent messages with set_status and If-Match, customer filter on $name',
  (engine) => {
    let service: TestService;
    let agentToken: string;

    async function fileTicket(overrides: Record<string, unknown> = {}): Promise<string> {
      const response = await service.request('POST', '/api/tickets', { body: intakeRequest(overrides) });
      return intakeResponseSchema.parse(response.body).id;
    }

    async function readTicket(id: string) {
      return ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${id}`)).body);
    }

    function post(id: string, body: unknown, headers: Record<string, string> = {}) {
      return service.request('POST', `/api/tickets/${id}/messages`, { token: agentToken, body, headers });
    }

    beforeAll(async () => {
      service = await startTestService(engine);
      agentToken = (await service.service.ensureLocalAgent('Reply Agent')).token;
    });

    afterAll(async () => {
      await service.stop();
    });

    it('sends a reply and sets the status in one go, keeping the first-response rules', async () => {
      const id = await fileTicket();
      const response = await post(id, {
        kind: 'reply',
        body: 'Which network?',
        set_status: 'awaiting_customer',
      });
      expect(response.status).toBe(201);
      expect(messageSchema.parse(response.body)).toMatchObject({ kind: 'reply', body: 'Which network?' });
      const ticket = await readTicket(id);
      expect(ticket).toMatchObject({ status: 'awaiting_customer', message_count: 1 });
      expect(ticket.first_response_at).not.toBeNull();
      expect(ticket.sla?.resolution.state).toBe('paused');
      const solved = await post(id, { kind: 'note', body: 'fixed upstream', set_status: 'solved' });
      expect(solved.status).toBe(201);
      expect(await readTicket(id)).toMatchObject({ status: 'solved', message_count: 2 });
      expect((await readTicket(id)).solved_at).not.toBeNull();
    });

    it('refuses a status the machine does not allow with 409 and stores nothing', async () => {
      const id = await fileTicket();
      const before = await readTicket(id);
      const response = await post(id, { kind: 'reply', body: 'Closing this.', set_status: 'closed' });
      expect(response.status).toBe(409);
      expect(apiErrorSchema.parse(response.body).error.code).toBe('invalid_transition');
      const after = await readTicket(id);
      expect(after).toMatchObject({ status: 'new', version: before.version, message_count: 0 });
      expect(after.first_response_at).toBeNull();
      expect(after.messages).toHaveLength(before.messages.length);
      expect((await post(id, { kind: 'reply', body: 'x', set_status: 'lost' })).status).toBe(400);
    });

    it('refuses a reply based on an old version with 409 version_conflict (the stale-reply guard)', async () => {
      const id = await fileTicket();
      const opened = await readTicket(id);
      await service.request('PATCH', `/api/tickets/${id}`, { body: { priority: 'high' } });
      const stale = await post(id, { kind: 'reply', body: 'Hello' }, { 'if-match': `"${opened.version}"` });
      expect(stale.status).toBe(409);
      expect(apiErrorSchema.parse(stale.body).error.code).toBe('version_conflict');
      const current = await readTicket(id);
      expect(current.messages).toHaveLength(opened.messages.length);
      const fresh = await post(id, { kind: 'reply', body: 'Hello' }, { 'if-match': `"${current.version}"` });
      expect(fresh.status).toBe(201);
      expect((await post(id, { kind: 'reply', body: 'Hi' }, { 'if-match': 'soon' })).status).toBe(400);
    });

    it("lists one customer's tickets with customer_id", async () => {
      const first = await fileTicket({ requester: { email: 'repeat.customer@example.com', name: 'Repeat' } });
      await fileTicket({ requester: { email: 'someone.else@example.com' } });
      const second = await fileTicket({ requester: { email: 'Repeat.Customer@example.com' } });
      const customerId = (await readTicket(first)).customer_id;
      const listed = ticketListSchema.parse(
        (await service.request('GET', `/api/tickets?customer_id=${customerId}`, { token: agentToken })).body,
      );
      expect(listed.tickets.map((ticket) => ticket.id)).toEqual([second, first]);
      expect(listed.total).toBe(2);
      const invalid = await service.request('GET', '/api/tickets?customer_id=nobody');
      expect(invalid.status).toBe(400);
      expect(apiErrorSchema.parse(invalid.body).error.field).toBe('customer_id');
    });
  },
);
