import { useEffect, useState } from 'react';
import { officialDomainsSchema, type OfficialDomains } from '../../../shared/domain/safety-schemas';
import { requestJson } from '../../api/api-client';
import { useConsole } from '../../app/console-context';

/** `GET /api/settings/official-domains` with the session's token. */
export function fetchOfficialDomains(serviceUrl: string, token: string): Promise<OfficialDomains> {
  return requestJson(serviceUrl, '/api/settings/official-domains', officialDomainsSchema, { token });
}

/** `PUT /api/settings/official-domains` (lead): replaces the lead's list; answers the lists in force. */
export function saveOfficialDomains(
  serviceUrl: string,
  token: string,
  domains: readonly string[],
): Promise<OfficialDomains> {
  return requestJson(serviceUrl, '/api/settings/official-domains', officialDomainsSchema, {
    token,
    method: 'PUT',
    body: { domains },
  });
}

/**
 * The official domains in force (the composer lints replies against them as the agent types), refetched
 * when another console saves settings. `null` until the first answer, or when the service has none to give
 * (an older service): then links are not linted here, and the service still refuses unsafe replies.
 */
export function useOfficialDomains(): OfficialDomains | null {
  const { session, settingsEvents } = useConsole();
  const [domains, setDomains] = useState<OfficialDomains | null>(null);
  useEffect(() => {
    let isCurrent = true;
    const load = (): void => {
      fetchOfficialDomains(session.serviceUrl, session.token).then(
        (answer) => {
          if (isCurrent) {
            setDomains(answer);
          }
        },
        () => undefined,
      );
    };
    load();
    const unsubscribe = settingsEvents.subscribe(load);
    return () => {
      isCurrent = false;
      unsubscribe();
    };
  }, [session.serviceUrl, session.token, settingsEvents]);
  return domains;
}
