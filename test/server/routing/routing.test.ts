import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditListSchema,
  routingConfigurationSchema,
  routingPreviewSchema,
  type RoutingConfiguration,
} from '../../../shared/domain/routing-schemas';
import {
  agentSchema,
  apiErrorSchema,
  loginResponseSchema,
  ticketDetailSchema,
} from '../../../shared/domain/schemas';
import { intakeReceiptSchema } from '../../../shared/domain/workflow-schemas';
import { testEngines } from '../helpers/engines';
import { until } from '../helpers/polling';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

describe.each(testEngines())('routing on $name', (engine) => {
  let service: TestService;
  let leadToken: string;
  let agentToken: string;
  let agentId: string;
  const sockets: Socket[] = [];

  async function createAgent(email: string, role: 'agent' | 'lead'): Promise<{ token: string; id: string }> {
    const created = await service.request('POST', '/api/agents', {
      body: { email, name: email.split('@')[0], role, password: 'routing-password', languages: ['en'] },
    });
    const response = await service.request('POST', '/api/login', {
      token: null,
      body: { email, password: 'routing-password' },
    });
    return { token: loginResponseSchema.parse(response.body).token, id: agentSchema.parse(created.body).id };
  }

  async function configuration(): Promise<RoutingConfiguration> {
    return routingConfigurationSchema.parse(
      (await service.request('GET', '/api/routing', { token: agentToken })).body,
    );
  }

  async function intake(overrides: Record<string, unknown>): Promise<string> {
    const response = await service.request('POST', '/api/tickets', { body: intakeRequest(overrides) });
    return intakeReceiptSchema.parse(response.body).id;
  }

  async function ticket(id: string) {
    return ticketDetailSchema.parse(
      (await service.request('GET', `/api/tickets/${id}`, { token: leadToken })).body,
    );
  }

  beforeAll(async () => {
    service = await startTestService(engine);
    leadToken = (await createAgent('lead@example.com', 'lead')).token;
    ({ token: agentToken, id: agentId } = await createAgent('ana@example.com', 'agent'));
  });

  afterAll(async () => {
    for (const socket of sockets) {
      socket.close();
    }
    await service.stop();
  });

  it('starts with the default teams (manual) and the urgent rule for hacked accounts', async () => {
    const routing = await configuration();
    expect(routing.teams.map((team) => [team.name, team.strategy])).toContainEqual(['Funds', 'manual']);
    expect(routing.profiles.find((profile) => profile.agent_id === agentId)).toMatchObject({
      languages: ['en'],
      capacity: 10,
      paused: false,
    });
    const id = await intake({
      category: 'account_security',
      subject: '해킹',
      body: '제 계정이 해킹당했어요',
    });
    expect((await ticket(id)).priority).toBe('urgent');
    expect((await ticket(await intake({ category: 'kyc' }))).priority).toBe('normal');
  });

  it('lets only leads edit, refuses bad input whole, and audit-logs every change', async () => {
    const { teams } = await configuration();
    const funds = teams.find((team) => team.name === 'Funds');
    const body = {
      name: 'Funds',
      categories: ['deposit_withdrawal'],
      member_ids: [agentId],
      strategy: 'least_loaded',
    };
    expect(
      (await service.request('PUT', `/api/routing/teams/${funds?.id}`, { token: agentToken, body })).status,
    ).toBe(403);
    const unknown = await service.request('PUT', `/api/routing/teams/${funds?.id}`, {
      token: leadToken,
      body: { ...body, categories: ['deposit_withdrawal', 'nonsense'] },
    });
    expect(unknown.status).toBe(400);
    expect(apiErrorSchema.parse(unknown.body).error).toMatchObject({
      code: 'unknown_category',
      field: 'categories.1',
    });
    const noAgent = await service.request('PUT', `/api/routing/teams/${funds?.id}`, {
      token: leadToken,
      body: { ...body, member_ids: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(apiErrorSchema.parse(noAgent.body).error.code).toBe('unknown_agent');
    expect((await configuration()).teams.find((team) => team.id === funds?.id)?.member_ids).toEqual([]);
    const missing = await service.request('PUT', '/api/routing/teams/00000000-0000-4000-8000-000000000000', {
      token: leadToken,
      body,
    });
    expect(missing.status).toBe(404);

    const saved = await service.request('PUT', `/api/routing/teams/${funds?.id}`, { token: leadToken, body });
    expect(saved.status).toBe(200);
    expect(
      routingConfigurationSchema.parse(saved.body).teams.find((team) => team.id === funds?.id),
    ).toMatchObject({
      strategy: 'least_loaded',
      member_ids: [agentId],
    });
    const audit = auditListSchema.parse(
      (await service.request('GET', '/api/audit?limit=5', { token: leadToken })).body,
    );
    expect(audit.entries[0]).toMatchObject({ action: 'routing.team_updated' });
    expect((await service.request('GET', '/api/audit', { token: agentToken })).status).toBe(403);
  });

  it('hands waiting tickets to an agent who comes online, up to capacity, most urgent first', async () => {
    await service.request('PUT', `/api/routing/agents/${agentId}`, {
      token: leadToken,
      body: { skills: ['deposit_withdrawal'], languages: ['en'], capacity: 2, paused: false },
    });
    const normal = await intake({
      category: 'deposit_withdrawal',
      subject: 'Slow deposit',
      body: 'Still pending.',
    });
    const urgent = await intake({
      category: 'deposit_withdrawal',
      subject: 'Unknown withdrawal',
      body: 'Not me!',
    });
    const later = await intake({ category: 'deposit_withdrawal', subject: 'Another', body: 'Question.' });
    expect((await ticket(urgent)).assignee_id).toBeNull();

    const socket = io(service.url, {
      auth: { token: agentToken },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    await new Promise((resolve) => socket.once('connect', () => resolve(undefined)));
    expect(
      (
        await until(
          () => ticket(urgent),
          (found) => found.assignee_id !== null,
        )
      ).assignee_id,
    ).toBe(agentId);
    expect(
      (
        await until(
          () => ticket(normal),
          (found) => found.assignee_id !== null,
        )
      ).assignee_id,
    ).toBe(agentId);
    // Capacity 2: the third waits.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await ticket(later)).assignee_id).toBeNull();

    // Solving one frees capacity; the waiting ticket follows.
    await service.request('PATCH', `/api/tickets/${normal}`, {
      token: agentToken,
      body: { status: 'solved' },
    });
    expect(
      (
        await until(
          () => ticket(later),
          (found) => found.assignee_id !== null,
        )
      ).assignee_id,
    ).toBe(agentId);
  });

  it('previews where a draft would go, and a changed rule applies to the next intake', async () => {
    const rules = {
      rules: [
        {
          id: 'vip',
          name: 'VIP',
          categories: [],
          patterns: ['margin call'],
          languages: [],
          priority: 'high',
        },
      ],
      skill_wait_minutes: 15,
    };
    const saved = await service.request('PUT', '/api/routing/rules', { token: leadToken, body: rules });
    expect(saved.status).toBe(200);
    const preview = routingPreviewSchema.parse(
      (
        await service.request('POST', '/api/routing/preview', {
          token: agentToken,
          body: { subject: 'Margin call', body: 'Why did I get a margin call?', category: 'derivatives' },
        })
      ).body,
    );
    expect(preview).toMatchObject({
      priority: 'high',
      category: 'derivatives',
      language: 'en',
      assignee_id: null,
    });
    const id = await intake({ category: 'general', subject: 'Margin call at 3am' });
    expect((await ticket(id)).priority).toBe('high');
    const bad = await service.request('PUT', '/api/routing/rules', {
      token: leadToken,
      body: { ...rules, rules: [{ ...rules.rules[0], priority: 'extreme' }] },
    });
    expect(apiErrorSchema.parse(bad.body).error).toMatchObject({
      code: 'invalid_value',
      field: 'rules.0.priority',
    });
    expect((await configuration()).skill_wait_minutes).toBe(15);
  });
});
