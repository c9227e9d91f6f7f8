import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { getDesktopApi } from '../desktop/desktop-bridge';
import { ConsoleLayout } from '../features/layout/ConsoleLayout';
import { LoginScreen } from '../features/login/LoginScreen';
import { ConsoleProvider } from './ConsoleProvider';
import { registerOfflineShell } from '../sync/offline-shell';
import { clearCredentials, rememberAgent, storeCredentials, type Session } from './session';
import { resolveStart, type StartState } from './start-session';

/** The console: decides between the login form and the signed-in console, and handles sign-out. */
export function App(): ReactElement {
  const { t } = useTranslation();
  const [start, setStart] = useState<StartState | null>(null);
  const [startError, setStartError] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    resolveStart()
      .then((state) => isCurrent && setStart(state))
      .catch(
        (error: unknown) =>
          isCurrent && setStartError(error instanceof Error ? error.message : String(error)),
      );
    return () => {
      isCurrent = false;
    };
  }, []);

  useEffect(() => {
    // Browser mode: keep the console's own files so a reload while offline still opens it.
    if (import.meta.env.PROD && !getDesktopApi()) {
      void registerOfflineShell();
    }
  }, []);

  const onSignedIn = useCallback((session: Session) => {
    if (session.mode === 'browser') {
      storeCredentials({ serviceUrl: session.serviceUrl, token: session.token });
      rememberAgent(session.serviceUrl, session.agent);
    } else if (session.mode === 'team') {
      // The desktop app keeps a team token in the OS keychain (safeStorage), never in web storage.
      void getDesktopApi()
        ?.setToken(session.serviceUrl, session.token)
        .catch(() => undefined);
    }
    setStart({ kind: 'session', session });
  }, []);

  const onSignOut = useCallback(() => {
    clearCredentials();
    void getDesktopApi()
      ?.clearToken()
      .catch(() => undefined);
    setStart((current) =>
      current?.kind === 'session'
        ? {
            kind: 'login',
            serviceUrl: current.session.serviceUrl,
            mode: current.session.mode === 'embedded' ? 'team' : current.session.mode,
          }
        : current,
    );
  }, []);

  if (startError) {
    return (
      <div className="app-splash app-splash--error">{t('app.startFailed', { message: startError })}</div>
    );
  }
  if (!start) {
    return <div className="app-splash">{t('app.loading')}</div>;
  }
  if (start.kind === 'login') {
    return (
      <LoginScreen
        initialServiceUrl={start.serviceUrl}
        mode={start.mode}
        initialError={start.error ? t('login.desktopFailed', { message: start.error }) : null}
        onSignedIn={onSignedIn}
      />
    );
  }
  return (
    <ConsoleProvider
      key={`${start.session.serviceUrl}|${start.session.token}`}
      session={start.session}
      onSignOut={onSignOut}
    >
      <ConsoleLayout />
    </ConsoleProvider>
  );
}
