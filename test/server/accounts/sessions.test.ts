import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentAccountSchema, sessionEndedEvent } from '../../../shared/domain/account-schemas';
import { apiErrorSchema } from '../../../shared/domain/schemas';
import { testEngines } from '../helpers/engines';
import { startTestService, testAdminToken, type TestService } from '../helpers/service';
import { createAndSignIn, signIn, strongPassword } from './account-helpers';

const minute = 60_000;

function connect(url: string, token: string): Promise<Socket> {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

describe.each(testEngines())('agents’ sessions on $name', (engine) => {
  let service: TestService;
  // The service's clock, moved by the tests that need sessions to age.
  let clock = Date.parse('2026-03-02T09:00:00Z');
  const sockets: Socket[] = [];

  beforeAll(async () => {
    service = await startTestService(engine, { now: () => clock });
  });

  afterAll(async () => {
    for (const socket of sockets) {
      socket.close();
    }
    await service.stop();
  });

  const status = async (token: string): Promise<number> =>
    (await service.request('GET', '/api/me', { token })).status;
  // What a refused token's 401 says about why its session ended (the console shows it to the agent).
  const endReason = async (token: string): Promise<string | undefined> => {
    const answer = await service.request('GET', '/api/me', { token });
    expect(answer.status).toBe(401);
    return apiErrorSchema.parse(answer.body).error.reason;
  };

  it('answers a login with the token, its end and the agent; the token works until it ends', async () => {
    const grant = await createAndSignIn(service, 'sora@example.com');
    expect(grant.agent).toMatchObject({ email: 'sora@example.com', role: 'agent' });
    // The default policy: 12 hours at most, 60 minutes unused.
    expect(Date.parse(grant.expires_at)).toBe(clock + 12 * 60 * minute);
    expect(grant.idle_timeout_seconds).toBe(3600);
    expect(await status(grant.token)).toBe(200);
    const info = await service.request('GET', '/api/me/session', { token: grant.token });
    expect(info.body).toMatchObject({ expires_at: grant.expires_at, mfa_enabled: false });
  });

  it('ends a token left unused for the idle lifetime, and any token at the absolute lifetime', async () => {
    const idle = await signIn(service, 'sora@example.com');
    const busy = await signIn(service, 'sora@example.com');
    for (let step = 0; step < 6; step += 1) {
      clock += 50 * minute;
      expect(await status(busy.token)).toBe(200);
    }
    // 5 hours later: the unused one ended after its hour, the one used every 50 minutes lives on.
    expect(await status(idle.token)).toBe(401);
    expect(await endReason(idle.token)).toBe('expired');
    for (let step = 0; step < 9; step += 1) {
      clock += 50 * minute;
      await status(busy.token);
    }
    // 12.5 hours after its login, however busy, the session has ended.
    expect(await status(busy.token)).toBe(401);
    expect(await endReason(busy.token)).toBe('expired');
    // A token the service never issued gets no reason.
    expect(await endReason('never-issued-token')).toBeUndefined();
  });

  it('applies a lead’s shorter lifetimes to sessions already open', async () => {
    const lead = await createAndSignIn(service, 'lead@example.com', 'lead');
    const agent = await signIn(service, 'sora@example.com');
    const policy = { idle_minutes: 15, absolute_hours: 8, require_mfa: false };
    const refused = await service.request('PUT', '/api/settings/sessions', {
      token: agent.token,
      body: policy,
    });
    expect(refused.status).toBe(403);
    const bad = await service.request('PUT', '/api/settings/sessions', {
      token: lead.token,
      body: { ...policy, idle_minutes: 0 },
    });
    expect(bad.status).toBe(400);
    const saved = await service.request('PUT', '/api/settings/sessions', { token: lead.token, body: policy });
    expect(saved).toMatchObject({ status: 200, body: policy });
    clock += 20 * minute;
    expect(await status(agent.token)).toBe(401);
    const fresh = await signIn(service, 'sora@example.com');
    expect(Date.parse(fresh.expires_at)).toBe(clock + 8 * 60 * minute);
    expect(fresh.idle_timeout_seconds).toBe(15 * 60);
    await service.request('PUT', '/api/settings/sessions', {
      token: testAdminToken,
      body: { idle_minutes: 60, absolute_hours: 12, require_mfa: false },
    });
  });

  it('signs out one token with POST /api/logout, and every token with /api/logout/everywhere', async () => {
    const first = await signIn(service, 'sora@example.com');
    const second = await signIn(service, 'sora@example.com');
    const third = await signIn(service, 'sora@example.com');
    expect((await service.request('POST', '/api/logout', { token: first.token })).status).toBe(204);
    expect(await status(first.token)).toBe(401);
    expect((await service.request('POST', '/api/logout', { token: first.token })).status).toBe(401);
    expect(await endReason(first.token)).toBe('signed_out');
    expect(await status(second.token)).toBe(200);
    const socket = await connect(service.url, third.token);
    sockets.push(socket);
    const told = new Promise((resolve) => socket.once(sessionEndedEvent, resolve));
    const gone = new Promise((resolve) => socket.once('disconnect', resolve));
    expect((await service.request('POST', '/api/logout/everywhere', { token: second.token })).status).toBe(
      204,
    );
    expect(await told).toEqual({ reason: 'signed_out' });
    expect(await gone).toBe('io server disconnect');
    expect(await status(second.token)).toBe(401);
    expect(await status(third.token)).toBe(401);
    expect(await endReason(third.token)).toBe('signed_out');
    // A socket that connects with it later is refused with the same reason, so that console signs out too.
    await expect(connect(service.url, third.token)).rejects.toMatchObject({
      message: 'unauthorized',
      data: { reason: 'signed_out' },
    });
    // A token the service never issued is refused without a reason.
    const unknown = await connect(service.url, 'never-issued').catch((error: unknown) => error);
    expect(unknown).toMatchObject({ message: 'unauthorized' });
    expect((unknown as { data?: unknown }).data).toBeUndefined();
  });

  it('keeps the admin token working everywhere; it is configured, so it cannot sign out', async () => {
    expect(await status(testAdminToken)).toBe(200);
    const logout = await service.request('POST', '/api/logout');
    expect(logout.status).toBe(409);
    expect(apiErrorSchema.parse(logout.body).error.code).toBe('not_a_session');
    expect(await status(testAdminToken)).toBe(200);
  });

  it('lets a lead disable an agent: every token and socket ends at once, logins get 401, until enabled', async () => {
    const lead = await signIn(service, 'lead@example.com');
    const target = await createAndSignIn(service, 'jun@example.com');
    const other = await signIn(service, 'jun@example.com');
    const socket = await connect(service.url, target.token);
    sockets.push(socket);
    const told = new Promise((resolve) => socket.once(sessionEndedEvent, resolve));

    const byAgent = await service.request('POST', `/api/agents/${lead.agent.id}/disable`, {
      token: target.token,
    });
    expect(byAgent.status).toBe(403);
    const disabled = await service.request('POST', `/api/agents/${target.agent.id}/disable`, {
      token: lead.token,
    });
    expect(disabled.status).toBe(200);
    expect(agentAccountSchema.parse(disabled.body)).toMatchObject({ id: target.agent.id, disabled: true });
    expect(await told).toEqual({ reason: 'disabled' });
    expect(await status(target.token)).toBe(401);
    // The 401 says why, so a console refused before the socket's event still tells the agent the truth.
    expect(await endReason(target.token)).toBe('disabled');
    expect(await endReason(other.token)).toBe('disabled');
    const login = await service.request('POST', '/api/login', {
      token: null,
      body: { email: 'jun@example.com', password: strongPassword },
    });
    expect(login.status).toBe(401);
    // The agent's other console, whose socket connects only now, is refused with the reason.
    await expect(connect(service.url, other.token)).rejects.toMatchObject({
      message: 'unauthorized',
      data: { reason: 'disabled' },
    });
    // Not assignable while disabled; listed for leads with its state.
    const agents = (await service.request('GET', '/api/agents', { token: lead.token })).body as {
      agents: { id: string }[];
    };
    expect(agents.agents.map((agent) => agent.id)).not.toContain(target.agent.id);
    const accounts = (await service.request('GET', '/api/accounts', { token: lead.token })).body as {
      accounts: { id: string; disabled: boolean }[];
    };
    expect(accounts.accounts.find((account) => account.id === target.agent.id)?.disabled).toBe(true);

    const enabled = await service.request('POST', `/api/agents/${target.agent.id}/enable`, {
      token: lead.token,
    });
    expect(enabled.body).toMatchObject({ disabled: false });
    // Enabling does not bring old sessions back: the agent signs in again.
    expect(await status(target.token)).toBe(401);
    expect(await status((await signIn(service, 'jun@example.com')).token)).toBe(200);
  });

  it('refuses to disable oneself, an admin (for a lead) or an unknown agent', async () => {
    const lead = await signIn(service, 'lead@example.com');
    const admin = await createAndSignIn(service, 'boss@example.com', 'admin');
    expect(
      (await service.request('POST', `/api/agents/${lead.agent.id}/disable`, { token: lead.token })).status,
    ).toBe(409);
    expect(
      (await service.request('POST', `/api/agents/${admin.agent.id}/disable`, { token: lead.token })).status,
    ).toBe(403);
    expect(
      (await service.request('POST', '/api/agents/not-an-id/disable', { token: lead.token })).status,
    ).toBe(404);
    expect(
      (
        await service.request('POST', '/api/agents/00000000-0000-4000-8000-000000000000/disable', {
          token: lead.token,
        })
      ).status,
    ).toBe(404);
    // The admin token may disable an admin.
    expect((await service.request('POST', `/api/agents/${admin.agent.id}/disable`)).status).toBe(200);
    expect(await status(admin.token)).toBe(401);
  });

  it('judges new passwords by length and guessability: 400 weak_password', async () => {
    for (const password of [
      'short-pw',
      'password1234',
      'aaaaaaaaaaaaaaaa',
      'demo-password',
      'qwertyuiop123',
    ]) {
      const created = await service.request('POST', '/api/agents', {
        body: { email: 'weak@example.com', name: 'Weak', role: 'agent', password },
      });
      expect(created.status, password).toBe(400);
      expect(apiErrorSchema.parse(created.body).error).toMatchObject({
        code: 'weak_password',
        field: 'password',
      });
    }
    // The agent's own address is a known word, not strength (22 characters would pass otherwise).
    const ownName = await service.request('POST', '/api/agents', {
      body: {
        email: 'haneul.kim@example.com',
        name: 'Haneul Kim',
        role: 'agent',
        password: 'haneul.kim@example.com',
      },
    });
    expect(ownName.status).toBe(400);
  });

  it('lets an agent change their own password, ending their other sessions', async () => {
    const here = await signIn(service, 'sora@example.com');
    const elsewhere = await signIn(service, 'sora@example.com');
    const newPassword = 'quiet-harbor-violin-93';
    const wrong = await service.request('POST', '/api/me/password', {
      token: here.token,
      body: { current_password: 'not-it-at-all', new_password: newPassword },
    });
    expect(wrong.status).toBe(400);
    expect(apiErrorSchema.parse(wrong.body).error.code).toBe('wrong_password');
    const weak = await service.request('POST', '/api/me/password', {
      token: here.token,
      body: { current_password: strongPassword, new_password: 'password123456' },
    });
    expect(weak.status).toBe(400);
    expect(apiErrorSchema.parse(weak.body).error).toMatchObject({
      code: 'weak_password',
      field: 'new_password',
    });
    const changed = await service.request('POST', '/api/me/password', {
      token: here.token,
      body: { current_password: strongPassword, new_password: newPassword },
    });
    expect(changed.status).toBe(204);
    expect(await status(here.token)).toBe(200);
    expect(await status(elsewhere.token)).toBe(401);
    expect(await endReason(elsewhere.token)).toBe('password_changed');
    await expect(signIn(service, 'sora@example.com')).rejects.toThrow('401');
    expect(await status((await signIn(service, 'sora@example.com', newPassword)).token)).toBe(200);
  });

  it('locks an account after 10 failed logins in 15 minutes from any address, with backoff', async () => {
    await createAndSignIn(service, 'mina@example.com');
    const attempt = (password: string, forwardedFor: string, email = 'mina@example.com') =>
      service.request('POST', '/api/login', {
        token: null,
        body: { email, password },
        headers: { 'x-forwarded-for': forwardedFor },
      });
    for (let failure = 1; failure <= 10; failure += 1) {
      clock += 10_000;
      expect((await attempt('wrong-guess', `203.0.113.${failure}`)).status).toBe(401);
    }
    // Even the right password, from a new address, is refused while the account is locked.
    const locked = await attempt(strongPassword, '198.51.100.7');
    expect(locked.status).toBe(429);
    expect(apiErrorSchema.parse(locked.body).error.code).toBe('account_locked');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    // Another account from the same address still signs in.
    expect((await attempt(strongPassword, '203.0.113.10', 'lead@example.com')).status).toBe(200);
    // After the 15-minute lock, the next run of failures locks for twice as long.
    clock += 16 * minute;
    for (let failure = 1; failure <= 10; failure += 1) {
      expect((await attempt('wrong-again', '192.0.2.1')).status).toBe(401);
    }
    clock += 16 * minute;
    expect((await attempt(strongPassword, '192.0.2.1')).status).toBe(429);
    clock += 15 * minute;
    expect((await attempt(strongPassword, '192.0.2.1')).status).toBe(200);
  });

  it('counts failures in a 15-minute window: slow guessing never locks', async () => {
    await createAndSignIn(service, 'slow@example.com');
    for (let failure = 0; failure < 20; failure += 1) {
      clock += 2 * minute;
      const response = await service.request('POST', '/api/login', {
        token: null,
        body: { email: 'slow@example.com', password: 'guess' },
      });
      expect(response.status).toBe(401);
    }
  });
});
