import { randomBytes } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketDetailSchema, type Change, type TicketDetail } from '../../../shared/domain/schemas';
import { routingConfigurationSchema } from '../../../shared/domain/routing-schemas';
import { teamSettingsSchema } from '../../../shared/domain/workflow-schemas';
import { defaultHourlyTicketBudget } from '../../../shared/access/access-schemas';
import { triageStatusSchema, type TriageStatus } from '../../../shared/triage/wire-schemas';
import type { RunningService } from '../../../server/service';
import { until } from '../helpers/polling';
import { sendRequest } from '../helpers/service';
import {
  connectSocket,
  createAgent,
  createNodeSchema,
  dropNodeSchema,
  intake,
  recordChanges,
  startNode,
  waitFor,
} from './nodes';

const postgresUrl = process.env.TEST_DATABASE_URL ?? '';

// Issue 21: "triage models and settings are read from the database, and reloaded on their change events".
// A lead's change made through node A must be in force on node B as soon as B has heard of it (its
// `settings.updated` change), not after a cache on B ages out. PostgreSQL only (two nodes, one schema).
describe.skipIf(postgresUrl === '')('settings and the triage model across nodes', () => {
  const schema = `test_settings_${randomBytes(6).toString('hex')}`;
  let first: RunningService;
  let second: RunningService;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    const databaseUrl = await createNodeSchema(postgresUrl, schema);
    first = await startNode(databaseUrl, () => undefined);
    second = await startNode(databaseUrl, () => undefined);
  }, 60_000);

  afterAll(async () => {
    sockets.splice(0).forEach((socket) => socket.close());
    await Promise.all([first?.close(), second?.close()]);
    await dropNodeSchema(postgresUrl, schema);
  });

  /** Resolves once a socket on node B received a `settings.updated` change committed after this call. */
  const settingsHeardOnSecond = async (): Promise<() => Promise<void>> => {
    const socket = await connectSocket(second.url);
    sockets.push(socket);
    const received: Change[] = recordChanges(socket);
    return async () => {
      await waitFor(() => received.some((change) => change.type === 'settings.updated'));
      expect(received.map((change) => change.type)).toContain('settings.updated');
    };
  };

  const detailOnSecond = async (id: string): Promise<TicketDetail> =>
    ticketDetailSchema.parse((await sendRequest(second.url, 'GET', `/api/tickets/${id}`)).body);

  it("applies a lead's new read budget on node B as soon as B hears of it", async () => {
    const agent = await createAgent(first.url, 'Noor');
    const [opened, next] = [await intake(first.url), await intake(first.url)];
    // Node B reads the budget in force (the default) for this open and keeps it.
    expect(
      (await sendRequest(second.url, 'GET', `/api/tickets/${opened}`, { token: agent.token })).status,
    ).toBe(200);
    const heard = await settingsHeardOnSecond();
    try {
      const put = await sendRequest(first.url, 'PUT', '/api/settings/read-limits', {
        body: { hourly_ticket_budget: 1 },
      });
      expect(put.status).toBe(200);
      await heard();
      const refused = await sendRequest(second.url, 'GET', `/api/tickets/${next}`, { token: agent.token });
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ error: { code: 'read_budget_exceeded' } });
    } finally {
      await sendRequest(first.url, 'PUT', '/api/settings/read-limits', {
        body: { hourly_ticket_budget: defaultHourlyTicketBudget },
      });
    }
  }, 60_000);

  it("applies team scope and a team's new member through node A on node B as soon as B hears of them", async () => {
    // Tao is in no team: under team scope they see no ticket.
    const agent = await createAgent(first.url, 'Tao');
    const ticket = await intake(first.url, { category: 'deposit_withdrawal' });
    expect(
      (await sendRequest(second.url, 'GET', `/api/tickets/${ticket}`, { token: agent.token })).status,
    ).toBe(200);
    const heard = await settingsHeardOnSecond();
    try {
      await sendRequest(first.url, 'PUT', '/api/settings/team-scope', { body: { enabled: true } });
      await heard();
      const refused = await sendRequest(second.url, 'GET', `/api/tickets/${ticket}`, { token: agent.token });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ error: { code: 'outside_team_scope' } });
      // Tao joins Funds through node A: node B, which just read Tao's (empty) teams, shows Funds' ticket.
      const routing = routingConfigurationSchema.parse(
        (await sendRequest(first.url, 'GET', '/api/routing')).body,
      );
      const funds = routing.teams.find((team) => team.name === 'Funds');
      const joined = await settingsHeardOnSecond();
      await sendRequest(first.url, 'PUT', `/api/routing/teams/${funds?.id}`, {
        body: {
          name: 'Funds',
          categories: funds?.categories,
          member_ids: [...(funds?.member_ids ?? []), agent.id],
          strategy: funds?.strategy,
        },
      });
      await joined();
      expect(
        (await sendRequest(second.url, 'GET', `/api/tickets/${ticket}`, { token: agent.token })).status,
      ).toBe(200);
    } finally {
      await sendRequest(first.url, 'PUT', '/api/settings/team-scope', { body: { enabled: false } });
    }
  }, 60_000);

  it("computes node B's SLA clocks and checklist with the policy and rules a lead set through node A", async () => {
    const original = teamSettingsSchema.parse((await sendRequest(second.url, 'GET', '/api/settings')).body);
    const ticket = await intake(first.url, { category: 'deposit_withdrawal' });
    const memoRequired = (detail: TicketDetail): boolean | undefined =>
      detail.checklist.items.find((item) => item.key === 'memo')?.required;
    expect(memoRequired(await detailOnSecond(ticket))).toBe(false);
    const targets = { first_response_minutes: 7, resolution_minutes: 70 };
    try {
      await sendRequest(first.url, 'PUT', '/api/settings/checklist-rules', {
        body: { ...original.checklist_rules, deposit_withdrawal: ['transaction_id', 'occurred_at', 'memo'] },
      });
      await sendRequest(first.url, 'PUT', '/api/settings/sla-policy', {
        body: {
          priorities: { low: targets, normal: targets, high: targets, urgent: targets },
          categories: {},
        },
      });
      // Read per request on node B: in force with the next answer, no event needed.
      const detail = await detailOnSecond(ticket);
      expect(memoRequired(detail)).toBe(true);
      expect(detail.sla?.first_response.target_ms).toBe(7 * 60_000);
      expect(detail.sla?.resolution.target_ms).toBe(70 * 60_000);
    } finally {
      await sendRequest(first.url, 'PUT', '/api/settings/checklist-rules', {
        body: original.checklist_rules,
      });
      await sendRequest(first.url, 'PUT', '/api/settings/sla-policy', { body: original.sla_policy });
    }
  }, 60_000);

  it('suggests categories on node B with the model node A trained', async () => {
    const status = async (url: string): Promise<TriageStatus> =>
      triageStatusSchema.parse((await sendRequest(url, 'GET', '/api/triage')).body);
    const suggestedOnSecond = async (subject: string, body: string): Promise<string | null> => {
      const id = await intake(second.url, { subject, body });
      return (await detailOnSecond(id)).suggested_category?.category ?? null;
    };
    // No history yet: no model anywhere.
    expect((await status(second.url)).model).toBeNull();
    expect(await suggestedOnSecond('출금 문의', '출금이 안 돼요')).toBeNull();
    // Imported history through node A: A trains before the import answers (docs/triage.md).
    const history = Array.from({ length: 20 }, (_, index) => ({
      external_id: `history-${index}`,
      requester: { email: `history${index}@example.com` },
      subject: index % 2 === 0 ? '출금 문의' : '로그인 문의',
      body: index % 2 === 0 ? `출금이 안 돼요 ${index}` : `로그인이 안 돼요 ${index}`,
      category: index % 2 === 0 ? 'payouts' : 'sign_in',
      status: 'solved',
      created_at: '2025-01-10T09:00:00Z',
      solved_at: '2025-01-11T09:00:00Z',
    }));
    expect((await sendRequest(first.url, 'POST', '/api/import', { body: history })).status).toBe(200);
    const trained = (await status(first.url)).model;
    expect(trained?.categories).toEqual(['payouts', 'sign_in']);
    const onSecond = await until(
      () => status(second.url),
      (current) => current.model?.trained_at === trained?.trained_at,
      10_000,
    );
    expect(onSecond.model).toEqual(trained);
    // Node B's intake analysis (its worker threads) suggests with that model.
    expect(await suggestedOnSecond('출금 문의', '출금이 안 돼요, 확인 부탁드립니다')).toBe('payouts');
    expect(await suggestedOnSecond('로그인 문의', '로그인이 안 돼요')).toBe('sign_in');
    // The lead's "possibly misfiled" threshold set through node A is node B's too.
    const threshold = await sendRequest(first.url, 'PUT', '/api/triage/settings', {
      body: { misfiled_threshold: 0.65 },
    });
    expect(threshold.status).toBe(200);
    const onSecondLater = await until(
      () => status(second.url),
      (current) => current.misfiled_threshold === 0.65,
      10_000,
    );
    expect(onSecondLater.misfiled_threshold).toBe(0.65);
  }, 60_000);
});
