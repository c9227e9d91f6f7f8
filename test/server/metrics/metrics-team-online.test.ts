import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricsSchema, type Metrics } from '../../../shared/domain/metrics-schemas';
import { routingConfigurationSchema, type RoutingTeam } from '../../../shared/domain/routing-schemas';
import {
  agentSchema,
  apiErrorSchema,
  intakeResponseSchema,
  loginResponseSchema,
} from '../../../shared/domain/schemas';
import { testEngines } from '../helpers/engines';
import { until } from '../helpers/polling';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

describe.each(testEngines())(
  'GET /api/metrics: team filter, capacity and who is online ($name)',
  (engine) => {
    let service: TestService;
    let funds: RoutingTeam;
    const agents: Record<'Ana' | 'Ben', { id: string; token: string }> = {
      Ana: { id: '', token: '' },
      Ben: { id: '', token: '' },
    };
    const sockets: Socket[] = [];

    async function createAgent(name: 'Ana' | 'Ben'): Promise<void> {
      const email = `${name.toLowerCase()}@example.com`;
      const created = await service.request('POST', '/api/agents', {
        body: { email, name, role: 'agent', password: 'long-lantern-orbit-47', languages: ['en'] },
      });
      const login = await service.request('POST', '/api/login', {
        body: { email, password: 'long-lantern-orbit-47' },
        token: null,
      });
      agents[name] = {
        id: agentSchema.parse(created.body).id,
        token: loginResponseSchema.parse(login.body).token,
      };
    }

    async function metrics(query = ''): Promise<Metrics> {
      const response = await service.request('GET', `/api/metrics${query}`);
      expect(response.status, response.text).toBe(200);
      return metricsSchema.parse(response.body);
    }

    async function intake(category: string): Promise<string> {
      const response = await service.request('POST', '/api/tickets', { body: intakeRequest({ category }) });
      return intakeResponseSchema.parse(response.body).id;
    }

    beforeAll(async () => {
      service = await startTestService(engine);
      await createAgent('Ana');
      await createAgent('Ben');
      const routing = routingConfigurationSchema.parse((await service.request('GET', '/api/routing')).body);
      const found = routing.teams.find((team) => team.name === 'Funds');
      if (found === undefined) {
        throw new Error('the Funds team is missing');
      }
      // Manual: nothing is handed out behind the test's back when Ana comes online.
      const saved = await service.request('PUT', `/api/routing/teams/${found.id}`, {
        body: {
          name: 'Funds',
          categories: ['deposit_withdrawal'],
          member_ids: [agents.Ana.id],
          strategy: 'manual',
        },
      });
      expect(saved.status, saved.text).toBe(200);
      funds = { ...found, member_ids: [agents.Ana.id] };
      const profile = await service.request('PUT', `/api/routing/agents/${agents.Ana.id}`, {
        body: { skills: [], languages: ['en'], capacity: 3, paused: false },
      });
      expect(profile.status, profile.text).toBe(200);

      const deposit = await intake('deposit_withdrawal');
      await intake('deposit_withdrawal');
      const kyc = await intake('kyc');
      for (const [ticketId, agent] of [
        [deposit, agents.Ana.id],
        [kyc, agents.Ben.id],
      ] as const) {
        const assigned = await service.request('PATCH', `/api/tickets/${ticketId}`, {
          body: { assignee_id: agent },
        });
        expect(assigned.status, assigned.text).toBe(200);
      }
    });

    afterAll(async () => {
      for (const socket of sockets) {
        socket.close();
      }
      await service.stop();
    });

    it("uses a lead's profile capacity, else the default of 10, the one routing fills up to", async () => {
      const all = await metrics();
      expect(all.team).toBeNull();
      expect(all.agents.map((agent) => [agent.name, agent.open_tickets, agent.capacity])).toEqual([
        ['Ana', 1, 3],
        ['Ben', 1, 10],
      ]);
    });

    it("narrows to the team's categories and lists its members only", async () => {
      const team = await metrics(`?team=${funds.id}`);
      expect(team.team).toBe(funds.id);
      expect(team.backlog.total).toBe(2);
      expect(team.backlog.unassigned).toBe(1);
      expect(team.backlog.by_category_status).toEqual([
        { category: 'deposit_withdrawal', status: 'new', count: 2 },
      ]);
      expect(team.flow.reduce((sum, point) => sum + point.incoming, 0)).toBe(2);
      expect(team.agents.map((agent) => agent.name)).toEqual(['Ana']);

      // With a category too: the category if the team owns it, nothing otherwise.
      expect((await metrics(`?team=${funds.id}&category=deposit_withdrawal`)).backlog.total).toBe(2);
      const notOwned = await metrics(`?team=${funds.id}&category=kyc`);
      expect(notOwned.backlog.total).toBe(0);
      expect(notOwned.flow.reduce((sum, point) => sum + point.incoming, 0)).toBe(0);
    });

    it('refuses a team that does not exist, naming the parameter', async () => {
      for (const team of ['00000000-0000-4000-8000-000000000000', 'funds']) {
        const response = await service.request('GET', `/api/metrics?team=${team}`);
        expect(response.status, team).toBe(400);
        const failure = apiErrorSchema.parse(response.body).error;
        expect([failure.code, failure.field]).toEqual(['unknown_team', 'team']);
      }
    });

    it('says who has a console connected, and notices when they leave', async () => {
      const onlineOf = (answer: Metrics): Record<string, boolean | null> =>
        Object.fromEntries(answer.agents.map((agent) => [agent.name, agent.online]));
      expect(onlineOf(await metrics())).toEqual({ Ana: false, Ben: false });

      const socket = io(service.url, {
        auth: { token: agents.Ana.token },
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      sockets.push(socket);
      await new Promise((resolve) => socket.once('connect', () => resolve(undefined)));
      expect(onlineOf(await metrics())).toEqual({ Ana: true, Ben: false });

      socket.close();
      const afterLeaving = await until(metrics, (answer) => onlineOf(answer).Ana === false);
      expect(onlineOf(afterLeaving)).toEqual({ Ana: false, Ben: false });
    });
  },
);
