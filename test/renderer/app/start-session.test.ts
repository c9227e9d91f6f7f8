import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../shared/ipc';
import { storeCredentials } from '../../../renderer/app/session';
import { resolveStart } from '../../../renderer/app/start-session';

const serviceUrl = 'https://support.example.com';
const agent = { id: 'agent-kim', name: 'Kim', email: 'kim@example.com', role: 'agent' };

/** A desktop bridge in team mode whose keychain holds `token`. */
function installDesktop(token: string | null) {
  const cleared: string[] = [];
  const desktop = {
    getConnection: () => Promise.resolve({ serviceUrl, token: null, mode: 'team' as const }),
    getToken: (url: string) => Promise.resolve(url === serviceUrl ? token : null),
    clearToken: () => {
      cleared.push('cleared');
      return Promise.resolve();
    },
  } as Partial<DesktopApi> as DesktopApi;
  (window as Window & { desktop?: DesktopApi }).desktop = desktop;
  return { cleared };
}

function answerMe(status: number) {
  const body = status === 200 ? agent : { error: { code: 'unauthorized', message: 'token refused' } };
  const fetchMock = vi.fn((_url: string, _init?: RequestInit) =>
    Promise.resolve(
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    ),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('desktop start with a team service', () => {
  afterEach(() => {
    delete (window as Window & { desktop?: DesktopApi }).desktop;
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('signs in with the token the shell keeps in the OS keychain, never touching web storage', async () => {
    installDesktop('team-token');
    const fetchMock = answerMe(200);
    const start = await resolveStart();
    expect(start).toEqual({
      kind: 'session',
      session: { serviceUrl, token: 'team-token', agent, mode: 'team' },
    });
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('authorization')).toBe('Bearer team-token');
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(0);
  });

  it('forgets a token the service refuses and shows the login form', async () => {
    const { cleared } = installDesktop('expired-token');
    answerMe(401);
    expect(await resolveStart()).toEqual({ kind: 'login', serviceUrl, mode: 'team' });
    expect(cleared).toEqual(['cleared']);
  });

  it('shows the login form when nothing is stored', async () => {
    installDesktop(null);
    expect(await resolveStart()).toEqual({ kind: 'login', serviceUrl, mode: 'team' });
  });
});

describe('browser start', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('opens a new tab signed in while the stored session lasts', async () => {
    storeCredentials({
      serviceUrl,
      token: 'browser-token',
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    });
    const fetchMock = answerMe(200);
    const start = await resolveStart();
    expect(start).toMatchObject({
      kind: 'session',
      session: { token: 'browser-token', agent, mode: 'browser' },
    });
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('authorization')).toBe(
      'Bearer browser-token',
    );
  });

  it('forgets a stored session past its end without asking the service', async () => {
    storeCredentials({
      serviceUrl,
      token: 'old-token',
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    const fetchMock = answerMe(200);
    expect(await resolveStart()).toMatchObject({ kind: 'login', mode: 'browser' });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(localStorage.getItem('support-console.session')).toBeNull();
  });

  it('forgets a stored token the service refuses', async () => {
    storeCredentials({ serviceUrl, token: 'disabled-token', expiresAt: null });
    answerMe(401);
    expect(await resolveStart()).toMatchObject({ kind: 'login', serviceUrl, mode: 'browser' });
    expect(localStorage.getItem('support-console.session')).toBeNull();
  });
});
