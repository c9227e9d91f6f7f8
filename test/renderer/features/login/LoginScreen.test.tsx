import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LoginScreen } from '../../../../renderer/features/login/LoginScreen';

const agent = { id: 'agent-1', name: 'Minji Kim', email: 'minji@demo.exchange', role: 'agent' as const };

function fakeService(status: number, body: unknown): typeof fetch {
  const fake: typeof fetch = () => Promise.resolve(new Response(JSON.stringify(body), { status }));
  return vi.fn(fake);
}

describe('LoginScreen', () => {
  it('shows an error and stays on the form when the service answers 401', async () => {
    const onSignedIn = vi.fn();
    const fetchImplementation = fakeService(401, {
      error: { code: 'invalid_credentials', message: 'wrong email or password' },
    });
    render(
      <LoginScreen
        initialServiceUrl="http://127.0.0.1:8080"
        mode="browser"
        onSignedIn={onSignedIn}
        fetchImplementation={fetchImplementation}
      />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByTestId('login-email'), 'minji@demo.exchange');
    await user.type(screen.getByTestId('login-password'), 'not the password');
    await user.click(screen.getByTestId('login-submit'));
    expect(await screen.findByTestId('login-error')).toHaveTextContent('Wrong email or password.');
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(screen.getByTestId('login-submit')).toBeEnabled();
  });

  it('signs in with the service URL from the form', async () => {
    const onSignedIn = vi.fn();
    const fetchImplementation = fakeService(200, {
      token: 'token-1',
      expires_at: '2026-03-02T21:00:00.000Z',
      idle_timeout_seconds: 3600,
      agent,
    });
    render(
      <LoginScreen
        initialServiceUrl="http://127.0.0.1:8080"
        mode="browser"
        onSignedIn={onSignedIn}
        fetchImplementation={fetchImplementation}
      />,
    );
    const user = userEvent.setup();
    const url = screen.getByTestId('login-url');
    expect(url).toHaveValue('http://127.0.0.1:8080');
    await user.clear(url);
    await user.type(url, 'http://127.0.0.1:9999/');
    await user.type(screen.getByTestId('login-email'), 'minji@demo.exchange');
    await user.type(screen.getByTestId('login-password'), 'demo-password');
    await user.click(screen.getByTestId('login-submit'));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(onSignedIn).toHaveBeenCalledWith({
      serviceUrl: 'http://127.0.0.1:9999',
      token: 'token-1',
      agent,
      expiresAt: '2026-03-02T21:00:00.000Z',
      mode: 'browser',
    });
    expect((fetchImplementation as unknown as ReturnType<typeof vi.fn>).mock.calls[0]?.[0]).toBe(
      'http://127.0.0.1:9999/api/login',
    );
  });

  it('refuses a service address that is not http(s)', async () => {
    render(
      <LoginScreen
        initialServiceUrl=""
        mode="browser"
        onSignedIn={vi.fn()}
        fetchImplementation={fakeService(200, {})}
      />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByTestId('login-url'), 'javascript:alert(1)');
    await user.type(screen.getByTestId('login-email'), 'a@b.c');
    await user.type(screen.getByTestId('login-password'), 'x');
    await user.click(screen.getByTestId('login-submit'));
    expect(await screen.findByTestId('login-error')).toHaveTextContent('Enter the service address');
  });

  it('asks for the code of an agent with a second factor, then signs in with it', async () => {
    const onSignedIn = vi.fn();
    const answers = [
      {
        mfa_required: true,
        mfa_step: 'code',
        mfa_token: 'challenge-1',
        expires_at: '2026-03-02T09:05:00.000Z',
      },
      { error: { code: 'invalid_code', message: 'the code is wrong or was used already' } },
      { token: 'token-2', expires_at: '2026-03-02T21:00:00.000Z', agent },
    ];
    const statuses = [200, 400, 200];
    const bodies: unknown[] = [];
    const fetchImplementation = vi.fn((_url: string | URL | Request, init?: RequestInit) => {
      bodies.push(JSON.parse(typeof init?.body === 'string' ? init.body : 'null'));
      const index = bodies.length - 1;
      return Promise.resolve(new Response(JSON.stringify(answers[index]), { status: statuses[index] }));
    });
    render(
      <LoginScreen
        initialServiceUrl="http://127.0.0.1:8080"
        mode="browser"
        onSignedIn={onSignedIn}
        fetchImplementation={fetchImplementation as unknown as typeof fetch}
      />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByTestId('login-email'), 'minji@demo.exchange');
    await user.type(screen.getByTestId('login-password'), 'lantern-orbit-cactus-47');
    await user.click(screen.getByTestId('login-submit'));
    await user.type(await screen.findByTestId('mfa-code'), '000000');
    await user.click(screen.getByTestId('mfa-submit'));
    expect(await screen.findByTestId('mfa-error')).toHaveTextContent(
      'That code is wrong or was used already.',
    );
    expect(onSignedIn).not.toHaveBeenCalled();
    await user.type(screen.getByTestId('mfa-code'), '123456');
    await user.click(screen.getByTestId('mfa-submit'));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ token: 'token-2', agent }));
    expect(bodies[2]).toEqual({ mfa_token: 'challenge-1', code: '123456' });
    expect(fetchImplementation.mock.calls[2]?.[0]).toBe('http://127.0.0.1:8080/api/login/mfa');
  });

  it('shows why the previous session ended', () => {
    render(
      <LoginScreen
        initialServiceUrl="http://127.0.0.1:8080"
        mode="browser"
        notice="Your account was disabled by a lead. You were signed out."
        onSignedIn={vi.fn()}
      />,
    );
    expect(screen.getByTestId('login-notice')).toHaveTextContent('disabled by a lead');
  });
});
