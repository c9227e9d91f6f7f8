import { agentSchema, type Agent } from '../../shared/domain/schemas';

/** How the console reached its service: a browser tab, or the desktop shell (embedded or team service). */
export type SessionMode = 'browser' | 'embedded' | 'team';

/** A signed-in agent and the service they work against. */
export interface Session {
  serviceUrl: string;
  token: string;
  agent: Agent;
  mode: SessionMode;
  /** When the session ends at the latest (the login's `expires_at`); absent when not known. */
  expiresAt?: string | null;
}

/**
 * What browser mode keeps in localStorage: the token with its end, so a new tab in the same browser opens the
 * console until the session ends (docs/security.md, "Sessions": the trade-off against a tab-only token).
 */
export interface StoredCredentials {
  serviceUrl: string;
  token: string;
  /** When the session ends at the latest (the service's `expires_at`); null when the service gave none. */
  expiresAt: string | null;
}

const storageKey = 'support-console.session';

/** The browser's localStorage, or null where there is none. */
function browserStorage(): Storage | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}

/** Keeps the token for this browser until it expires (every tab of the console's origin reads it). */
export function storeCredentials(
  credentials: StoredCredentials,
  storage: Storage | null = browserStorage(),
): void {
  storage?.setItem(storageKey, JSON.stringify(credentials));
}

/** Forgets the stored token (sign-out, or a token the service refused). */
export function clearCredentials(storage: Storage | null = browserStorage()): void {
  storage?.removeItem(storageKey);
  storage?.removeItem(agentKey);
  // Consoles before sessions ended kept the token per tab.
  if (typeof sessionStorage !== 'undefined') {
    sessionStorage.removeItem(storageKey);
    sessionStorage.removeItem(agentKey);
  }
}

const agentKey = 'support-console.agent';

/**
 * Keeps who signed in to `serviceUrl` for this tab (no secret: the profile `GET /api/me` returned), so a
 * reload while offline opens the console from its cache instead of a login form that cannot work.
 */
export function rememberAgent(
  serviceUrl: string,
  agent: Agent,
  storage: Storage | null = browserStorage(),
): void {
  storage?.setItem(agentKey, JSON.stringify({ serviceUrl, agent }));
}

/** The agent this tab signed in as at `serviceUrl`, if remembered. */
export function readRememberedAgent(
  serviceUrl: string,
  storage: Storage | null = browserStorage(),
): Agent | null {
  try {
    const value = JSON.parse(storage?.getItem(agentKey) ?? 'null') as {
      serviceUrl?: unknown;
      agent?: unknown;
    } | null;
    const agent = agentSchema.safeParse(value?.agent);
    return value?.serviceUrl === serviceUrl && agent.success ? agent.data : null;
  } catch {
    return null;
  }
}

/**
 * The token this browser stored, if any, well-formed and not past its end at `now` (an expired one is
 * forgotten unread: the service would refuse it anyway).
 */
export function readCredentials(
  storage: Storage | null = browserStorage(),
  now: number = Date.now(),
): StoredCredentials | null {
  const text = storage?.getItem(storageKey);
  if (!text) {
    return null;
  }
  try {
    const value = JSON.parse(text) as Partial<StoredCredentials>;
    if (typeof value.serviceUrl !== 'string' || typeof value.token !== 'string') {
      return null;
    }
    const expiresAt = typeof value.expiresAt === 'string' ? value.expiresAt : null;
    if (expiresAt !== null && Date.parse(expiresAt) <= now) {
      clearCredentials(storage);
      return null;
    }
    return { serviceUrl: value.serviceUrl, token: value.token, expiresAt };
  } catch {
    return null;
  }
}

/** The address the login form starts with in browser mode: the page's own origin when served over HTTP. */
export function defaultServiceUrl(location: Location = window.location): string {
  return location.protocol === 'http:' || location.protocol === 'https:'
    ? location.origin
    : 'http://127.0.0.1:8080';
}
