import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  intakeResponseSchema,
  loginResponseSchema,
  ticketDetailSchema,
} from '../../../shared/domain/schemas';
import { routingConfigurationSchema } from '../../../shared/domain/routing-schemas';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

describe.each(testEngines())('assignment on reply on $name', (engine) => {
  let service: TestService;
  let agentToken: string;
  let agentId: string;
  let leadToken: string;

  async function login(email: string, role: 'agent' | 'lead'): Promise<{ token: string; id: string }> {
    await service.request('POST', '/api/agents', {
      body: { email, name: email, role, password: 'assign-on-reply-password' },
    });
    const response = await service.request('POST', '/api/login', {
      token: null,
      body: { email, password: 'assign-on-reply-password' },
    });
    const parsed = loginResponseSchema.parse(response.body);
    return { token: parsed.token, id: parsed.agent.id };
  }

  async function fileTicket(category: string): Promise<string> {
    const response = await service.request('POST', '/api/tickets', { body: intakeRequest({ category }) });
    return intakeResponseSchema.parse(response.body).id;
  }

  async function assigneeOf(id: string): Promise<string | null> {
    return ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${id}`)).body).assignee_id;
  }

  beforeAll(async () => {
    service = await startTestService(engine);
    ({ token: agentToken, id: agentId } = await login('replier@example.com', 'agent'));
    ({ token: leadToken } = await login('assign.lead@example.com', 'lead'));
  });

  afterAll(async () => {
    await service.stop();
  });

  it('makes an unassigned ticket the replier’s with the reply, not with a note', async () => {
    const id = await fileTicket('kyc');
    const note = await service.request('POST', `/api/tickets/${id}/messages`, {
      token: agentToken,
      body: { kind: 'note', body: 'Looking at the documents.' },
    });
    expect(note.status).toBe(201);
    expect(await assigneeOf(id)).toBeNull();
    const reply = await service.request('POST', `/api/tickets/${id}/messages`, {
      token: agentToken,
      body: { kind: 'reply', body: 'Could you send the back of your ID card?' },
    });
    expect(reply.status).toBe(201);
    expect(await assigneeOf(id)).toBe(agentId);
  });

  it('keeps a colleague’s assignment, and never assigns the built-in admin', async () => {
    const id = await fileTicket('kyc');
    await service.request('POST', `/api/tickets/${id}/messages`, {
      body: { kind: 'reply', body: 'An answer from the admin token.' },
    });
    expect(await assigneeOf(id)).toBeNull();
    const colleague = await login('colleague@example.com', 'agent');
    await service.request('PATCH', `/api/tickets/${id}`, { body: { assignee_id: colleague.id } });
    await service.request('POST', `/api/tickets/${id}/messages`, {
      token: agentToken,
      body: { kind: 'reply', body: 'Jumping in while my colleague is away.' },
    });
    expect(await assigneeOf(id)).toBe(colleague.id);
  });

  it('leaves the ticket unassigned when the team’s lead turned it off', async () => {
    const routing = routingConfigurationSchema.parse((await service.request('GET', '/api/routing')).body);
    const funds = routing.teams.find((team) => team.categories.includes('deposit_withdrawal'));
    expect(funds?.assign_on_reply).toBe(true);
    const { id: teamId, name, categories, member_ids: memberIds, strategy } = funds!;
    const saved = await service.request('PUT', `/api/routing/teams/${teamId}`, {
      token: leadToken,
      body: { name, categories, member_ids: memberIds, strategy, assign_on_reply: false },
    });
    expect(saved.status).toBe(200);
    const id = await fileTicket('deposit_withdrawal');
    await service.request('POST', `/api/tickets/${id}/messages`, {
      token: agentToken,
      body: { kind: 'reply', body: 'Which network did you use?' },
    });
    expect(await assigneeOf(id)).toBeNull();
    // Another team keeps the default.
    const kyc = await fileTicket('kyc');
    await service.request('POST', `/api/tickets/${kyc}/messages`, {
      token: agentToken,
      body: { kind: 'reply', body: 'Thanks, checking.' },
    });
    expect(await assigneeOf(kyc)).toBe(agentId);
  });
});
