import { describe, expect, it, vi } from 'vitest';
import { createApiClient, logIn, ticketListQuery } from '../../../renderer/api/api-client';
import { ApiError, apiErrorFromResponse } from '../../../renderer/api/api-error';
import { makeTicket } from '../fixtures';

function respond(status: number, body: unknown): typeof fetch {
  const fake: typeof fetch = () =>
    Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
  return vi.fn(fake);
}

describe('apiErrorFromResponse', () => {
  it('reads the service error body', () => {
    const error = apiErrorFromResponse(
      400,
      JSON.stringify({ error: { code: 'invalid_field', message: 'bad email', field: 'requester.email' } }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'invalid_field',
      message: 'bad email',
      field: 'requester.email',
    });
  });

  it('names a status when the body is not the error shape', () => {
    expect(apiErrorFromResponse(502, '<html>Bad gateway</html>')).toMatchObject({
      status: 502,
      code: 'http_502',
    });
    expect(apiErrorFromResponse(401, '')).toMatchObject({
      status: 401,
      code: 'unauthorized',
      isUnauthorized: true,
    });
  });

  it('reads why a session ended from a 401, so the agent is told the true reason', () => {
    const disabled = apiErrorFromResponse(
      401,
      JSON.stringify({ error: { code: 'unauthorized', message: 'this session ended', reason: 'disabled' } }),
    );
    expect(disabled.sessionEndReason).toBe('disabled');
    // No reason, a reason the console does not know, or a status other than 401: none.
    expect(apiErrorFromResponse(401, '').sessionEndReason).toBeUndefined();
    const unknown = JSON.stringify({ error: { code: 'unauthorized', message: 'x', reason: 'moon_phase' } });
    expect(apiErrorFromResponse(401, unknown).sessionEndReason).toBeUndefined();
    const forbidden = JSON.stringify({ error: { code: 'forbidden', message: 'x', reason: 'disabled' } });
    expect(apiErrorFromResponse(403, forbidden).sessionEndReason).toBeUndefined();
  });
});

describe('api client', () => {
  it('sends the token and parses a ticket list', async () => {
    const fetchImplementation = respond(200, {
      tickets: [makeTicket({ number: 7 })],
      total: 1,
      next_cursor: null,
    });
    const client = createApiClient({ baseUrl: 'http://127.0.0.1:9/', token: 'secret', fetchImplementation });
    const list = await client.listTickets({ limit: 1000 });
    expect(list.tickets[0]?.number).toBe(7);
    const [url, init] = (fetchImplementation as unknown as ReturnType<typeof vi.fn>).mock.calls[0] as [
      string,
      RequestInit,
    ];
    expect(url).toBe('http://127.0.0.1:9/api/tickets?limit=1000');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer secret');
  });

  it('turns an error answer into an ApiError with code and message', async () => {
    const client = createApiClient({
      baseUrl: 'http://127.0.0.1:9',
      token: 'secret',
      fetchImplementation: respond(404, { error: { code: 'not_found', message: 'no such ticket' } }),
    });
    await expect(client.getTicket('missing')).rejects.toMatchObject({
      status: 404,
      code: 'not_found',
      message: 'no such ticket',
    });
  });

  it('rejects answers that break the contract', async () => {
    const client = createApiClient({
      baseUrl: 'http://127.0.0.1:9',
      token: 'secret',
      fetchImplementation: respond(200, { tickets: 'nope' }),
    });
    await expect(client.listTickets({})).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it('reports an unreachable service as network_error', async () => {
    const fetchImplementation: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(
      logIn('http://127.0.0.1:9', { email: 'a@b.c', password: 'x' }, fetchImplementation),
    ).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
    });
  });

  it('reports wrong credentials as a 401', async () => {
    const fetchImplementation = respond(401, {
      error: { code: 'invalid_credentials', message: 'wrong email or password' },
    });
    await expect(
      logIn('http://127.0.0.1:9', { email: 'a@b.c', password: 'x' }, fetchImplementation),
    ).rejects.toMatchObject({
      status: 401,
      isUnauthorized: true,
    });
  });

  it('leaves empty parameters out of the query', () => {
    expect(ticketListQuery({ status: 'open', q: '', limit: 50 })).toBe('?status=open&limit=50');
    expect(ticketListQuery({})).toBe('');
  });
});
