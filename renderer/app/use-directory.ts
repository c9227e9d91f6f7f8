import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { isApiError } from '../api/api-error';
import type { CacheDatabase } from '../cache/cache-database';
import { readCachedDirectory, writeCachedDirectory, type Directory } from '../cache/directory-cache';
import type { ConnectionState } from '../live/live-connection';
import { createLogger } from '../logging/logger';
import type { SessionEndReason } from './session-end';

const logger = createLogger('console');

export type { Directory };

const empty: Directory = { agents: [], categories: [] };

/**
 * Loads the agents and categories once per session. A console started offline (or whose first load failed)
 * tries again each time the live connection comes back, until a load succeeds: otherwise every assignee
 * would read "Unknown agent" until a reload, though the service is reachable again. A 401 ends the session.
 * With the offline cache open, the copy kept from the last load is shown until the service answers, and each
 * load is kept for the next start.
 */
export function useDirectory(
  api: Pick<ApiClient, 'agents' | 'categories'>,
  connection: ConnectionState,
  onUnauthorized: (reason?: SessionEndReason) => void,
  cache: CacheDatabase | null = null,
): Directory {
  const [directory, setDirectory] = useState<Directory>(empty);
  const [isLoaded, setLoaded] = useState(false);
  // The kept copy, shown only while the service has not answered (its answer always wins).
  useEffect(() => {
    if (cache === null || isLoaded) {
      return undefined;
    }
    let isCurrent = true;
    readCachedDirectory(cache)
      .then((kept) => {
        if (isCurrent && kept !== null) {
          setDirectory((current) => (current === empty ? kept : current));
        }
      })
      .catch((error: unknown) => logger.warn('could not read the kept agents and categories', error));
    return () => {
      isCurrent = false;
    };
  }, [cache, isLoaded]);
  // The service's answer, kept for the next start (also when the cache opened after the answer came).
  useEffect(() => {
    if (cache !== null && isLoaded) {
      writeCachedDirectory(cache, directory).catch((error: unknown) =>
        logger.warn('could not keep the agents and categories', error),
      );
    }
  }, [cache, isLoaded, directory]);
  // Each time the connection is (again) live while nothing was loaded: the first mount counts as one.
  const isLive = connection === 'live';
  useEffect(() => {
    if (isLoaded) {
      return undefined;
    }
    let isCurrent = true;
    Promise.all([api.agents(), api.categories()])
      .then(([agents, categories]) => {
        if (isCurrent) {
          setDirectory({ agents, categories });
          setLoaded(true);
        }
      })
      .catch((error: unknown) => {
        if (isApiError(error) && error.isUnauthorized) {
          onUnauthorized(error.sessionEndReason);
          return;
        }
        logger.warn('could not load agents and categories; trying again when the service is back', error);
      });
    return () => {
      isCurrent = false;
    };
  }, [api, isLoaded, isLive, onUnauthorized]);
  return directory;
}
