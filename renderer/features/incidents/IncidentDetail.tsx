import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import {
  incidentStatuses,
  type Incident,
  type IncidentStatus,
  type IncidentTickets,
} from '../../../shared/incidents/incident-schemas';
import { textForLanguage } from '../../../shared/incidents/match';
import { IncidentUpdateForm } from './IncidentUpdateForm';
import { formatDuration, timeToResolveMs } from './incident-figures';
import { incidentsClient, type IncidentConnection } from './incidents-client';

type TicketRow = IncidentTickets['linked'][number] | IncidentTickets['suggested'][number];

function TicketList({ rows, testId }: { rows: readonly TicketRow[]; testId: string }): ReactElement {
  const { t } = useTranslation();
  return (
    <ul className="incidents__tickets">
      {rows.map((row) => (
        <li key={row.id} data-testid={testId} data-ticket-number={row.number}>
          <span className="incidents__number">#{row.number}</span>
          <span className="incidents__subject">{row.subject}</span>
          <span className="incidents__meta">
            {row.language ?? '—'} · {t(`status.${row.status}`)} ·{' '}
            {'linked_by' in row
              ? t(`incidents.linkedBy.${row.linked_by}`)
              : t(`incidents.reason.${row.reason}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One incident: its figures and status, the linked and suggested tickets ("link all"), and the update form. */
export function IncidentDetail({
  connection,
  incident,
  onChanged,
}: {
  connection: IncidentConnection;
  incident: Incident;
  onChanged: () => void;
}): ReactElement {
  const { t, i18n } = useTranslation();
  const [tickets, setTickets] = useState<IncidentTickets | null>(null);
  const [revision, setRevision] = useState(0);
  const refresh = useCallback(() => {
    setRevision((current) => current + 1);
    onChanged();
  }, [onChanged]);
  useEffect(() => {
    let isCurrent = true;
    incidentsClient.tickets(connection, incident.id).then(
      (loaded) => isCurrent && setTickets(loaded),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [connection, incident.id, revision]);
  const resolveMs = timeToResolveMs(incident);
  const suggested = tickets?.suggested ?? [];
  return (
    <section className="incidents__detail" data-testid="incident-detail">
      <div className="incidents__card">
        <h2>{textForLanguage(incident.title, i18n.language)}</h2>
        <p className="incidents__body">{textForLanguage(incident.body, i18n.language)}</p>
        <dl className="incidents__stats">
          <div>
            <dt>{t('incidents.stats.tickets')}</dt>
            <dd data-testid="incident-ticket-count">{incident.ticket_count}</dd>
          </div>
          <div>
            <dt>{t('incidents.stats.open')}</dt>
            <dd>{incident.open_ticket_count}</dd>
          </div>
          <div>
            <dt>{t('incidents.stats.deflections')}</dt>
            <dd>{incident.deflections}</dd>
          </div>
          <div>
            <dt>{t('incidents.stats.timeToResolve')}</dt>
            <dd>{resolveMs === null ? t('incidents.stats.unresolved') : formatDuration(resolveMs)}</dd>
          </div>
        </dl>
        <label className="field">
          <span className="field__label">{t('incidents.status')}</span>
          <select
            className="select"
            data-testid="incident-status"
            value={incident.status}
            onChange={(event) =>
              void incidentsClient
                .setStatus(connection, incident.id, event.target.value as IncidentStatus)
                .then(refresh, () => undefined)
            }
          >
            {incidentStatuses.map((choice) => (
              <option key={choice} value={choice}>
                {t(`incidents.statuses.${choice}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <IncidentUpdateForm connection={connection} incident={incident} onPosted={refresh} />
      <div className="incidents__card">
        <div className="incidents__card-head">
          <h3>{t('incidents.suggested')}</h3>
          <button
            type="button"
            className="button button--small"
            data-testid="incident-link-all"
            disabled={suggested.length === 0}
            onClick={() =>
              void incidentsClient
                .link(
                  connection,
                  incident.id,
                  suggested.map((row) => row.id),
                )
                .then(refresh, () => undefined)
            }
          >
            {t('incidents.linkAll', { count: suggested.length })}
          </button>
        </div>
        {suggested.length === 0 ? <p className="incidents__hint">{t('incidents.noSuggested')}</p> : null}
        <TicketList rows={suggested} testId="incident-suggested" />
      </div>
      <div className="incidents__card">
        <h3>{t('incidents.linked')}</h3>
        {tickets?.linked.length === 0 ? <p className="incidents__hint">{t('incidents.noLinked')}</p> : null}
        <TicketList rows={tickets?.linked ?? []} testId="incident-linked" />
      </div>
    </section>
  );
}
