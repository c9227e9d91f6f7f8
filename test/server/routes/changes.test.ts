import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, changeListSchema, intakeResponseSchema } from '../../../shared/domain/schemas';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

describe('GET /api/changes', () => {
  let service: TestService;
  const ticketIds: string[] = [];

  beforeAll(async () => {
    service = await startTestService();
    for (let index = 0; index < 7; index += 1) {
      ticketIds.push(
        intakeResponseSchema.parse(
          (await service.request('POST', '/api/tickets', { body: intakeRequest() })).body,
        ).id,
      );
    }
  });

  afterAll(async () => {
    await service.stop();
  });

  it('returns every change after the cursor, in order, page by page', async () => {
    const seen: number[] = [];
    let since = 0;
    for (;;) {
      const page = changeListSchema.parse(
        (await service.request('GET', `/api/changes?since=${since}&limit=3`)).body,
      );
      if (page.changes.length === 0) {
        expect(page.next).toBe(since);
        break;
      }
      seen.push(...page.changes.map((change) => change.seq));
      expect(page.next).toBe(page.changes.at(-1)?.seq);
      since = page.next;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const all = changeListSchema.parse((await service.request('GET', '/api/changes')).body);
    expect(all.changes.map((change) => change.ticket_id)).toEqual(ticketIds);
    expect(
      all.changes.every((change) => change.type === 'ticket.created' && !Number.isNaN(Date.parse(change.at))),
    ).toBe(true);
  });

  it('validates since and limit', async () => {
    for (const query of ['since=-1', 'since=abc', 'limit=0', 'limit=10001', 'since=1.5']) {
      const response = await service.request('GET', `/api/changes?${query}`);
      expect(response.status, query).toBe(400);
      expect(apiErrorSchema.parse(response.body).error.field).toBe(query.split('=')[0]);
    }
    expect(
      changeListSchema.parse((await service.request('GET', '/api/changes?limit=10000')).body).changes,
    ).toHaveLength(7);
  });
});
