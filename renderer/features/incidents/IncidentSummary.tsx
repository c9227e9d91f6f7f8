import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/incidents/incident-schemas';
import { useConsole } from '../../app/console-context';
import { formatDuration, incidentFigures } from './incident-figures';
import { incidentsClient } from './incidents-client';
import './incidents.css';

/** The Metrics page's incident figures: tickets per incident, deflections, median time to resolve. */
export function IncidentSummary(): ReactElement {
  const { t } = useTranslation();
  const { session } = useConsole();
  const [incidents, setIncidents] = useState<Incident[] | null>(null);
  useEffect(() => {
    let isCurrent = true;
    incidentsClient.list({ serviceUrl: session.serviceUrl, token: session.token }).then(
      (loaded) => isCurrent && setIncidents(loaded),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [session.serviceUrl, session.token]);
  const figures = incidentFigures(incidents ?? []);
  return (
    <section className="incidents__card incident-summary" data-testid="metrics-incidents">
      <h2>{t('incidents.metrics.heading')}</h2>
      {incidents !== null && incidents.length === 0 ? (
        <p className="incidents__hint">{t('incidents.metrics.none')}</p>
      ) : (
        <dl className="incidents__stats">
          <div>
            <dt>{t('incidents.metrics.perIncident')}</dt>
            <dd>{figures.ticketsPerIncident === null ? '—' : figures.ticketsPerIncident.toFixed(1)}</dd>
          </div>
          <div>
            <dt>{t('incidents.metrics.deflections')}</dt>
            <dd>{figures.deflections}</dd>
          </div>
          <div>
            <dt>{t('incidents.metrics.medianResolve')}</dt>
            <dd>{figures.medianResolveMs === null ? '—' : formatDuration(figures.medianResolveMs)}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
