import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketIncident } from '../../../shared/incidents/incident-schemas';
import { textForLanguage } from '../../../shared/incidents/match';
import { useConsole } from '../../app/console-context';
import { incidentsClient } from './incidents-client';
import './incidents.css';

/**
 * The banner on a ticket linked to an incident that is not resolved: the agent answers with the incident's
 * updates instead of one by one. Reads `GET /api/tickets/:id/incidents` again when the ticket changes.
 */
export function IncidentBanner({
  ticketId,
  version,
}: {
  ticketId: string;
  version: number;
}): ReactElement | null {
  const { t, i18n } = useTranslation();
  const { session } = useConsole();
  const [incidents, setIncidents] = useState<TicketIncident[]>([]);
  useEffect(() => {
    let isCurrent = true;
    incidentsClient.ofTicket({ serviceUrl: session.serviceUrl, token: session.token }, ticketId).then(
      (loaded) => isCurrent && setIncidents(loaded.filter((incident) => incident.status !== 'resolved')),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [session.serviceUrl, session.token, ticketId, version]);
  if (incidents.length === 0) {
    return null;
  }
  return (
    <>
      {incidents.map((incident) => (
        <div key={incident.id} className="incident-banner" role="status" data-testid="incident-banner">
          {t('incidents.banner', {
            title: textForLanguage(incident.title, i18n.language),
            status: t(`incidents.statuses.${incident.status}`),
          })}
        </div>
      ))}
    </>
  );
}
