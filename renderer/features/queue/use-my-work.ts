import { useEffect, useState } from 'react';
import { useConsole } from '../../app/console-context';
import { createLogger } from '../../logging/logger';
import { myWorkOf, type MyWork } from './work-views';

const logger = createLogger('queue');

/**
 * The agent's teams' categories and landing view (`GET /api/routing`), read at start and again when a lead
 * changes routing (`settings.updated`). Null until the first answer (offline: until the service is back).
 */
export function useMyWork(): MyWork | null {
  const { api, session, settingsEvents } = useConsole();
  const [work, setWork] = useState<MyWork | null>(null);
  const agentId = session.agent.id;
  useEffect(() => {
    let isCurrent = true;
    const load = (): void => {
      api.routing().then(
        (routing) => {
          if (isCurrent) {
            setWork(myWorkOf(routing, agentId));
          }
        },
        (error: unknown) => logger.warn('could not read the teams', error),
      );
    };
    load();
    const unsubscribe = settingsEvents.subscribe(load);
    return () => {
      isCurrent = false;
      unsubscribe();
    };
  }, [api, agentId, settingsEvents]);
  return work;
}
