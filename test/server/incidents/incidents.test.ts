import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, loginResponseSchema, ticketDetailSchema } from '../../../shared/domain/schemas';
import { intakeReceiptSchema, type IntakeReceipt } from '../../../shared/domain/workflow-schemas';
import {
  announcementListSchema,
  incidentLinkResultSchema,
  incidentSchema,
  incidentTicketsSchema,
  incidentUpdateResultSchema,
  ticketIncidentsSchema,
  type Incident,
} from '../../../shared/incidents/incident-schemas';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

const xrpIncident = {
  title: { ko: '리플(XRP) 입금 지연', en: 'XRP deposits delayed', zh: 'XRP 充值延迟' },
  body: {
    ko: '리플 네트워크 점검으로 입금이 지연되고 있습니다.',
    en: 'XRP deposits are delayed while the network is under maintenance.',
    zh: '由于网络维护，XRP 充值延迟。',
  },
  categories: ['deposit_withdrawal'],
  status: 'investigating',
};

describe.each(testEngines())('incidents on $name', (engine) => {
  let service: TestService;
  let leadToken: string;
  let agentToken: string;

  async function login(email: string, role: 'agent' | 'lead'): Promise<string> {
    await service.request('POST', '/api/agents', {
      body: {
        email,
        name: role === 'lead' ? 'Lee Lead' : 'Ana Agent',
        role,
        password: 'a long enough password 1',
      },
    });
    const response = await service.request('POST', '/api/login', {
      token: null,
      body: { email, password: 'a long enough password 1' },
    });
    return loginResponseSchema.parse(response.body).token;
  }

  async function fileTicket(subject: string, body: string, locale: string): Promise<IntakeReceipt> {
    const response = await service.request('POST', '/api/tickets', {
      token: null,
      body: intakeRequest({
        requester: { email: `${locale}-${Math.random().toString(36).slice(2)}@example.com`, locale },
        category: 'deposit_withdrawal',
        subject,
        body,
      }),
    });
    expect(response.status).toBe(201);
    return intakeReceiptSchema.parse(response.body);
  }

  async function createIncident(overrides: Record<string, unknown> = {}): Promise<Incident> {
    const response = await service.request('POST', '/api/incidents', {
      token: leadToken,
      body: { ...xrpIncident, ...overrides },
    });
    expect(response.status).toBe(201);
    return incidentSchema.parse(response.body);
  }

  beforeAll(async () => {
    service = await startTestService(engine);
    leadToken = await login('lee@example.com', 'lead');
    agentToken = await login('ana@example.com', 'agent');
  });

  afterAll(async () => {
    await service.stop();
  });

  it('lets only leads create incidents, and refuses bad ones with a 400 that stores nothing', async () => {
    const asAgent = await service.request('POST', '/api/incidents', { token: agentToken, body: xrpIncident });
    expect(asAgent.status).toBe(403);
    const noTitle = await service.request('POST', '/api/incidents', {
      token: leadToken,
      body: { ...xrpIncident, title: {} },
    });
    expect(noTitle.status).toBe(400);
    const badStatus = await service.request('POST', '/api/incidents', {
      token: leadToken,
      body: { ...xrpIncident, status: 'fixed' },
    });
    expect(apiErrorSchema.parse(badStatus.body).error.field).toBe('status');
    const badCategory = await service.request('POST', '/api/incidents', {
      token: leadToken,
      body: { ...xrpIncident, categories: ['no_such_category'] },
    });
    expect(apiErrorSchema.parse(badCategory.body).error.code).toBe('unknown_category');
    const list = await service.request('GET', '/api/incidents', { token: agentToken });
    expect(list.status).toBe(200);
    expect((list.body as { incidents: unknown[] }).incidents).toHaveLength(0);
  });

  it('announces live incidents publicly and stops when resolved', async () => {
    const incident = await createIncident({
      title: { en: 'Login page slow' },
      body: { en: 'We are on it.' },
    });
    const live = announcementListSchema.parse(
      (await service.request('GET', '/api/announcements', { token: null })).body,
    );
    expect(live.announcements.map((announcement) => announcement.id)).toContain(incident.id);
    const resolved = await service.request('PATCH', `/api/incidents/${incident.id}`, {
      token: leadToken,
      body: { status: 'resolved' },
    });
    expect(incidentSchema.parse(resolved.body).resolved_at).not.toBeNull();
    const after = announcementListSchema.parse(
      (await service.request('GET', '/api/announcements', { token: null })).body,
    );
    expect(after.announcements.map((announcement) => announcement.id)).not.toContain(incident.id);
  });

  it('links new tickets about a live incident automatically, in any language, and names it in the receipt', async () => {
    const incident = await createIncident();
    const korean = await fileTicket(
      '리플 입금이 안 들어와요',
      '어제 XRP 입금했는데 아직 반영이 안 됐어요.',
      'ko',
    );
    const chinese = await fileTicket('XRP充值未到账', '我昨天充值的瑞波币还没有到账。', 'zh');
    const unrelated = await fileTicket('KYC documents', 'My identity verification was rejected twice.', 'en');
    expect(korean.incident?.id).toBe(incident.id);
    expect(korean.incident?.title.en).toBe('XRP deposits delayed');
    expect(chinese.incident?.id).toBe(incident.id);
    expect(unrelated.incident).toBeUndefined();
    const banner = ticketIncidentsSchema.parse(
      (await service.request('GET', `/api/tickets/${korean.id}/incidents`, { token: agentToken })).body,
    );
    expect(banner.incidents).toEqual([
      { id: incident.id, title: xrpIncident.title, status: 'investigating', linked_by: 'automatic' },
    ]);
    await service.request('PATCH', `/api/incidents/${incident.id}`, {
      token: leadToken,
      body: { status: 'resolved' },
    });
  });

  it('links tickets by id or number, once each, and suggests matching ones', async () => {
    const incident = await createIncident({ status: 'identified' });
    const first = await fileTicket(
      'XRP deposit missing',
      'I sent XRP to my deposit address 3 hours ago.',
      'en',
    );
    const second = await fileTicket('Where is my XRP', 'My XRP deposit has not arrived yet.', 'en');
    const other = await fileTicket('Password reset', 'I cannot reset my password.', 'en');
    const versionOf = async (ticketId: string): Promise<number> =>
      ticketDetailSchema.parse(
        (await service.request('GET', `/api/tickets/${ticketId}`, { token: leadToken })).body,
      ).version;
    const otherVersion = await versionOf(other.id);
    const firstVersion = await versionOf(first.id);
    const relinked = await service.request('POST', `/api/incidents/${incident.id}/tickets`, {
      token: leadToken,
      body: { ticket_ids: [first.id, second.number, 999_999_999, 'not-a-ticket'] },
    });
    const result = incidentLinkResultSchema.parse(relinked.body);
    // The two XRP tickets were already linked automatically at intake.
    expect(result).toEqual({ linked: 0, already_linked: 2, unknown: ['999999999', 'not-a-ticket'] });
    const linkOther = incidentLinkResultSchema.parse(
      (
        await service.request('POST', `/api/incidents/${incident.id}/tickets`, {
          token: leadToken,
          body: { ticket_ids: [other.number] },
        })
      ).body,
    );
    expect(linkOther.linked).toBe(1);
    // A new link is a new version (an open pane reloads its incident banner); linking again changes nothing.
    expect(await versionOf(other.id)).toBe(otherVersion + 1);
    expect(await versionOf(first.id)).toBe(firstVersion);
    const tickets = incidentTicketsSchema.parse(
      (await service.request('GET', `/api/incidents/${incident.id}/tickets`, { token: leadToken })).body,
    );
    expect(tickets.linked.map((ticket) => ticket.number).sort()).toEqual(
      [first.number, second.number, other.number].sort(),
    );
    expect(tickets.linked.find((ticket) => ticket.number === other.number)?.linked_by).toBe('lead');
    const missing = await service.request(
      'POST',
      '/api/incidents/7f000000-0000-4000-8000-000000000000/tickets',
      {
        token: leadToken,
        body: { ticket_ids: [first.id] },
      },
    );
    expect(missing.status).toBe(404);
    await service.request('PATCH', `/api/incidents/${incident.id}`, {
      token: leadToken,
      body: { status: 'resolved' },
    });
  });

  it('suggests unlinked tickets that match the incident text', async () => {
    const before = await fileTicket('ETH withdrawal stuck', 'My ETH withdrawal is pending for hours.', 'en');
    const incident = await createIncident({
      title: { en: 'ETH withdrawals delayed' },
      body: { en: 'Ethereum withdrawals are delayed.' },
    });
    const suggested = incidentTicketsSchema.parse(
      (await service.request('GET', `/api/incidents/${incident.id}/tickets`, { token: leadToken })).body,
    ).suggested;
    expect(suggested.find((ticket) => ticket.id === before.id)?.reason).toBe('text');
    await service.request('PATCH', `/api/incidents/${incident.id}`, {
      token: leadToken,
      body: { status: 'resolved' },
    });
  });

  it('posts one reply per linked ticket in its language, once per Idempotency-Key, and solves them on resolve', async () => {
    const incident = await createIncident();
    const korean = await fileTicket('리플 입금 지연', '리플 입금이 두 시간째 안 들어와요.', 'ko');
    const english = await fileTicket('XRP deposit late', 'My XRP deposit is late.', 'en');
    const chinese = await fileTicket('瑞波币充值', '我的XRP充值还没到账。', 'zh');
    const update = {
      body: { ko: '리플 입금이 재개되었습니다.', en: 'XRP deposits have resumed.', zh: 'XRP 充值已恢复。' },
      status: 'resolved',
      set_ticket_status: 'solved',
    };
    const headers = { 'idempotency-key': `update-${incident.id}` };
    const posted = await service.request('POST', `/api/incidents/${incident.id}/updates`, {
      token: leadToken,
      body: update,
      headers,
    });
    expect(posted.status).toBe(201);
    const result = incidentUpdateResultSchema.parse(posted.body);
    expect(result).toMatchObject({ replied: 3, skipped_closed: 0, status_changed: 3 });
    expect(result.incident.status).toBe('resolved');
    const replay = await service.request('POST', `/api/incidents/${incident.id}/updates`, {
      token: leadToken,
      body: update,
      headers,
    });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.text).toBe(posted.text);
    const reused = await service.request('POST', `/api/incidents/${incident.id}/updates`, {
      token: leadToken,
      body: { body: { en: 'something else' } },
      headers,
    });
    expect(reused.status).toBe(422);
    for (const [receipt, expected] of [
      [korean, update.body.ko],
      [english, update.body.en],
      [chinese, update.body.zh],
    ] as const) {
      const ticket = ticketDetailSchema.parse(
        (await service.request('GET', `/api/tickets/${receipt.id}`, { token: agentToken })).body,
      );
      const replies = ticket.messages.filter((message) => message.kind === 'reply');
      expect(replies.map((message) => message.body)).toEqual([expected]);
      expect(ticket.status).toBe('solved');
    }
    const incidentAfter = incidentSchema.parse(
      (await service.request('GET', `/api/incidents/${incident.id}`, { token: agentToken })).body,
    );
    expect(incidentAfter).toMatchObject({ ticket_count: 3, open_ticket_count: 0, update_count: 1 });
  });

  it('refuses an update without a body, from an agent, or asking customers for a secret', async () => {
    const incident = await createIncident();
    const unsafe = await service.request('POST', `/api/incidents/${incident.id}/updates`, {
      token: leadToken,
      body: { body: { en: 'To speed things up, please reply with your seed phrase.' } },
    });
    expect(unsafe.status).toBe(422);
    expect(apiErrorSchema.parse(unsafe.body).error.code).toBe('unsafe_reply');
    const empty = await service.request('POST', `/api/incidents/${incident.id}/updates`, {
      token: leadToken,
      body: { body: {} },
    });
    expect(empty.status).toBe(400);
    const asAgent = await service.request('POST', `/api/incidents/${incident.id}/updates`, {
      token: agentToken,
      body: { body: { en: 'hi' } },
    });
    expect(asAgent.status).toBe(403);
    expect(
      incidentSchema.parse(
        (await service.request('GET', `/api/incidents/${incident.id}`, { token: agentToken })).body,
      ).update_count,
    ).toBe(0);
    await service.request('PATCH', `/api/incidents/${incident.id}`, {
      token: leadToken,
      body: { status: 'resolved' },
    });
  });
});
