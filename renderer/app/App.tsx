import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { getDesktopApi } from '../desktop/desktop-bridge';
import { ConsoleLayout } from '../features/layout/ConsoleLayout';
import { LoginScreen } from '../features/login/LoginScreen';
import { ConsoleProvider } from './ConsoleProvider';
import { registerOfflineShell } from '../sync/offline-shell';
import { rememberAgent, storeCredentials, type Session } from './session';
import { endSession, type SessionEnding } from './session-end';
import { resolveStart, type StartState } from './start-session';

/** What the app shows: the start decision, a session being left, or the login form with a notice. */
type AppState = StartState | { kind: 'ending' };

/** The console: decides between the login form and the signed-in console, and handles sign-out. */
export function App(): ReactElement {
  const { t } = useTranslation();
  const [start, setStart] = useState<AppState | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
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
      storeCredentials({
        serviceUrl: session.serviceUrl,
        token: session.token,
        expiresAt: session.expiresAt ?? null,
      });
      rememberAgent(session.serviceUrl, session.agent);
    } else if (session.mode === 'team') {
      // The desktop app keeps a team token in the OS keychain (safeStorage), never in web storage.
      void getDesktopApi()
        ?.setToken(session.serviceUrl, session.token)
        .catch(() => undefined);
    }
    setNotice(null);
    setStart({ kind: 'session', session });
  }, []);

  // Leaving a session unmounts the console first (its cache connection closes), then forgets the token
  // and deletes the agent's cache, then shows the login form with what happened.
  const onSessionEnd = useCallback(
    (session: Session, ending: SessionEnding) => {
      setStart({ kind: 'ending' });
      void endSession(session, ending).finally(() => {
        const parts: string[] = [];
        if (!(ending.reason === 'signed_out' && ending.notifyService)) {
          parts.push(t(`accounts.notice.${ending.reason}`));
        }
        if (ending.discarded > 0 && ending.clearCache) {
          parts.push(t('accounts.notice.discarded', { count: ending.discarded }));
        }
        setNotice(parts.length > 0 ? parts.join(' ') : null);
        setStart({
          kind: 'login',
          serviceUrl: session.serviceUrl,
          mode: session.mode === 'embedded' ? 'team' : session.mode,
        });
      });
    },
    [t],
  );

  if (startError) {
    return (
      <div className="app-splash app-splash--error">{t('app.startFailed', { message: startError })}</div>
    );
  }
  if (!start || start.kind === 'ending') {
    return <div className="app-splash">{t('app.loading')}</div>;
  }
  if (start.kind === 'login') {
    return (
      <LoginScreen
        initialServiceUrl={start.serviceUrl}
        mode={start.mode}
        initialError={start.error ? t('login.desktopFailed', { message: start.error }) : null}
        notice={notice}
        onSignedIn={onSignedIn}
      />
    );
  }
  return (
    <ConsoleProvider
      key={`${start.session.serviceUrl}|${start.session.token}`}
      session={start.session}
      onSessionEnd={onSessionEnd}
    >
      <ConsoleLayout />
    </ConsoleProvider>
  );
}
