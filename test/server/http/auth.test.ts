import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../shared/domain/schemas';
import { startTestService, type TestService } from '../helpers/service';

/** Every route that needs a token, with a body where it takes one. */
const agentRoutes: [method: string, path: string, body?: unknown][] = [
  ['GET', '/api/tickets'],
  ['GET', '/api/tickets/00000000-0000-4000-8000-000000000000'],
  ['PATCH', '/api/tickets/00000000-0000-4000-8000-000000000000', { status: 'open' }],
  ['POST', '/api/tickets/00000000-0000-4000-8000-000000000000/messages', { kind: 'note', body: 'x' }],
  ['GET', '/api/changes'],
  ['GET', '/api/me'],
  ['GET', '/api/agents'],
  ['POST', '/api/agents', { email: 'a@example.com', name: 'A', role: 'admin', password: '12345678' }],
  ['GET', '/api/categories'],
  ['POST', '/api/categories', { name: 'x' }],
  ['GET', '/api/attachments/00000000-0000-4000-8000-000000000000'],
  ['POST', '/api/import', []],
];

describe('authentication', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService();
  });

  afterAll(async () => {
    await service.stop();
  });

  it.each(agentRoutes)(
    '%s %s answers 401 without a token and with a wrong one',
    async (method, path, body) => {
      for (const token of [null, 'wrong-token', '']) {
        const response = await service.request(method, path, {
          token,
          ...(body === undefined ? {} : { body }),
        });
        expect(response.status).toBe(401);
        expect(apiErrorSchema.parse(response.body).error.code).toBe('unauthorized');
      }
      const malformed = await service.request(method, path, {
        token: null,
        headers: { authorization: 'Basic YWRtaW4=' },
      });
      expect(malformed.status).toBe(401);
    },
  );

  it('lets the admin token in wherever an agent token works', async () => {
    expect((await service.request('GET', '/api/tickets')).status).toBe(200);
    expect((await service.request('GET', '/api/changes')).status).toBe(200);
    expect((await service.request('GET', '/api/me')).body).toMatchObject({
      role: 'admin',
      email: 'admin@localhost',
    });
  });

  it('keeps health and intake public', async () => {
    expect(await service.request('GET', '/api/health', { token: null })).toMatchObject({
      status: 200,
      body: { ok: true },
    });
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await service.request('GET', '/api/nothing-here', { token: null });
    expect(response.status).toBe(404);
    expect(apiErrorSchema.parse(response.body).error.code).toBe('not_found');
  });

  it('allows any origin (the desktop console is not served by the service)', async () => {
    const preflight = await fetch(`${service.url}/api/tickets`, {
      method: 'OPTIONS',
      headers: {
        origin: 'file://',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
  });
});
