import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricsSchema } from '../../../shared/domain/metrics-schemas';
import { apiErrorSchema, intakeResponseSchema, loginResponseSchema } from '../../../shared/domain/schemas';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

describe.each(testEngines())('GET /api/metrics ($name)', (engine) => {
  let service: TestService;
  let agentToken: string;

  beforeAll(async () => {
    service = await startTestService(engine);
    await service.request('POST', '/api/agents', {
      body: { email: 'agent@example.com', name: 'Agent', role: 'agent', password: 'long-lantern-orbit-47' },
    });
    const login = await service.request('POST', '/api/login', {
      body: { email: 'agent@example.com', password: 'long-lantern-orbit-47' },
      token: null,
    });
    agentToken = loginResponseSchema.parse(login.body).token;
  });

  afterAll(async () => {
    await service.stop();
  });

  async function metrics(query = ''): Promise<ReturnType<typeof metricsSchema.parse>> {
    const response = await service.request('GET', `/api/metrics${query}`);
    expect(response.status, response.text).toBe(200);
    return metricsSchema.parse(response.body);
  }

  it('is for leads: no token is 401, an agent is 403', async () => {
    expect((await service.request('GET', '/api/metrics', { token: null })).status).toBe(401);
    const forbidden = await service.request('GET', '/api/metrics', { token: agentToken });
    expect(forbidden.status).toBe(403);
    expect(apiErrorSchema.parse(forbidden.body).error.code).toBe('forbidden');
  });

  it('refuses bad queries with the field to blame', async () => {
    const cases: [string, string][] = [
      ['?bucket=week', 'bucket'],
      ['?from=yesterday', 'from'],
      ['?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z', 'from'],
      ['?from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'from'],
      ['?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z&bucket=hour', 'bucket'],
      ['?category=Not%20A%20Key', 'category'],
      ['?category=no_such_category', 'category'],
      ['?colour=blue', 'colour'],
    ];
    for (const [query, field] of cases) {
      const response = await service.request('GET', `/api/metrics${query}`);
      expect(response.status, query).toBe(400);
      expect(apiErrorSchema.parse(response.body).error.field, query).toBe(field);
    }
  });

  it('follows a ticket through intake, a reply, a solution and a reopening', async () => {
    const before = await metrics();
    expect(before.backlog.total).toBe(0);
    // Seven days from a time of day touch eight calendar days.
    expect(before.flow).toHaveLength(8);
    const created = intakeResponseSchema.parse(
      (await service.request('POST', '/api/tickets', { body: intakeRequest({ category: 'kyc' }) })).body,
    );
    const arrived = await metrics();
    expect(arrived.backlog.total).toBe(1);
    expect(arrived.backlog.unassigned).toBe(1);
    expect(arrived.backlog.by_category_status).toEqual([{ category: 'kyc', status: 'new', count: 1 }]);
    expect(arrived.flow.reduce((sum, point) => sum + point.incoming, 0)).toBe(1);

    await service.request('POST', `/api/tickets/${created.id}/messages`, {
      body: { kind: 'reply', body: 'We are on it.' },
    });
    const solved = await service.request('PATCH', `/api/tickets/${created.id}`, {
      body: { status: 'solved' },
    });
    expect(solved.status, solved.text).toBe(200);
    const afterSolve = await metrics();
    expect(afterSolve.backlog.total).toBe(0);
    expect(afterSolve.flow.reduce((sum, point) => sum + point.solved, 0)).toBe(1);
    expect(afterSolve.rates.reopen).toEqual({ count: 0, total: 1, rate: 0 });
    expect(afterSolve.response_times.by_category[0]?.first_response.count).toBe(1);

    await service.request('PATCH', `/api/tickets/${created.id}`, { body: { status: 'open' } });
    const reopened = await metrics('?category=kyc');
    expect(reopened.backlog.total).toBe(1);
    expect(reopened.rates.reopen).toEqual({ count: 1, total: 1, rate: 1 });
    expect((await metrics('?category=api')).backlog.total).toBe(0);
  });
});
