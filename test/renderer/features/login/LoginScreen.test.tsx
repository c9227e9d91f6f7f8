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
    const fetchImplementation = fakeService(200, { token: 'token-1', agent });
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
});
