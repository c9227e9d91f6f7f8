import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLogRetentionSchema, accessLogSchema } from '../../../shared/access/access-schemas';
import { apiErrorSchema, loginResponseSchema } from '../../../shared/domain/schemas';
import { intakeReceiptSchema } from '../../../shared/domain/workflow-schemas';
import { testEngines } from '../helpers/engines';
import { until } from '../helpers/polling';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

const password = 'Harbor-Quartz-7149-lantern';
const dayMs = 24 * 60 * 60 * 1000;

describe.each(testEngines())('access-log retention, on $name', (engine) => {
  let service: TestService;
  // The service's clock: the test moves it forward by days.
  let clock = Date.parse('2026-03-02T09:00:00.000Z');
  let ticketId = '';

  async function loggedTimes(): Promise<string[]> {
    const response = await service.request('GET', '/api/access-log?kind=read');
    expect(response.status).toBe(200);
    return accessLogSchema
      .parse(response.body)
      .entries.filter((entry) => entry.ticket_id === ticketId)
      .map((entry) => entry.at)
      .sort();
  }

  async function readTicket(): Promise<void> {
    expect((await service.request('GET', `/api/tickets/${ticketId}`)).status).toBe(200);
  }

  beforeAll(async () => {
    service = await startTestService(engine, { now: () => clock, accessLogPruneIntervalMs: 50 });
    const filed = await service.request('POST', '/api/tickets', { token: null, body: intakeRequest() });
    ticketId = intakeReceiptSchema.parse(filed.body).id;
  }, 300_000);

  afterAll(async () => {
    await service.stop();
  });

  it('keeps a year by default, and only a lead sets it, within 30 days to 10 years', async () => {
    const setting = await service.request('GET', '/api/settings/access-log-retention');
    expect(accessLogRetentionSchema.parse(setting.body)).toEqual({ retention_days: 365 });
    await service.request('POST', '/api/agents', {
      body: { email: 'keeper@example.com', name: 'Keeper', role: 'agent', password },
    });
    const login = await service.request('POST', '/api/login', {
      token: null,
      body: { email: 'keeper@example.com', password },
    });
    const { token } = loginResponseSchema.parse(login.body);
    const byAgent = await service.request('PUT', '/api/settings/access-log-retention', {
      token,
      body: { retention_days: 30 },
    });
    expect(byAgent.status).toBe(403);
    expect((await service.request('GET', '/api/settings/access-log-retention', { token })).status).toBe(403);
    for (const retention_days of [0, 7, 29, 3651, 30.5, '90']) {
      const refused = await service.request('PUT', '/api/settings/access-log-retention', {
        body: { retention_days },
      });
      expect(refused.status).toBe(400);
      expect(apiErrorSchema.parse(refused.body).error.field).toBe('retention_days');
    }
    const kept = await service.request('GET', '/api/settings/access-log-retention');
    expect(accessLogRetentionSchema.parse(kept.body)).toEqual({ retention_days: 365 });
  });

  it('deletes older entries at once when a lead shortens the retention, and keeps the rest', async () => {
    await readTicket();
    const first = new Date(clock).toISOString();
    clock += 40 * dayMs;
    await readTicket();
    const second = new Date(clock).toISOString();
    expect(await loggedTimes()).toEqual([first, second]);
    const shortened = await service.request('PUT', '/api/settings/access-log-retention', {
      body: { retention_days: 30 },
    });
    expect(shortened.status).toBe(200);
    expect(accessLogRetentionSchema.parse(shortened.body)).toEqual({ retention_days: 30 });
    expect(await loggedTimes()).toEqual([second]);
  });

  it('prunes by itself as time passes', async () => {
    const restored = await service.request('PUT', '/api/settings/access-log-retention', {
      body: { retention_days: 365 },
    });
    expect(restored.status).toBe(200);
    const before = await loggedTimes();
    expect(before).toHaveLength(1);
    // A year and a day later (no request changes anything): the service's own pruning removes the entry.
    clock += 366 * dayMs;
    expect(await until(loggedTimes, (times) => times.length === 0, 15_000)).toEqual([]);
  });
});
