import { agentSchema, type Agent } from '../../shared/domain/schemas';

/** How the console reached its service: a browser tab, or the desktop shell (embedded or team service). */
export type SessionMode = 'browser' | 'embedded' | 'team';

/** A signed-in agent and the service they work against. */
export interface Session {
  serviceUrl: string;
  token: string;
  agent: Agent;
  mode: SessionMode;
}

/** What browser mode keeps in sessionStorage (never localStorage or IndexedDB: the tab's life only). */
export interface StoredCredentials {
  serviceUrl: string;
  token: string;
}

const storageKey = 'support-console.session';

/** Keeps the token for this tab only (sessionStorage dies with the tab). */
export function storeCredentials(credentials: StoredCredentials, storage: Storage = sessionStorage): void {
  storage.setItem(storageKey, JSON.stringify(credentials));
}

/** Forgets the stored token (sign-out, or a token the service refused). */
export function clearCredentials(storage: Storage = sessionStorage): void {
  storage.removeItem(storageKey);
  storage.removeItem(agentKey);
}

const agentKey = 'support-console.agent';

/**
 * Keeps who signed in to `serviceUrl` for this tab (no secret: the profile `GET /api/me` returned), so a
 * reload while offline opens the console from its cache instead of a login form that cannot work.
 */
export function rememberAgent(serviceUrl: string, agent: Agent, storage: Storage = sessionStorage): void {
  storage.setItem(agentKey, JSON.stringify({ serviceUrl, agent }));
}

/** The agent this tab signed in as at `serviceUrl`, if remembered. */
export function readRememberedAgent(serviceUrl: string, storage: Storage = sessionStorage): Agent | null {
  try {
    const value = JSON.parse(storage.getItem(agentKey) ?? 'null') as {
      serviceUrl?: unknown;
      agent?: unknown;
    } | null;
    const agent = agentSchema.safeParse(value?.agent);
    return value?.serviceUrl === serviceUrl && agent.success ? agent.data : null;
  } catch {
    return null;
  }
}

/** The token this tab stored, if any and well-formed. */
export function readCredentials(storage: Storage = sessionStorage): StoredCredentials | null {
  const text = storage.getItem(storageKey);
  if (!text) {
    return null;
  }
  try {
    const value = JSON.parse(text) as Partial<StoredCredentials>;
    return typeof value.serviceUrl === 'string' && typeof value.token === 'string'
      ? { serviceUrl: value.serviceUrl, token: value.token }
      : null;
  } catch {
    return null;
  }
}

/**
 * Whether this page load may resume the stored session: a reload or back/forward keeps the agent signed
 * in, while opening the console afresh (typing or following its address) asks for the password again, so
 * a shared workstation's next user does not inherit a session.
 */
export function isResumableNavigation(performanceApi: Performance = performance): boolean {
  const [entry] = performanceApi.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type === 'reload' || entry?.type === 'back_forward';
}

/** The address the login form starts with in browser mode: the page's own origin when served over HTTP. */
export function defaultServiceUrl(location: Location = window.location): string {
  return location.protocol === 'http:' || location.protocol === 'https:'
    ? location.origin
    : 'http://127.0.0.1:8080';
}
