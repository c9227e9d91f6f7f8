import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { accessKinds, type AccessKind, type AccessLogEntry } from '../../../shared/access/access-schemas';
import { useConsole } from '../../app/console-context';
import { formatDateTime } from '../../i18n/format';
import { downloadText } from '../faq/faq-files';
import { fetchAccessLog, fetchAccessLogCsv, type AccessLogFilters } from './access-log-client';
import { ReadBudgetForm } from './ReadBudgetForm';
import { RetentionForm } from './RetentionForm';
import { SecurityChanges } from './SecurityChanges';
import './access-log.css';

/** How far back the page looks: the choices of its time filter. */
const periods = {
  hour: 60 * 60 * 1000,
  day: 24 * 60 * 60 * 1000,
  week: 7 * 24 * 60 * 60 * 1000,
  all: null,
} as const;
type Period = keyof typeof periods;

/**
 * The leads' Access log (docs/security.md "Reads"): who opened, searched and exported what, filtered by agent,
 * kind and time, with CSV export (the service records the export too), the hourly read budget, the log's
 * retention, and who changed those limits.
 */
export function AccessLogPage(): ReactElement {
  const { t, i18n } = useTranslation();
  const { session, agents } = useConsole();
  const [agentId, setAgentId] = useState<string | null>(null);
  const [kind, setKind] = useState<AccessKind | null>(null);
  const [period, setPeriod] = useState<Period>('day');
  const [entries, setEntries] = useState<AccessLogEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);

  const filtersNow = useCallback((): AccessLogFilters => {
    const span = periods[period];
    return {
      agentId,
      kind,
      since: span === null ? null : new Date(Date.now() - span).toISOString(),
      limit: 1000,
    };
  }, [agentId, kind, period]);

  useEffect(() => {
    let isCurrent = true;
    fetchAccessLog(session.serviceUrl, session.token, filtersNow()).then(
      (loaded) => {
        if (isCurrent) {
          setEntries(loaded);
          setError(null);
        }
      },
      (failure: unknown) => {
        if (isCurrent) {
          setError(failure instanceof Error ? failure.message : String(failure));
        }
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [session, filtersNow, revision]);

  const exportCsv = (): void => {
    fetchAccessLogCsv(session.serviceUrl, session.token, filtersNow()).then(
      (csv) => downloadText(csv, 'access-log.csv', 'text/csv'),
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  };

  return (
    <div className="access-log" data-testid="access-log-page">
      <h1 className="access-log__title">{t('accessLog.title')}</h1>
      <p className="access-log__hint">{t('accessLog.intro')}</p>
      <ReadBudgetForm onSaved={() => setRevision((value) => value + 1)} />
      <RetentionForm onSaved={() => setRevision((value) => value + 1)} />
      <div className="access-log__filters">
        <label className="access-log__field">
          <span>{t('accessLog.filters.agent')}</span>
          <select
            className="input"
            data-testid="access-log-agent"
            value={agentId ?? ''}
            onChange={(event) => setAgentId(event.target.value === '' ? null : event.target.value)}
          >
            <option value="">{t('accessLog.filters.everyone')}</option>
            {agents.map((agent) => (
              <option key={agent.id} value={agent.id}>
                {agent.name}
              </option>
            ))}
          </select>
        </label>
        <label className="access-log__field">
          <span>{t('accessLog.filters.kind')}</span>
          <select
            className="input"
            data-testid="access-log-kind"
            value={kind ?? ''}
            onChange={(event) =>
              setKind(event.target.value === '' ? null : (event.target.value as AccessKind))
            }
          >
            <option value="">{t('accessLog.filters.anyKind')}</option>
            {accessKinds.map((entry) => (
              <option key={entry} value={entry}>
                {t(`accessLog.kinds.${entry}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="access-log__field">
          <span>{t('accessLog.filters.period')}</span>
          <select
            className="input"
            data-testid="access-log-period"
            value={period}
            onChange={(event) => setPeriod(event.target.value as Period)}
          >
            {(Object.keys(periods) as Period[]).map((entry) => (
              <option key={entry} value={entry}>
                {t(`accessLog.periods.${entry}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="access-log__actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => setRevision((value) => value + 1)}
          >
            {t('accessLog.refresh')}
          </button>
          <button
            type="button"
            className="button button--small"
            data-testid="access-log-export"
            onClick={exportCsv}
          >
            {t('accessLog.exportCsv')}
          </button>
        </div>
      </div>
      {error !== null ? <p role="alert">{t('accessLog.loadFailed', { message: error })}</p> : null}
      {entries === null ? (
        <p className="access-log__hint">{t('accessLog.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="access-log__hint">{t('accessLog.empty')}</p>
      ) : (
        <table className="access-log__table" data-testid="access-log-table">
          <thead>
            <tr>
              <th scope="col">{t('accessLog.columns.at')}</th>
              <th scope="col">{t('accessLog.columns.agent')}</th>
              <th scope="col">{t('accessLog.columns.kind')}</th>
              <th scope="col">{t('accessLog.columns.ticket')}</th>
              <th scope="col">{t('accessLog.columns.query')}</th>
              <th scope="col">{t('accessLog.columns.count')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <tr
                key={`${entry.at}-${index}`}
                data-testid="access-log-entry"
                data-kind={entry.kind}
                className={entry.kind === 'refused' ? 'access-log__row--refused' : undefined}
              >
                <td>{formatDateTime(entry.at, i18n.language)}</td>
                <td>{entry.agent_name}</td>
                <td>{t(`accessLog.kinds.${entry.kind}`)}</td>
                <td>{entry.ticket_number === null ? '' : `#${entry.ticket_number}`}</td>
                <td className="access-log__query">{entry.query ?? ''}</td>
                <td>{entry.result_count ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SecurityChanges revision={revision} />
    </div>
  );
}
