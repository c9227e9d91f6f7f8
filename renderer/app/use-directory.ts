import { useEffect, useState } from 'react';
import type { Agent, Category } from '../../shared/domain/schemas';
import type { ApiClient } from '../api/api-client';
import { isApiError } from '../api/api-error';
import type { ConnectionState } from '../live/live-connection';
import { createLogger } from '../logging/logger';
import type { SessionEndReason } from './session-end';

const logger = createLogger('console');

/** The team's agents and the categories, as the queue's lookups need them. */
export interface Directory {
  agents: readonly Agent[];
  categories: readonly Category[];
}

const empty: Directory = { agents: [], categories: [] };

/**
 * Loads the agents and categories once per session. A console started offline (or whose first load failed)
 * tries again each time the live connection comes back, until a load succeeds: otherwise every assignee
 * would read "Unknown agent" until a reload, though the service is reachable again. A 401 ends the session.
 */
export function useDirectory(
  api: Pick<ApiClient, 'agents' | 'categories'>,
  connection: ConnectionState,
  onUnauthorized: (reason?: SessionEndReason) => void,
): Directory {
  const [directory, setDirectory] = useState<Directory>(empty);
  const [isLoaded, setLoaded] = useState(false);
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
