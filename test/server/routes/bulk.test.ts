import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiErrorSchema,
  changeListSchema,
  intakeResponseSchema,
  limits,
  ticketDetailSchema,
  ticketListSchema,
} from '../../../shared/domain/schemas';
import { bulkUpdateResultSchema } from '../../../shared/domain/workflow-schemas';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

const missingId = '00000000-0000-4000-8000-000000000000';

describe.each(testEngines())('POST /api/tickets/bulk on $name', (engine) => {
  let service: TestService;
  let agentToken: string;
  let agentId: string;

  async function fileTicket(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await service.request('POST', '/api/tickets', { body: intakeRequest(overrides) });
    return intakeResponseSchema.parse(response.body).id;
  }

  async function readTicket(id: string) {
    return ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${id}`)).body);
  }

  async function bulk(body: unknown) {
    return service.request('POST', '/api/tickets/bulk', { token: agentToken, body });
  }

  beforeAll(async () => {
    service = await startTestService(engine);
    const { agent, token } = await service.service.ensureLocalAgent('Bulk Agent');
    agentToken = token;
    agentId = agent.id;
  });

  afterAll(async () => {
    await service.stop();
  });

  it('changes every ticket it can, each with its own change, and lists the others with the reason', async () => {
    const first = await fileTicket();
    const second = await fileTicket();
    const closed = await fileTicket();
    for (const status of ['solved', 'closed']) {
      await service.request('PATCH', `/api/tickets/${closed}`, { body: { status } });
    }
    const since = changeListSchema
      .parse((await service.request('GET', '/api/changes?since=0&limit=10000')).body)
      .changes.at(-1)?.seq;
    const response = await bulk({
      ticket_ids: [first, second, closed, missingId, 'Not-A-Ticket', first.toUpperCase()],
      changes: { status: 'open', priority: 'urgent', assignee_id: agentId, category: 'api' },
    });
    expect(response.status).toBe(200);
    const result = bulkUpdateResultSchema.parse(response.body);
    expect(result.updated.map((ticket) => ticket.id)).toEqual([first, second]);
    expect(result.updated[0]).toMatchObject({
      status: 'open',
      priority: 'urgent',
      assignee_id: agentId,
      category: 'api',
      version: 2,
    });
    expect(result.failed.map(({ id, code }) => ({ id, code }))).toEqual([
      { id: closed, code: 'invalid_transition' },
      { id: missingId, code: 'not_found' },
      { id: 'Not-A-Ticket', code: 'not_found' },
    ]);
    expect(result.failed.every((failure) => failure.message.length > 0)).toBe(true);
    expect(await readTicket(closed)).toMatchObject({ status: 'closed', priority: 'normal', version: 3 });
    const changes = changeListSchema.parse(
      (await service.request('GET', `/api/changes?since=${since ?? 0}`)).body,
    ).changes;
    expect(changes.map((change) => [change.type, change.ticket_id])).toEqual([
      ['ticket.updated', first],
      ['ticket.updated', second],
    ]);
  });

  it('adds and removes tags on top of each ticket own tags, refusing a ticket that would hold too many', async () => {
    const tagged = await fileTicket();
    const crowded = await fileTicket();
    await service.request('PATCH', `/api/tickets/${tagged}`, { body: { tags: ['vip', 'kyc-pending'] } });
    const manyTags = Array.from({ length: limits.tagCount }, (_, index) => `tag-${index}`);
    await service.request('PATCH', `/api/tickets/${crowded}`, { body: { tags: manyTags } });
    const result = bulkUpdateResultSchema.parse(
      (
        await bulk({
          ticket_ids: [tagged, crowded],
          changes: { add_tags: ['escalated', 'vip'], remove_tags: ['kyc-pending'] },
        })
      ).body,
    );
    expect(result.updated.map((ticket) => ticket.tags)).toEqual([['vip', 'escalated']]);
    expect(result.failed).toMatchObject([{ id: crowded, code: 'too_many_tags' }]);
    expect((await readTicket(crowded)).tags).toEqual(manyTags);
  });

  it('refuses an unknown assignee or category, and bad bodies, before changing anything', async () => {
    const id = await fileTicket();
    const cases: [unknown, string, string][] = [
      [{ ticket_ids: [id], changes: { assignee_id: missingId } }, 'unknown_assignee', 'changes.assignee_id'],
      [
        { ticket_ids: [id], changes: { category: 'no_such_category' } },
        'unknown_category',
        'changes.category',
      ],
      [{ ticket_ids: [id], changes: {} }, 'invalid_value', 'changes'],
      [{ ticket_ids: [], changes: { priority: 'low' } }, 'too_short', 'ticket_ids'],
      [{ ticket_ids: [id], changes: { status: 'lost' } }, 'invalid_value', 'changes.status'],
      [{ ticket_ids: [id], changes: { subject: 'x' } }, 'unknown_field', 'changes.subject'],
    ];
    for (const [body, code, field] of cases) {
      const response = await bulk(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(apiErrorSchema.parse(response.body).error).toMatchObject({ code, field });
    }
    const tooMany = await bulk({
      ticket_ids: Array.from({ length: 1001 }, () => id),
      changes: { priority: 'low' },
    });
    expect(tooMany.status).toBe(400);
    expect(await readTicket(id)).toMatchObject({ version: 1, priority: 'normal', assignee_id: null });
    expect((await service.request('POST', '/api/tickets/bulk', { token: null, body: {} })).status).toBe(401);
  });

  it('changes 1,000 tickets in one request', { timeout: 120_000 }, async () => {
    const records = Array.from({ length: 1000 }, (_, index) => ({
      external_id: `bulk-${engine.name}-${index}`,
      requester: { email: `bulk${index}@example.com` },
      subject: `Bulk probe ${index}`,
      body: 'history',
      status: 'open',
      created_at: '2025-01-01T00:00:00Z',
    }));
    expect((await service.request('POST', '/api/import', { body: records })).status).toBe(200);
    const listed = ticketListSchema.parse(
      (await service.request('GET', '/api/tickets?q=bulk%20probe&limit=1000')).body,
    );
    expect(listed.tickets).toHaveLength(1000);
    const started = performance.now();
    const result = bulkUpdateResultSchema.parse(
      (
        await bulk({
          ticket_ids: listed.tickets.map((ticket) => ticket.id),
          changes: { status: 'on_hold', add_tags: ['outage'] },
        })
      ).body,
    );
    const elapsedMs = performance.now() - started;
    expect(result.failed).toEqual([]);
    expect(result.updated).toHaveLength(1000);
    expect(
      result.updated.every((ticket) => ticket.status === 'on_hold' && ticket.tags.includes('outage')),
    ).toBe(true);
    // Generous for a 2-core CI machine; what it guards against is a reload of every ticket per ticket.
    expect(elapsedMs).toBeLessThan(60_000);
  });
});
