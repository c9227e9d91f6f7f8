import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categorySchema, importResultSchema, ticketListSchema } from '../../../shared/domain/schemas';
import { testEngines } from '../helpers/engines';
import { startTestService, type TestService } from '../helpers/service';

function record(index: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    external_id: `zendesk-${index}`,
    requester: { email: `history${index}@example.com`, name: `History ${index}` },
    subject: `Old question ${index}`,
    body: 'Where is my deposit?',
    category: 'deposit_withdrawal',
    status: 'solved',
    created_at: '2024-12-01T09:00:00Z',
    solved_at: '2024-12-02T09:00:00Z',
    messages: [
      { author: 'customer', body: 'Any update?', created_at: '2024-12-01T10:00:00Z' },
      { author: 'agent', body: 'Credited now.', created_at: '2024-12-02T08:00:00Z' },
    ],
    ...overrides,
  };
}

describe.each(testEngines())('POST /api/import on $name', (engine) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(engine);
  });

  afterAll(async () => {
    await service.stop();
  });

  it('imports a JSON array once, however often it is sent', async () => {
    const records = [record(1), record(2), record(3)];
    expect((await service.request('POST', '/api/import', { body: records })).body).toEqual({
      imported: 3,
      skipped: 0,
      errors: [],
    });
    expect((await service.request('POST', '/api/import', { body: records })).body).toEqual({
      imported: 0,
      skipped: 3,
      errors: [],
    });
    const listed = ticketListSchema.parse(
      (await service.request('GET', '/api/tickets?q=Old%20question%202')).body,
    );
    expect(listed.tickets[0]).toMatchObject({
      source: 'import',
      status: 'solved',
      created_at: '2024-12-01T09:00:00.000Z',
      solved_at: '2024-12-02T09:00:00.000Z',
      first_response_at: '2024-12-02T08:00:00.000Z',
      message_count: 2,
    });
  });

  it('imports NDJSON, reports bad records by index and keeps the good ones', async () => {
    const lines = [
      JSON.stringify(record(10)),
      '{not json',
      '',
      JSON.stringify(record(11, { requester: { email: 'broken' } })),
      JSON.stringify(record(12, { category: 'Staking & Earn' })),
      JSON.stringify(record(13, { created_at: 'last week' })),
      JSON.stringify(record(14, { created_at: '0000-01-01T00:00:00Z' })),
    ].join('\r\n');
    const response = await service.request('POST', '/api/import', {
      raw: lines,
      contentType: 'application/x-ndjson',
    });
    expect(response.status).toBe(200);
    const result = importResultSchema.parse(response.body);
    expect(result).toMatchObject({ imported: 2, skipped: 0 });
    expect(result.errors.map((error) => error.index)).toEqual([1, 2, 4, 5]);
    expect(result.errors[1]?.message).toContain('requester.email');
    const categories = (await service.request('GET', '/api/categories')).body as { categories: unknown[] };
    expect(categories.categories.map((category) => categorySchema.parse(category))).toContainEqual({
      key: 'staking_earn',
      name: 'Staking & Earn',
      is_default: false,
    });
  });

  it('refuses bodies that are not a list of records', async () => {
    expect((await service.request('POST', '/api/import', { body: { external_id: 'x' } })).status).toBe(400);
    expect((await service.request('POST', '/api/import', { raw: '[{' })).status).toBe(400);
    expect((await service.request('POST', '/api/import', { body: [] })).body).toEqual({
      imported: 0,
      skipped: 0,
      errors: [],
    });
  });

  it('needs the admin token: 401 without one', async () => {
    expect((await service.request('POST', '/api/import', { token: null, body: [record(20)] })).status).toBe(
      401,
    );
    expect((await service.request('POST', '/api/import', { token: 'nope', body: [record(20)] })).status).toBe(
      401,
    );
  });
});
