import { useEffect, useState } from 'react';
import type { OfficialDomains } from '../../../shared/domain/safety-schemas';
import { useConsole } from '../../app/console-context';

/**
 * The official domains in force (the composer lints replies against them as the agent types), refetched
 * when another console saves settings. `null` until the first answer, or when the service has none to give
 * (an older service): then links are only checked for punycode and mixed scripts here, and the service
 * still refuses unsafe replies.
 */
export function useOfficialDomains(): OfficialDomains | null {
  const { api, settingsEvents } = useConsole();
  const [domains, setDomains] = useState<OfficialDomains | null>(null);
  useEffect(() => {
    let isCurrent = true;
    const load = (): void => {
      api.officialDomains?.().then(
        (answer) => {
          if (isCurrent) {
            setDomains(answer);
          }
        },
        () => undefined,
      );
    };
    load();
    // Test doubles of the console may leave the settings channel out.
    const unsubscribe = (settingsEvents as typeof settingsEvents | undefined)?.subscribe(load);
    return () => {
      isCurrent = false;
      unsubscribe?.();
    };
  }, [api, settingsEvents]);
  return domains;
}
