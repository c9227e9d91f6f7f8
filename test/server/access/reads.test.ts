import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessLogSchema,
  readBudgetAlertEvent,
  readBudgetAlertSchema,
  readLimitsSchema,
  type ReadBudgetAlert,
} from '../../../shared/access/access-schemas';
import {
  apiErrorSchema,
  changeListSchema,
  loginResponseSchema,
  ticketDetailSchema,
  ticketListSchema,
  ticketSchema,
} from '../../../shared/domain/schemas';
import { intakeReceiptSchema } from '../../../shared/domain/workflow-schemas';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

const password = 'Harbor-Quartz-7149-lantern';

describe.each(testEngines())('what one agent can read, on $name', (engine) => {
  let service: TestService;
  let agent: { id: string; token: string };
  let lead: { id: string; token: string };
  const ticketIds: string[] = [];

  async function account(email: string, role: 'agent' | 'lead'): Promise<{ id: string; token: string }> {
    const created = await service.request('POST', '/api/agents', {
      body: { email, name: `${role} ${email.split('@')[0] ?? ''}`, role, password },
    });
    expect(created.status).toBe(201);
    const login = await service.request('POST', '/api/login', { token: null, body: { email, password } });
    const { token, agent: who } = loginResponseSchema.parse(login.body);
    return { id: who.id, token };
  }

  beforeAll(async () => {
    service = await startTestService(engine);
    agent = await account('reader@example.com', 'agent');
    lead = await account('watcher@example.com', 'lead');
    for (let index = 0; index < 5; index += 1) {
      const filed = await service.request('POST', '/api/tickets', {
        token: null,
        body: intakeRequest({ requester: { email: `mina.kim${index}@example.com`, name: 'Mina Kim' } }),
      });
      ticketIds.push(intakeReceiptSchema.parse(filed.body).id);
    }
    // A service, two accounts (scrypt, zxcvbn) and a few intakes take a while on a busy machine.
  }, 300_000);

  afterAll(async () => {
    await service.stop();
  });

  it('lists tickets with the e-mail masked and gives it whole only in the detail', async () => {
    const list = ticketListSchema.parse(
      (await service.request('GET', '/api/tickets', { token: agent.token })).body,
    );
    expect(list.tickets.map((ticket) => ticket.requester.email).sort()).toEqual(
      [0, 1, 2, 3, 4].map(() => 'm***@example.com'),
    );
    expect(JSON.stringify(list)).not.toContain('mina.kim');
    const byIds = ticketListSchema.parse(
      (
        await service.request('GET', `/api/tickets?ids=${ticketIds[0]},${ticketIds[1]}`, {
          token: agent.token,
        })
      ).body,
    );
    expect(byIds.tickets.map((ticket) => ticket.id).sort()).toEqual([ticketIds[0], ticketIds[1]].sort());
    expect(byIds.tickets.every((ticket) => ticket.requester.email === 'm***@example.com')).toBe(true);
    const detail = ticketDetailSchema.parse(
      (await service.request('GET', `/api/tickets/${ticketIds[0]}`, { token: agent.token })).body,
    );
    expect(detail.requester.email).toBe('mina.kim0@example.com');
    // The change log names tickets only, never their requester.
    const changes = await service.request('GET', '/api/changes?since=0', { token: agent.token });
    expect(changeListSchema.parse(changes.body).changes.length).toBeGreaterThan(0);
    expect(changes.text).not.toContain('@');
  });

  it('refuses a malformed ids list with a 400', async () => {
    const response = await service.request('GET', '/api/tickets?ids=not-an-id', { token: agent.token });
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(response.body).error.field).toBe('ids');
  });

  it('still finds a ticket by the full e-mail through the search, and logs the search', async () => {
    const found = ticketListSchema.parse(
      (await service.request('GET', '/api/tickets?q=mina.kim3%40example.com', { token: agent.token })).body,
    );
    expect(found.tickets.map((ticket) => ticket.id)).toEqual([ticketIds[3]]);
    const log = accessLogSchema.parse(
      (
        await service.request('GET', `/api/access-log?agent_id=${agent.id}&kind=search`, {
          token: lead.token,
        })
      ).body,
    );
    expect(log.entries[0]).toMatchObject({
      agent_id: agent.id,
      kind: 'search',
      query: 'mina.kim3@example.com',
      result_count: 1,
      ticket_id: null,
    });
  });

  it('logs every detail read for leads, and only leads read the log', async () => {
    await service.request('GET', `/api/tickets/${ticketIds[1]}`, { token: agent.token });
    const response = await service.request('GET', `/api/access-log?agent_id=${agent.id}&kind=read`, {
      token: lead.token,
    });
    expect(response.status).toBe(200);
    const entries = accessLogSchema.parse(response.body).entries;
    expect(entries.map((entry) => entry.ticket_id)).toEqual([ticketIds[1], ticketIds[0]]);
    expect(entries[0]).toMatchObject({ agent_name: 'agent reader', kind: 'read' });
    expect(Date.parse(entries[0]?.at ?? '')).toBeGreaterThan(Date.now() - 60_000);
    const since = new Date(Date.now() + 60_000).toISOString();
    const later = await service.request('GET', `/api/access-log?since=${encodeURIComponent(since)}`, {
      token: lead.token,
    });
    expect(accessLogSchema.parse(later.body).entries).toEqual([]);
    const refused = await service.request('GET', '/api/access-log', { token: agent.token });
    expect(refused.status).toBe(403);
    const bad = await service.request('GET', '/api/access-log?agent_id=nobody', { token: lead.token });
    expect(bad.status).toBe(400);
  });

  it('exports the log as CSV and records the export', async () => {
    const response = await service.request('GET', `/api/access-log?agent_id=${agent.id}&format=csv`, {
      token: lead.token,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = response.text.trim().split('\r\n');
    expect(lines[0]).toBe('at,agent_id,agent_name,kind,ticket_id,ticket_number,query,result_count');
    expect(lines.some((line) => line.includes(`,read,${ticketIds[1]},`))).toBe(true);
    const exports = accessLogSchema.parse(
      (await service.request('GET', `/api/access-log?agent_id=${lead.id}&kind=export`, { token: lead.token }))
        .body,
    );
    expect(exports.entries[0]).toMatchObject({ kind: 'export', result_count: lines.length - 1 });
  });

  it('refuses reads past the hourly budget with 429, alerts leads once, and still opens assigned tickets', async () => {
    const leadSocket: Socket = io(service.url, {
      auth: { token: lead.token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    const agentSocket: Socket = io(service.url, {
      auth: { token: agent.token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    const alerts: ReadBudgetAlert[] = [];
    const agentAlerts: unknown[] = [];
    leadSocket.on(readBudgetAlertEvent, (alert: unknown) => alerts.push(readBudgetAlertSchema.parse(alert)));
    agentSocket.on(readBudgetAlertEvent, (alert: unknown) => agentAlerts.push(alert));
    await Promise.all(
      [leadSocket, agentSocket].map(
        (socket) => new Promise<void>((resolve) => socket.once('connect', () => resolve())),
      ),
    );
    try {
      expect(
        (
          await service.request('PUT', '/api/settings/read-limits', {
            token: agent.token,
            body: { hourly_ticket_budget: 3 },
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await service.request('PUT', '/api/settings/read-limits', {
            token: lead.token,
            body: { hourly_ticket_budget: 0 },
          })
        ).status,
      ).toBe(400);
      const set = await service.request('PUT', '/api/settings/read-limits', {
        token: lead.token,
        body: { hourly_ticket_budget: 3 },
      });
      expect(readLimitsSchema.parse(set.body)).toEqual({ hourly_ticket_budget: 3 });
      const [, , third, fourth, fifth] = ticketIds as [string, string, string, string, string];
      // Tickets 0 and 1 were read already; re-reading them never counts twice.
      expect(
        (await service.request('GET', `/api/tickets/${ticketIds[0]}`, { token: agent.token })).status,
      ).toBe(200);
      expect((await service.request('GET', `/api/tickets/${third}`, { token: agent.token })).status).toBe(
        200,
      );
      const refused = await service.request('GET', `/api/tickets/${fourth}`, { token: agent.token });
      expect(refused.status).toBe(429);
      expect(apiErrorSchema.parse(refused.body).error.code).toBe('read_budget_exceeded');
      expect(refused.text).not.toContain('mina.kim');
      expect((await service.request('GET', `/api/tickets/${fifth}`, { token: agent.token })).status).toBe(
        429,
      );
      // A ticket assigned to the agent always opens.
      await service.request('PATCH', `/api/tickets/${fifth}`, { body: { assignee_id: agent.id } });
      expect((await service.request('GET', `/api/tickets/${fifth}`, { token: agent.token })).status).toBe(
        200,
      );
      // Another agent is not affected.
      expect((await service.request('GET', `/api/tickets/${fourth}`, { token: lead.token })).status).toBe(
        200,
      );
      await expect.poll(() => alerts.length).toBe(1);
      expect(alerts[0]).toMatchObject({
        agent_id: agent.id,
        agent_name: 'agent reader',
        budget: 3,
        ticket_id: fourth,
      });
      expect(agentAlerts).toEqual([]);
      const refusals = accessLogSchema.parse(
        (
          await service.request('GET', `/api/access-log?agent_id=${agent.id}&kind=refused`, {
            token: lead.token,
          })
        ).body,
      );
      expect(refusals.entries.map((entry) => entry.ticket_id)).toEqual([fifth, fourth]);
    } finally {
      leadSocket.close();
      agentSocket.close();
    }
  });

  it('logs a change answered with the whole ticket as a read of it', async () => {
    const ticketId = ticketIds[4] ?? '';
    const changed = await service.request('PATCH', `/api/tickets/${ticketId}`, {
      token: agent.token,
      body: { tags: ['read-by-write'] },
    });
    expect(changed.status).toBe(200);
    // The answer carries the requester's full e-mail, as a detail read does.
    expect(ticketSchema.parse(changed.body).requester.email).toBe('mina.kim4@example.com');
    const log = accessLogSchema.parse(
      (
        await service.request('GET', `/api/access-log?agent_id=${agent.id}&ticket_id=${ticketId}&kind=read`, {
          token: lead.token,
        })
      ).body,
    );
    expect(log.entries.length).toBeGreaterThan(0);
    expect(Date.parse(log.entries[0]?.at ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });
});
