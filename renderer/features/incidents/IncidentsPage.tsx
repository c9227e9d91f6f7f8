import { useCallback, useEffect, useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/incidents/incident-schemas';
import { textForLanguage } from '../../../shared/incidents/match';
import { useConsole } from '../../app/console-context';
import { IncidentDetail } from './IncidentDetail';
import { IncidentEditor } from './IncidentEditor';
import { incidentsClient, type IncidentConnection } from './incidents-client';
import './incidents.css';

/**
 * Incidents for leads (docs/incidents.md): the list (live first), a new incident's form, and the chosen
 * incident with its tickets and updates. Reads again after every change the page makes and when tickets
 * change anywhere (new tickets are linked automatically).
 */
export function IncidentsPage(): ReactElement {
  const { t, i18n } = useTranslation();
  const { session, store } = useConsole();
  const connection = useMemo<IncidentConnection>(
    () => ({ serviceUrl: session.serviceUrl, token: session.token }),
    [session.serviceUrl, session.token],
  );
  const [incidents, setIncidents] = useState<Incident[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [isCreating, setIsCreating] = useState(false);
  const [revision, setRevision] = useState(0);
  const reload = useCallback(() => setRevision((current) => current + 1), []);
  useEffect(() => {
    let isCurrent = true;
    incidentsClient.list(connection).then(
      (loaded) => isCurrent && setIncidents(loaded),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [connection, revision]);
  // Live ticket changes may be new tickets linked automatically: counts move.
  useEffect(() => {
    let timer: number | undefined;
    const unsubscribe = store.subscribe(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(reload, 1_000);
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [store, reload]);
  const ordered = [...incidents].sort(
    (left, right) => Number(left.status === 'resolved') - Number(right.status === 'resolved'),
  );
  const selected = incidents.find((incident) => incident.id === selectedId) ?? null;
  return (
    <div className="incidents" data-testid="incidents-page">
      <div className="incidents__list">
        <div className="incidents__card-head">
          <h1>{t('incidents.heading')}</h1>
          <button
            type="button"
            className="button button--primary button--small"
            data-testid="incident-new"
            onClick={() => setIsCreating(true)}
          >
            {t('incidents.new')}
          </button>
        </div>
        {ordered.length === 0 ? <p className="incidents__hint">{t('incidents.empty')}</p> : null}
        <ul>
          {ordered.map((incident) => (
            <li key={incident.id}>
              <button
                type="button"
                className={`incidents__item${incident.id === selectedId ? ' incidents__item--active' : ''}`}
                data-testid="incident-item"
                data-status={incident.status}
                onClick={() => {
                  setSelectedId(incident.id);
                  setIsCreating(false);
                }}
              >
                <span className={`incidents__status incidents__status--${incident.status}`}>
                  {t(`incidents.statuses.${incident.status}`)}
                </span>
                <span className="incidents__item-title">
                  {textForLanguage(incident.title, i18n.language)}
                </span>
                <span className="incidents__meta">
                  {t('incidents.stats.tickets')} {incident.ticket_count} · {t('incidents.stats.deflections')}{' '}
                  {incident.deflections}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="incidents__main">
        {isCreating ? (
          <IncidentEditor
            connection={connection}
            onCancel={() => setIsCreating(false)}
            onCreated={(id) => {
              setIsCreating(false);
              setSelectedId(id);
              reload();
            }}
          />
        ) : selected !== null ? (
          <IncidentDetail key={selected.id} connection={connection} incident={selected} onChanged={reload} />
        ) : null}
      </div>
    </div>
  );
}
