import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../shared/domain/schemas';
import { agentPreferencesSchema, type AgentPreferences } from '../../../shared/domain/workflow-schemas';
import { testEngines } from '../helpers/engines';
import { startTestService, type TestService } from '../helpers/service';

const preferences: AgentPreferences = {
  saved_views: [
    { id: 'urgent-mine', name: '긴급 \uFEFF내 티켓', filters: { priorities: ['urgent'], assignees: ['me'] } },
  ],
  queue_columns: { order: ['number', 'subject'], hidden: ['language'], widths: { subject: 320 } },
  queue_sort: [{ id: 'updated_at', desc: true }],
};

describe.each(testEngines())('agent preferences on $name', (engine) => {
  let service: TestService;
  let minji: string;
  let wei: string;

  beforeAll(async () => {
    service = await startTestService(engine);
    minji = (await service.service.ensureLocalAgent('Minji')).token;
    const created = await service.request('POST', '/api/agents', {
      body: { email: 'wei@example.com', name: 'Wei', role: 'agent', password: 'wei-lantern-orbit-47' },
    });
    expect(created.status).toBe(201);
    const login = await service.request('POST', '/api/login', {
      token: null,
      body: { email: 'wei@example.com', password: 'wei-lantern-orbit-47' },
    });
    wei = (login.body as { token: string }).token;
  });

  afterAll(async () => {
    await service.stop();
  });

  it('answers {} before anything was saved, then what the agent saved, for that agent only', async () => {
    expect((await service.request('GET', '/api/me/preferences', { token: minji })).body).toEqual({});
    const saved = await service.request('PUT', '/api/me/preferences', { token: minji, body: preferences });
    expect(saved.status).toBe(200);
    expect(agentPreferencesSchema.parse(saved.body)).toEqual(preferences);
    expect((await service.request('GET', '/api/me/preferences', { token: minji })).body).toEqual(preferences);
    expect((await service.request('GET', '/api/me/preferences', { token: wei })).body).toEqual({});
  });

  it('replaces the whole document on PUT', async () => {
    await service.request('PUT', '/api/me/preferences', { token: minji, body: preferences });
    const replaced = { queue_sort: [{ id: 'number', desc: false }] };
    await service.request('PUT', '/api/me/preferences', { token: minji, body: replaced });
    expect((await service.request('GET', '/api/me/preferences', { token: minji })).body).toEqual(replaced);
  });

  it('refuses bad preferences with a 400 naming the field, keeping what was stored', async () => {
    await service.request('PUT', '/api/me/preferences', { token: wei, body: preferences });
    const cases: [unknown, string][] = [
      [{ theme: 'dark' }, 'theme'],
      [{ queue_sort: [{ id: 'number', desc: 'yes' }] }, 'queue_sort.0.desc'],
      [{ saved_views: [{ id: 'a', name: '   ', filters: {} }] }, 'saved_views.0.name'],
      [{ queue_columns: { order: [], hidden: [], widths: { subject: 5 } } }, 'queue_columns.widths.subject'],
      [{ saved_views: [{ id: 'a', name: 'bad\u0000name', filters: {} }] }, 'saved_views.0.name'],
      [[], ''],
    ];
    for (const [body, field] of cases) {
      const response = await service.request('PUT', '/api/me/preferences', { token: wei, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(apiErrorSchema.parse(response.body).error.field ?? '').toBe(field);
    }
    expect((await service.request('GET', '/api/me/preferences', { token: wei })).body).toEqual(preferences);
    expect((await service.request('GET', '/api/me/preferences', { token: null })).status).toBe(401);
  });
});
