import type { ConnectionInfo, DesktopApi } from '../../shared/ipc';
import { createApiClient } from '../api/api-client';
import { isApiError } from '../api/api-error';
import { getDesktopApi } from '../desktop/desktop-bridge';
import {
  clearCredentials,
  defaultServiceUrl,
  readCredentials,
  readRememberedAgent,
  rememberAgent,
  type Session,
} from './session';

/** Where the console starts: signed in already, or at the login form with a prefilled service URL. */
export type StartState =
  | { kind: 'session'; session: Session }
  | { kind: 'login'; serviceUrl: string; mode: Session['mode']; error?: string };

/**
 * Decides how the console starts. Desktop shell, embedded service with a token: signed in (the local
 * agent). Desktop with a team service: signed in with the token the shell keeps in the OS keychain, or
 * the login form at that service. Browser: the token this browser stored, until its session ends;
 * otherwise the login form at the page's own origin.
 */
export async function resolveStart(): Promise<StartState> {
  const desktop = getDesktopApi();
  if (desktop) {
    const connection: ConnectionInfo = await desktop.getConnection();
    if (connection.mode === 'embedded' && connection.token) {
      try {
        const agent = await createApiClient({ baseUrl: connection.serviceUrl, token: connection.token }).me();
        return {
          kind: 'session',
          session: { serviceUrl: connection.serviceUrl, token: connection.token, agent, mode: 'embedded' },
        };
      } catch (error) {
        return {
          kind: 'login',
          serviceUrl: connection.serviceUrl,
          mode: 'embedded',
          error: error instanceof Error ? error.message : String(error),
        };
      }
    }
    if (connection.mode === 'team') {
      const resumed = await resumeDesktopToken(desktop, connection.serviceUrl);
      if (resumed) {
        return { kind: 'session', session: resumed };
      }
    }
    return { kind: 'login', serviceUrl: connection.serviceUrl, mode: connection.mode };
  }
  // Any tab of this browser resumes the stored session until it ends (docs/security.md, "Sessions").
  const stored = readCredentials();
  if (stored) {
    try {
      const agent = await createApiClient({ baseUrl: stored.serviceUrl, token: stored.token }).me();
      rememberAgent(stored.serviceUrl, agent);
      return { kind: 'session', session: { ...stored, agent, mode: 'browser' } };
    } catch (error) {
      if (isApiError(error) && error.isUnauthorized) {
        clearCredentials();
      }
      // Offline: the agent this tab signed in as works from the offline cache (docs/offline.md).
      const remembered =
        isApiError(error) && error.status === 0 ? readRememberedAgent(stored.serviceUrl) : null;
      if (remembered) {
        return { kind: 'session', session: { ...stored, agent: remembered, mode: 'browser' } };
      }
      return { kind: 'login', serviceUrl: stored.serviceUrl, mode: 'browser' };
    }
  }
  clearCredentials();
  return { kind: 'login', serviceUrl: defaultServiceUrl(), mode: 'browser' };
}

/**
 * The team-service session the desktop shell remembered (its token lives in the OS keychain through
 * `safeStorage`, never in web storage), or null. A token the service refuses is forgotten.
 */
async function resumeDesktopToken(desktop: DesktopApi, serviceUrl: string): Promise<Session | null> {
  const token = await desktop.getToken(serviceUrl).catch(() => null);
  if (!token) {
    return null;
  }
  try {
    const agent = await createApiClient({ baseUrl: serviceUrl, token }).me();
    return { serviceUrl, token, agent, mode: 'team' };
  } catch (error) {
    if (isApiError(error) && error.isUnauthorized) {
      await desktop.clearToken().catch(() => undefined);
    }
    return null;
  }
}
