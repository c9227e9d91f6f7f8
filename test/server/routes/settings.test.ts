import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiErrorSchema,
  changeListSchema,
  loginResponseSchema,
  ticketDetailSchema,
  ticketListSchema,
  ticketSchema,
} from '../../../shared/domain/schemas';
import { intakeReceiptSchema, teamSettingsSchema } from '../../../shared/domain/workflow-schemas';
import { defaultRequiredItems } from '../../../shared/checklist/items';
import { defaultSlaPolicy } from '../../../shared/sla/policy';
import { slaPolicyToWire } from '../../../shared/sla/policy-wire';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

describe.each(testEngines())('team settings on $name', (engine) => {
  let service: TestService;
  let agentToken: string;
  let leadToken: string;

  async function login(email: string, role: 'agent' | 'lead'): Promise<string> {
    await service.request('POST', '/api/agents', {
      body: { email, name: email, role, password: 'settings-password' },
    });
    const response = await service.request('POST', '/api/login', {
      token: null,
      body: { email, password: 'settings-password' },
    });
    return loginResponseSchema.parse(response.body).token;
  }

  beforeAll(async () => {
    service = await startTestService(engine);
    agentToken = await login('agent@example.com', 'agent');
    leadToken = await login('lead@example.com', 'lead');
  });

  afterAll(async () => {
    await service.stop();
  });

  it('answers the defaults to any agent until a lead changes them', async () => {
    const response = await service.request('GET', '/api/settings', { token: agentToken });
    expect(response.status).toBe(200);
    const settings = teamSettingsSchema.parse(response.body);
    expect(settings.sla_policy).toEqual(slaPolicyToWire(defaultSlaPolicy));
    expect(settings.sla_policy.priorities.normal.first_response_minutes).toBe(24 * 60);
    expect(settings.checklist_rules).toEqual(
      Object.fromEntries(Object.entries(defaultRequiredItems).map(([key, items]) => [key, [...items]])),
    );
    expect((await service.request('GET', '/api/settings', { token: null })).status).toBe(401);
  });

  it('lets only leads change the SLA policy, and every ticket is measured by the new one', async () => {
    const { id } = intakeReceiptSchema.parse(
      (await service.request('POST', '/api/tickets', { body: intakeRequest({ category: 'kyc' }) })).body,
    );
    const policy = slaPolicyToWire(defaultSlaPolicy);
    policy.categories = { kyc: { normal: { first_response_minutes: 90 } } };
    const byAgent = await service.request('PUT', '/api/settings/sla-policy', {
      token: agentToken,
      body: policy,
    });
    expect(byAgent.status).toBe(403);
    const since = changeListSchema.parse(
      (await service.request('GET', '/api/changes?limit=10000')).body,
    ).next;

    const response = await service.request('PUT', '/api/settings/sla-policy', {
      token: leadToken,
      body: policy,
    });
    expect(response.status).toBe(200);
    expect(teamSettingsSchema.parse(response.body).sla_policy.categories).toEqual(policy.categories);
    const ticket = ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${id}`)).body);
    expect(ticket.sla?.first_response.target_ms).toBe(90 * 60_000);
    expect(ticket.sla?.resolution.target_ms).toBe(72 * 60 * 60_000);
    const listed = ticketListSchema.parse((await service.request('GET', '/api/tickets?category=kyc')).body);
    expect(listed.tickets.find((entry) => entry.id === id)?.sla?.first_response.target_ms).toBe(90 * 60_000);
    const changes = changeListSchema.parse(
      (await service.request('GET', `/api/changes?since=${since}`)).body,
    );
    expect(changes.changes.map((change) => [change.type, change.ticket_id])).toEqual([
      ['settings.updated', null],
      ['sla.recomputed', null],
    ]);

    const invalid = await service.request('PUT', '/api/settings/sla-policy', {
      token: leadToken,
      body: {
        ...policy,
        priorities: { ...policy.priorities, urgent: { first_response_minutes: 0, resolution_minutes: 1 } },
      },
    });
    expect(invalid.status).toBe(400);
    expect(apiErrorSchema.parse(invalid.body).error.field).toBe('priorities.urgent.first_response_minutes');
    const unknownCategory = await service.request('PUT', '/api/settings/sla-policy', {
      token: leadToken,
      body: { ...policy, categories: { kyc_typo: { normal: { first_response_minutes: 5 } } } },
    });
    expect(apiErrorSchema.parse(unknownCategory.body).error).toMatchObject({
      code: 'unknown_category',
      field: 'categories.kyc_typo',
    });
    const unchanged = teamSettingsSchema.parse((await service.request('GET', '/api/settings')).body);
    expect(unchanged.sla_policy.categories).toEqual(policy.categories);
  });

  it('applies new checklist rules to every ticket, list and detail alike, new categories included', async () => {
    const { id } = intakeReceiptSchema.parse(
      (
        await service.request('POST', '/api/tickets', {
          // No deposit or withdrawal situation in the text: only the team's rules decide what is required.
          body: intakeRequest({
            category: 'deposit_withdrawal',
            subject: 'Supported coins',
            body: 'Which coins can I deposit from another exchange?',
          }),
        })
      ).body,
    );
    // A ticket in a category the new rules leave out, so the check below has something to look at.
    await service.request('POST', '/api/tickets', { body: intakeRequest({ category: 'kyc' }) });
    await service.request('POST', '/api/categories', {
      token: leadToken,
      body: { name: 'VIP desk', key: 'vip_desk' },
    });
    const rules = { deposit_withdrawal: ['device', 'device'], vip_desk: ['contact'] };
    const response = await service.request('PUT', '/api/settings/checklist-rules', {
      token: leadToken,
      body: rules,
    });
    expect(response.status).toBe(200);
    expect(teamSettingsSchema.parse(response.body).checklist_rules).toEqual({
      deposit_withdrawal: ['device'],
      vip_desk: ['contact'],
    });
    const requiredOf = (items: { key: string; required: boolean }[]) =>
      items.filter((item) => item.required).map((item) => item.key);
    const detail = ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${id}`)).body);
    expect(requiredOf(detail.checklist.items)).toEqual(['device']);
    const listed = ticketListSchema.parse(
      (await service.request('GET', '/api/tickets?category=deposit_withdrawal')).body,
    );
    expect(requiredOf(listed.tickets.find((entry) => entry.id === id)?.checklist.items ?? [])).toEqual([
      'device',
    ]);
    const kyc = ticketListSchema.parse((await service.request('GET', '/api/tickets?category=kyc')).body);
    expect(kyc.tickets.length).toBeGreaterThan(0);
    expect(kyc.tickets.every((ticket) => ticket.checklist.items.every((item) => !item.required))).toBe(true);

    const moved = await service.request('PATCH', `/api/tickets/${id}`, {
      token: agentToken,
      body: { category: 'vip_desk' },
    });
    expect(requiredOf(ticketSchema.parse(moved.body).checklist.items)).toEqual(['contact']);
  });

  it('refuses rules for an unknown category with 400 unknown_category, changing nothing', async () => {
    const before = teamSettingsSchema.parse((await service.request('GET', '/api/settings')).body);
    const response = await service.request('PUT', '/api/settings/checklist-rules', {
      token: leadToken,
      body: { deposit_withdrawal: ['order_id'], no_such_desk: ['device'] },
    });
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(response.body).error).toMatchObject({
      code: 'unknown_category',
      field: 'no_such_desk',
    });
    const bad = await service.request('PUT', '/api/settings/checklist-rules', {
      token: leadToken,
      body: { deposit_withdrawal: ['shoe_size'] },
    });
    expect(bad.status).toBe(400);
    expect(teamSettingsSchema.parse((await service.request('GET', '/api/settings')).body)).toEqual(before);
  });
});
