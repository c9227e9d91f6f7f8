import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginResponseSchema } from '../../../shared/domain/schemas';
import { auditListSchema, type AuditEntry } from '../../../shared/domain/routing-schemas';
import { testEngines } from '../helpers/engines';
import { startTestService, type TestService } from '../helpers/service';

const password = 'Harbor-Quartz-7149-lantern';

// The changes that decide who can read what are themselves on record (docs/security.md "Who changed the
// limits"): a bribed or stolen lead account cannot raise the budget or shorten the trail unseen.
describe.each(testEngines())('security changes are audit-logged, on $name', (engine) => {
  let service: TestService;
  let leadToken = '';
  let leadId = '';
  let agentToken = '';
  let agentId = '';

  async function login(email: string): Promise<{ token: string; id: string }> {
    const response = await service.request('POST', '/api/login', { token: null, body: { email, password } });
    const { token, agent } = loginResponseSchema.parse(response.body);
    return { token, id: agent.id };
  }

  async function securityChanges(): Promise<AuditEntry[]> {
    const response = await service.request('GET', '/api/audit?scope=security&limit=50', { token: leadToken });
    expect(response.status).toBe(200);
    return auditListSchema.parse(response.body).entries;
  }

  beforeAll(async () => {
    service = await startTestService(engine);
    for (const [email, name, role] of [
      ['warden@example.com', 'Warden', 'lead'],
      ['reader@example.com', 'Reader', 'agent'],
    ] as const) {
      const created = await service.request('POST', '/api/agents', { body: { email, name, role, password } });
      expect(created.status).toBe(201);
    }
    ({ token: leadToken, id: leadId } = await login('warden@example.com'));
    ({ token: agentToken, id: agentId } = await login('reader@example.com'));
  }, 300_000);

  afterAll(async () => {
    await service.stop();
  });

  it('records each change of a limit with who made it and the value before and after', async () => {
    const changes: [string, unknown][] = [
      ['/api/settings/read-limits', { hourly_ticket_budget: 2000 }],
      ['/api/settings/access-log-retention', { retention_days: 30 }],
      ['/api/settings/team-scope', { enabled: true }],
      ['/api/settings/sessions', { idle_minutes: 15, absolute_hours: 8, require_mfa: false }],
    ];
    for (const [path, body] of changes) {
      expect((await service.request('PUT', path, { token: leadToken, body })).status).toBe(200);
    }
    const recorded = (await securityChanges()).reverse();
    expect(recorded.map((entry) => [entry.action, entry.agent_id, entry.details])).toEqual([
      [
        'security.read_limits',
        leadId,
        { before: { hourly_ticket_budget: 300 }, after: { hourly_ticket_budget: 2000 } },
      ],
      [
        'security.access_log_retention',
        leadId,
        { before: { retention_days: 365 }, after: { retention_days: 30 } },
      ],
      ['security.team_scope', leadId, { before: { enabled: false }, after: { enabled: true } }],
      [
        'security.session_policy',
        leadId,
        {
          before: { idle_minutes: 60, absolute_hours: 12, require_mfa: false },
          after: { idle_minutes: 15, absolute_hours: 8, require_mfa: false },
        },
      ],
    ]);
  });

  it('records disabling and enabling an agent, by name, and a refused change records nothing', async () => {
    const before = (await securityChanges()).length;
    const refused = await service.request('PUT', '/api/settings/read-limits', {
      token: leadToken,
      body: { hourly_ticket_budget: -1 },
    });
    expect(refused.status).toBe(400);
    const byAgent = await service.request('PUT', '/api/settings/team-scope', {
      token: agentToken,
      body: { enabled: false },
    });
    expect(byAgent.status).toBe(403);
    expect(await securityChanges()).toHaveLength(before);

    for (const action of ['disable', 'enable']) {
      const response = await service.request('POST', `/api/agents/${agentId}/${action}`, {
        token: leadToken,
      });
      expect(response.status).toBe(200);
    }
    // Disabling ended the agent's sessions; enabled again, they sign in anew.
    ({ token: agentToken } = await login('reader@example.com'));
    const [enabled, disabled] = await securityChanges();
    expect(disabled).toMatchObject({
      action: 'security.agent_disabled',
      agent_id: leadId,
      details: {
        agent_id: agentId,
        agent_name: 'Reader',
        before: { disabled: false },
        after: { disabled: true },
      },
    });
    expect(enabled).toMatchObject({
      action: 'security.agent_enabled',
      agent_id: leadId,
      details: { agent_id: agentId, before: { disabled: true }, after: { disabled: false } },
    });
  });

  it('names who acted: the lead by name, and the operator’s admin token as such', async () => {
    const byAdmin = await service.request('PUT', '/api/settings/read-limits', {
      body: { hourly_ticket_budget: 500 },
    });
    expect(byAdmin.status).toBe(200);
    const byLead = await service.request('PUT', '/api/settings/read-limits', {
      token: leadToken,
      body: { hourly_ticket_budget: 400 },
    });
    expect(byLead.status).toBe(200);
    const [lead, admin] = await securityChanges();
    expect(admin).toMatchObject({ by_admin_token: true, details: { after: { hourly_ticket_budget: 500 } } });
    expect(lead).toMatchObject({ agent_id: leadId, agent_name: 'Warden', by_admin_token: false });
  });

  it('lists security changes apart from routing changes, for leads only', async () => {
    const team = await service.request('POST', '/api/routing/teams', {
      token: leadToken,
      body: { name: 'Audit desk', categories: [], member_ids: [], strategy: 'round_robin' },
    });
    expect(team.status).toBeLessThan(300);
    const routing = auditListSchema.parse(
      (await service.request('GET', '/api/audit?scope=routing', { token: leadToken })).body,
    ).entries;
    expect(routing.length).toBeGreaterThan(0);
    expect(routing.every((entry) => !entry.action.startsWith('security.'))).toBe(true);
    const security = await securityChanges();
    expect(security.length).toBeGreaterThan(0);
    expect(security.every((entry) => entry.action.startsWith('security.'))).toBe(true);
    const all = auditListSchema.parse(
      (await service.request('GET', '/api/audit', { token: leadToken })).body,
    );
    expect(all.entries).toHaveLength(routing.length + security.length);
    expect((await service.request('GET', '/api/audit?scope=security', { token: agentToken })).status).toBe(
      403,
    );
    expect((await service.request('GET', '/api/audit?scope=everything', { token: leadToken })).status).toBe(
      400,
    );
  });
});
