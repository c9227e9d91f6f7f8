import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamScopeSettingSchema } from '../../../shared/access/team-scope-schemas';
import {
  apiErrorSchema,
  changeListSchema,
  changeSchema,
  liveChangeEvent,
  loginResponseSchema,
  ticketListSchema,
  type Change,
} from '../../../shared/domain/schemas';
import {
  bulkUpdateResultSchema,
  intakeReceiptSchema,
  presenceEvent,
  presenceSnapshotSchema,
  presenceUpdateEvent,
  type PresenceSnapshot,
} from '../../../shared/domain/workflow-schemas';
import { mergeResultSchema } from '../../../shared/domain/merge-schemas';
import { syncEndSchema, syncHeadSchema, syncTicketSchema } from '../../../shared/sync/sync-tickets';
import { testEngines } from '../helpers/engines';
import { until } from '../helpers/polling';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

const password = 'Harbor-Quartz-7149-lantern';

describe.each(testEngines())('team scope, on $name', (engine) => {
  let service: TestService;
  let member: { id: string; token: string };
  let loner: { id: string; token: string };
  let lead: { id: string; token: string };
  // Tickets: one in the member's team's category, one in another category, one of another category assigned
  // to the member.
  let funds: { id: string; number: number };
  let kyc: { id: string; number: number };
  let assigned: { id: string; number: number };

  async function account(email: string, role: 'agent' | 'lead'): Promise<{ id: string; token: string }> {
    const created = await service.request('POST', '/api/agents', {
      body: { email, name: `${role} ${email.split('@')[0] ?? ''}`, role, password },
    });
    expect(created.status).toBe(201);
    const login = await service.request('POST', '/api/login', { token: null, body: { email, password } });
    const { token, agent: who } = loginResponseSchema.parse(login.body);
    return { id: who.id, token };
  }

  async function file(category: string, subject: string): Promise<{ id: string; number: number }> {
    const filed = await service.request('POST', '/api/tickets', {
      token: null,
      body: intakeRequest({ category, subject }),
    });
    const receipt = intakeReceiptSchema.parse(filed.body);
    return { id: receipt.id, number: receipt.number };
  }

  async function listedIds(token: string, query = ''): Promise<string[]> {
    const response = await service.request('GET', `/api/tickets?limit=100${query}`, { token });
    expect(response.status).toBe(200);
    return ticketListSchema
      .parse(response.body)
      .tickets.map((ticket) => ticket.id)
      .sort();
  }

  async function setScope(enabled: boolean): Promise<void> {
    const response = await service.request('PUT', '/api/settings/team-scope', {
      token: lead.token,
      body: { enabled },
    });
    expect(response.status).toBe(200);
    expect(teamScopeSettingSchema.parse(response.body)).toEqual({ enabled });
  }

  function connect(token: string): Promise<Socket> {
    const socket = io(service.url, { auth: { token }, transports: ['websocket'], reconnection: false });
    return new Promise((resolve) => socket.once('connect', () => resolve(socket)));
  }

  beforeAll(async () => {
    // One node: a lead's change of the setting applies on it at once (other nodes re-read it within 5 s).
    service = await startTestService(engine);
    member = await account('member@example.com', 'agent');
    loner = await account('loner@example.com', 'agent');
    lead = await account('scope.lead@example.com', 'lead');
    const team = await service.request('POST', '/api/routing/teams', {
      token: lead.token,
      body: {
        name: 'Funds',
        categories: ['deposit_withdrawal'],
        member_ids: [member.id],
        strategy: 'manual',
      },
    });
    expect(team.status).toBe(201);
    funds = await file('deposit_withdrawal', 'Withdrawal stuck');
    kyc = await file('kyc', 'Verification rejected');
    assigned = await file('kyc', 'Selfie upload fails');
    const assign = await service.request('PATCH', `/api/tickets/${assigned.id}`, {
      body: { assignee_id: member.id },
    });
    expect(assign.status).toBe(200);
    // A service, three accounts (scrypt, zxcvbn) and a few intakes take a while on a busy machine.
  }, 300_000);

  afterAll(async () => {
    await service.stop();
  });

  it('is off by default: every agent sees every ticket', async () => {
    const setting = await service.request('GET', '/api/settings/team-scope', { token: lead.token });
    expect(teamScopeSettingSchema.parse(setting.body)).toEqual({ enabled: false });
    expect(await listedIds(member.token)).toEqual([funds.id, kyc.id, assigned.id].sort());
    expect((await service.request('GET', `/api/tickets/${kyc.id}`, { token: member.token })).status).toBe(
      200,
    );
  });

  it('lets only leads change the setting, and refuses a malformed one', async () => {
    const byAgent = await service.request('PUT', '/api/settings/team-scope', {
      token: member.token,
      body: { enabled: true },
    });
    expect(byAgent.status).toBe(403);
    const malformed = await service.request('PUT', '/api/settings/team-scope', {
      token: lead.token,
      body: { enabled: 'yes' },
    });
    expect(malformed.status).toBe(400);
    const setting = await service.request('GET', '/api/settings/team-scope', { token: lead.token });
    expect(teamScopeSettingSchema.parse(setting.body)).toEqual({ enabled: false });
  });

  it('limits lists and searches to the team and own tickets when on; leads still see everything', async () => {
    await setScope(true);
    expect(await listedIds(member.token)).toEqual([funds.id, assigned.id].sort());
    expect(await listedIds(member.token, `&q=${encodeURIComponent('Verification')}`)).toEqual([]);
    expect(await listedIds(member.token, `&ids=${kyc.id},${funds.id}`)).toEqual([funds.id]);
    const total = ticketListSchema.parse(
      (await service.request('GET', '/api/tickets', { token: member.token })).body,
    ).total;
    expect(total).toBe(2);
    // An agent in no team sees only what is assigned to them: nothing here.
    expect(await listedIds(loner.token)).toEqual([]);
    expect(await listedIds(lead.token)).toEqual([funds.id, kyc.id, assigned.id].sort());
  });

  it('keeps the first sync stream to the same tickets as the list', async () => {
    await setScope(true);
    const synced = async (token: string): Promise<{ total: number; ids: string[] }> => {
      const response = await service.request('GET', '/api/sync/tickets', { token });
      expect(response.status).toBe(200);
      const lines = response.text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const head = syncHeadSchema.parse(lines[0]);
      expect(syncEndSchema.parse(lines.at(-1)).count).toBe(head.total);
      return {
        total: head.total,
        ids: lines
          .slice(1, -1)
          .map((line) => syncTicketSchema.parse(line).id)
          .sort(),
      };
    };
    expect(await synced(member.token)).toEqual({ total: 2, ids: [funds.id, assigned.id].sort() });
    expect(await synced(loner.token)).toEqual({ total: 0, ids: [] });
    expect((await synced(lead.token)).ids).toEqual([funds.id, kyc.id, assigned.id].sort());
  });

  it('answers 403 outside_team_scope for another team’s ticket, read or changed, and stores nothing', async () => {
    await setScope(true);
    for (const path of [
      `/api/tickets/${kyc.id}`,
      `/api/tickets/${kyc.number}`,
      `/api/tickets/${kyc.id}/mail`,
    ]) {
      const read = await service.request('GET', path, { token: member.token });
      expect(read.status).toBe(403);
      expect(apiErrorSchema.parse(read.body).error.code).toBe('outside_team_scope');
    }
    const change = await service.request('PATCH', `/api/tickets/${kyc.id}`, {
      token: member.token,
      body: { priority: 'urgent' },
    });
    expect(change.status).toBe(403);
    const note = await service.request('POST', `/api/tickets/${kyc.id}/messages`, {
      token: member.token,
      body: { kind: 'note', body: 'peeking' },
    });
    expect(note.status).toBe(403);
    const asLead = await service.request('GET', `/api/tickets/${kyc.id}`, { token: lead.token });
    expect(asLead.status).toBe(200);
    expect(JSON.stringify(asLead.body)).not.toContain('peeking');
    expect((asLead.body as { priority: string }).priority).not.toBe('urgent');
    // In scope: the team's category, and the ticket assigned to the agent.
    expect((await service.request('GET', `/api/tickets/${funds.id}`, { token: member.token })).status).toBe(
      200,
    );
    expect(
      (await service.request('GET', `/api/tickets/${assigned.id}`, { token: member.token })).status,
    ).toBe(200);
    // An unknown ticket is still a 404, not a 403.
    const unknown = await service.request('GET', '/api/tickets/00000000-0000-4000-8000-000000000000', {
      token: member.token,
    });
    expect(unknown.status).toBe(404);
  });

  it('leaves other teams’ new tickets and messages out of the change feed and the live events', async () => {
    await setScope(true);
    const feed = changeListSchema.parse(
      (await service.request('GET', '/api/changes?since=0', { token: member.token })).body,
    );
    const created = (changes: readonly Change[], id: string): boolean =>
      changes.some((entry) => entry.ticket_id === id && entry.type !== 'ticket.updated');
    expect(created(feed.changes, funds.id)).toBe(true);
    expect(created(feed.changes, assigned.id)).toBe(true);
    expect(created(feed.changes, kyc.id)).toBe(false);
    const everything = changeListSchema.parse(
      (await service.request('GET', '/api/changes?since=0', { token: lead.token })).body,
    );
    expect(feed.next).toBe(everything.next);
    expect(created(everything.changes, kyc.id)).toBe(true);

    const memberSocket = await connect(member.token);
    const leadSocket = await connect(lead.token);
    const heardByMember: Change[] = [];
    const heardByLead: Change[] = [];
    memberSocket.on(liveChangeEvent, (event: unknown) => heardByMember.push(changeSchema.parse(event)));
    leadSocket.on(liveChangeEvent, (event: unknown) => heardByLead.push(changeSchema.parse(event)));
    try {
      // A note on the other team's ticket first, then one on the member's: the member hears only the second.
      for (const ticket of [kyc, funds]) {
        const noted = await service.request('POST', `/api/tickets/${ticket.id}/messages`, {
          body: { kind: 'note', body: 'Checked the scope.' },
        });
        expect(noted.status).toBe(201);
      }
      const heard = (events: Change[]): Promise<Change[]> => Promise.resolve(events);
      const hasFunds = (events: Change[]): boolean =>
        events.some((event) => event.ticket_id === funds.id && event.type === 'message.created');
      expect(hasFunds(await until(() => heard(heardByMember), hasFunds, 15_000))).toBe(true);
      expect(hasFunds(await until(() => heard(heardByLead), hasFunds, 15_000))).toBe(true);
      const kycMessage = (event: Change): boolean =>
        event.ticket_id === kyc.id && event.type === 'message.created';
      expect(heardByLead.some(kycMessage)).toBe(true);
      expect(heardByMember.some(kycMessage)).toBe(false);
    } finally {
      memberSocket.disconnect();
      leadSocket.disconnect();
    }
  });

  it('opens everything again when the lead turns it off', async () => {
    await setScope(false);
    expect(await listedIds(member.token)).toEqual([funds.id, kyc.id, assigned.id].sort());
    expect((await service.request('GET', `/api/tickets/${kyc.id}`, { token: member.token })).status).toBe(
      200,
    );
  });

  // The tests below file tickets of their own, after the ones above have counted the queue.

  it('tells an agent of the update that takes a ticket out of their scope, and lists it no more', async () => {
    await setScope(true);
    const leaving = await file('deposit_withdrawal', 'Deposit to the wrong desk');
    const listedById = async (): Promise<string[]> =>
      ticketListSchema
        .parse((await service.request('GET', `/api/tickets?ids=${leaving.id}`, { token: member.token })).body)
        .tickets.map((ticket) => ticket.id);
    expect(await listedById()).toEqual([leaving.id]);
    const memberSocket = await connect(member.token);
    const heardByMember: Change[] = [];
    memberSocket.on(liveChangeEvent, (event: unknown) => heardByMember.push(changeSchema.parse(event)));
    try {
      // The ticket moves to another team's category: the member's console must hear of it to drop its copy.
      const moved = await service.request('PATCH', `/api/tickets/${leaving.id}`, {
        body: { category: 'kyc' },
      });
      expect(moved.status).toBe(200);
      const heard = (): Promise<Change[]> => Promise.resolve(heardByMember);
      const isMove = (events: Change[]): boolean =>
        events.some((event) => event.ticket_id === leaving.id && event.type === 'ticket.updated');
      expect(isMove(await until(heard, isMove, 15_000))).toBe(true);
      // The change carries no content (ids only), and the list the console then asks for no longer names it.
      expect(Object.keys(heardByMember.find((event) => event.ticket_id === leaving.id) ?? {}).sort()).toEqual(
        ['at', 'seq', 'ticket_id', 'type'],
      );
      expect(await listedById()).toEqual([]);
      const feed = changeListSchema.parse(
        (await service.request('GET', '/api/changes?since=0', { token: member.token })).body,
      );
      expect(
        feed.changes.some((entry) => entry.ticket_id === leaving.id && entry.type === 'ticket.updated'),
      ).toBe(true);
    } finally {
      memberSocket.disconnect();
    }
  });

  it('leaves another team’s tickets out of a bulk change, failing them as outside_team_scope', async () => {
    await setScope(true);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const bulk = await service.request('POST', '/api/tickets/bulk', {
      token: member.token,
      body: { ticket_ids: [funds.id, kyc.id, unknown], changes: { add_tags: ['bulk-scope'] } },
    });
    expect(bulk.status).toBe(200);
    const result = bulkUpdateResultSchema.parse(bulk.body);
    expect(result.updated.map((ticket) => ticket.id)).toEqual([funds.id]);
    expect(result.failed.map((failure) => [failure.id, failure.code]).sort()).toEqual(
      [
        [kyc.id, 'outside_team_scope'],
        [unknown, 'not_found'],
      ].sort(),
    );
    // Only outside tickets: nothing changes, each fails.
    const onlyOutside = await service.request('POST', '/api/tickets/bulk', {
      token: member.token,
      body: { ticket_ids: [kyc.id], changes: { status: 'solved' } },
    });
    expect(onlyOutside.status).toBe(200);
    expect(bulkUpdateResultSchema.parse(onlyOutside.body)).toMatchObject({
      updated: [],
      failed: [{ id: kyc.id, code: 'outside_team_scope' }],
    });
    const asLead = await service.request('GET', `/api/tickets/${kyc.id}`, { token: lead.token });
    expect((asLead.body as { tags: string[] }).tags).not.toContain('bulk-scope');
    expect((asLead.body as { status: string }).status).not.toBe('solved');
    // A lead's bulk change reaches every ticket.
    const byLead = await service.request('POST', '/api/tickets/bulk', {
      token: lead.token,
      body: { ticket_ids: [kyc.id], changes: { add_tags: ['lead-bulk'] } },
    });
    expect(bulkUpdateResultSchema.parse(byLead.body).updated.map((ticket) => ticket.id)).toEqual([kyc.id]);
  });

  it('refuses merging another team’s ticket in, or into it, or undoing a merge that holds one', async () => {
    await setScope(true);
    const fundsTwin = await file('deposit_withdrawal', 'Withdrawal stuck again');
    const kycTwin = await file('kyc', 'Verification rejected again');
    const unmerged = async (id: string): Promise<void> => {
      const ticket = await service.request('GET', `/api/tickets/${id}`, { token: lead.token });
      expect((ticket.body as { merged_into_ticket_id?: string | null }).merged_into_ticket_id ?? null).toBe(
        null,
      );
    };
    for (const path of [`/api/tickets/${funds.id}/merge/preview`, `/api/tickets/${funds.id}/merge`]) {
      const pulled = await service.request('POST', path, {
        token: member.token,
        body: { source_ids: [fundsTwin.id, kycTwin.id] },
      });
      expect(pulled.status).toBe(403);
      expect(apiErrorSchema.parse(pulled.body).error).toMatchObject({
        code: 'outside_team_scope',
        field: 'source_ids',
      });
    }
    // By number too, as the console's merge dialog may name it.
    const byNumber = await service.request('POST', `/api/tickets/${funds.id}/merge`, {
      token: member.token,
      body: { source_ids: [String(kycTwin.number)] },
    });
    expect(byNumber.status).toBe(403);
    const into = await service.request('POST', `/api/tickets/${kyc.id}/merge`, {
      token: member.token,
      body: { source_ids: [fundsTwin.id] },
    });
    expect(into.status).toBe(403);
    expect(apiErrorSchema.parse(into.body).error.code).toBe('outside_team_scope');
    await unmerged(fundsTwin.id);
    await unmerged(kycTwin.id);
    // Within scope the merge goes through.
    const within = await service.request('POST', `/api/tickets/${funds.id}/merge`, {
      token: member.token,
      body: { source_ids: [fundsTwin.id] },
    });
    expect(within.status).toBe(201);
    // A lead merges the other team's twin; the member may not undo it.
    const leadMerge = await service.request('POST', `/api/tickets/${kyc.id}/merge`, {
      token: lead.token,
      body: { source_ids: [kycTwin.id] },
    });
    expect(leadMerge.status).toBe(201);
    const mergeId = mergeResultSchema.parse(leadMerge.body).merge.id;
    const undo = await service.request('POST', `/api/merges/${mergeId}/undo`, { token: member.token });
    expect(undo.status).toBe(403);
    expect(apiErrorSchema.parse(undo.body).error.code).toBe('outside_team_scope');
    const stillMerged = await service.request('GET', `/api/tickets/${kycTwin.id}`, { token: lead.token });
    expect((stillMerged.body as { merged_into_ticket_id?: string }).merged_into_ticket_id).toBe(kyc.id);
  });

  it('shows presence only on tickets in scope, and ignores presence announced outside it', async () => {
    await setScope(true);
    const watch = async (token: string): Promise<{ socket: Socket; snapshots: PresenceSnapshot[] }> => {
      const snapshots: PresenceSnapshot[] = [];
      const socket = io(service.url, { auth: { token }, transports: ['websocket'], reconnection: false });
      socket.on(presenceEvent, (payload: unknown) => snapshots.push(presenceSnapshotSchema.parse(payload)));
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      return { socket, snapshots };
    };
    const seen = (snapshots: PresenceSnapshot[]): string[] =>
      snapshots.flatMap((snapshot) =>
        snapshot.viewers.map((entry) => `${entry.agent_id}@${entry.ticket_id}`),
      );
    const memberWatch = await watch(member.token);
    const leadWatch = await watch(lead.token);
    try {
      // The lead opens the other team's ticket, then the member's: the member hears only of the second.
      leadWatch.socket.emit(presenceUpdateEvent, { ticket_id: kyc.id, typing: false });
      const leadOnKyc = await until(
        () => Promise.resolve(seen(leadWatch.snapshots)),
        (entries) => entries.includes(`${lead.id}@${kyc.id}`),
        15_000,
      );
      expect(leadOnKyc).toContain(`${lead.id}@${kyc.id}`);
      leadWatch.socket.emit(presenceUpdateEvent, { ticket_id: funds.id, typing: true });
      const memberHeard = await until(
        () => Promise.resolve(seen(memberWatch.snapshots)),
        (entries) => entries.includes(`${lead.id}@${funds.id}`),
        15_000,
      );
      expect(memberHeard).toContain(`${lead.id}@${funds.id}`);
      expect(memberHeard).not.toContain(`${lead.id}@${kyc.id}`);
      // The member announces the other team's ticket, then their own: the first is dropped.
      memberWatch.socket.emit(presenceUpdateEvent, { ticket_id: kyc.id, typing: true });
      memberWatch.socket.emit(presenceUpdateEvent, { ticket_id: funds.id, typing: false });
      const leadHeard = await until(
        () => Promise.resolve(seen(leadWatch.snapshots)),
        (entries) => entries.includes(`${member.id}@${funds.id}`),
        15_000,
      );
      expect(leadHeard).toContain(`${member.id}@${funds.id}`);
      expect(leadHeard).not.toContain(`${member.id}@${kyc.id}`);
      // A member connecting now gets a snapshot without the other team's viewers either.
      leadWatch.socket.emit(presenceUpdateEvent, { ticket_id: kyc.id, typing: false });
      await until(
        () => Promise.resolve(seen(leadWatch.snapshots.slice(-1))),
        (entries) => entries.includes(`${lead.id}@${kyc.id}`),
        15_000,
      );
      const late = await watch(member.token);
      try {
        const first = await until(
          () => Promise.resolve(late.snapshots),
          (snapshots) => snapshots.length > 0,
          15_000,
        );
        expect(seen(first.slice(0, 1))).toEqual([`${member.id}@${funds.id}`]);
      } finally {
        late.socket.disconnect();
      }
    } finally {
      memberWatch.socket.disconnect();
      leadWatch.socket.disconnect();
    }
  });
});
