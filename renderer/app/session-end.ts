import { Dexie } from 'dexie';
import type { SessionEnded } from '../../shared/domain/account-schemas';
import { logOut } from '../api/account-api';
import { cacheDatabaseName, type CacheDatabase } from '../cache/cache-database';
import { getDesktopApi } from '../desktop/desktop-bridge';
import { createLogger } from '../logging/logger';
import { clearCredentials, type Session } from './session';

const logger = createLogger('session');

/** Why the console left a session: the agent signed out, or the service ended it. */
export type SessionEndReason = SessionEnded['reason'];

/** How a session ends, as the console tells the app. */
export interface SessionEnding {
  reason: SessionEndReason;
  /** Tell the service (the agent's own sign-out); false when the service ended the session already. */
  notifyService: boolean;
  everywhere: boolean;
  /** Delete the agent's offline cache and outbox; false keeps them so the next sign-in sends the outbox. */
  clearCache: boolean;
  /** How many unsent outbox entries this deletes (shown on the login screen). */
  discarded: number;
}

/** How many actions wait in the outbox (not yet accepted by the service). */
export async function pendingOutboxCount(cache: CacheDatabase | null): Promise<number> {
  if (!cache) {
    return 0;
  }
  try {
    return await cache.outbox.count();
  } catch (error) {
    logger.warn('could not count the outbox', error);
    return 0;
  }
}

/** Deletes one agent's offline cache database (tickets, threads, outbox) for one service. */
export async function deleteAgentCache(serviceUrl: string, agentId: string): Promise<void> {
  if (typeof indexedDB === 'undefined') {
    return;
  }
  try {
    await Dexie.delete(cacheDatabaseName(serviceUrl, agentId));
  } catch (error) {
    logger.warn('could not delete the offline cache', error);
  }
}

/**
 * Leaves `session`: tells the service (best effort: a sign-out must work offline too, and the token still
 * ends by its lifetimes), forgets the token (browser storage, or the desktop keychain), and deletes the
 * agent's cache and outbox when asked.
 */
export async function endSession(session: Session, ending: SessionEnding): Promise<void> {
  if (ending.notifyService) {
    await logOut(session.serviceUrl, session.token, ending.everywhere).catch((error: unknown) =>
      logger.warn('the service did not confirm the sign-out', error),
    );
  }
  clearCredentials();
  if (session.mode === 'team') {
    await getDesktopApi()
      ?.clearToken()
      .catch(() => undefined);
  }
  if (ending.clearCache) {
    await deleteAgentCache(session.serviceUrl, session.agent.id);
  }
}
