import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Metrics, MetricsRate } from '../../../shared/domain/metrics-schemas';
import { isRateMeaningful, minimumRateSample } from '../../../shared/metrics/rates';
import { formatCount } from '../../i18n/format';

function percent(rate: MetricsRate, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    rate.rate ?? 0,
  );
}

/** The headline numbers: the backlog now, who is online, and the range's rates. */
export function MetricsSummary({ metrics }: { metrics: Metrics }): ReactElement {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // A service that cannot tell who is online answers null for everyone: no tile then.
  const isPresenceKnown = metrics.agents.some((agent) => agent.online !== null);
  const onlineCount = metrics.agents.filter((agent) => agent.online === true).length;
  const rateTile = (label: string, rate: MetricsRate | null, unavailable: string, emptyText: string) => (
    <div className="metrics-tile" key={label}>
      <span className="metrics-tile__label">{label}</span>
      {rate === null ? (
        <>
          <span className="metrics-tile__value metrics-tile__value--muted">–</span>
          <span className="metrics-tile__detail">{unavailable}</span>
        </>
      ) : (
        <>
          {rate.rate === null || !isRateMeaningful(rate.total) ? (
            <span className="metrics-tile__value metrics-tile__value--muted">–</span>
          ) : (
            <span className="metrics-tile__value">{percent(rate, language)}</span>
          )}
          <span className="metrics-tile__detail">
            {rate.total === 0
              ? emptyText
              : t(
                  isRateMeaningful(rate.total) ? 'metrics.summary.rateDetail' : 'metrics.summary.rateTooFew',
                  {
                    part: String(rate.count),
                    total: String(rate.total),
                    minimum: String(minimumRateSample),
                  },
                )}
          </span>
        </>
      )}
    </div>
  );
  return (
    <div className="metrics-summary">
      <div className="metrics-tile metrics-tile--primary">
        <span className="metrics-tile__label">{t('metrics.summary.backlog')}</span>
        <span className="metrics-tile__value" data-testid="metrics-backlog-total">
          {formatCount(metrics.backlog.total, language)}
        </span>
      </div>
      <div className="metrics-tile">
        <span className="metrics-tile__label">{t('metrics.summary.unassigned')}</span>
        <span className="metrics-tile__value">{formatCount(metrics.backlog.unassigned, language)}</span>
      </div>
      {metrics.backlog.breached === undefined ? null : (
        <div className="metrics-tile">
          <span className="metrics-tile__label">{t('metrics.summary.breached')}</span>
          <span
            className={`metrics-tile__value${metrics.backlog.breached > 0 ? ' metrics-tile__value--danger' : ''}`}
            data-testid="metrics-breached"
          >
            {formatCount(metrics.backlog.breached, language)}
          </span>
        </div>
      )}
      <div className="metrics-tile">
        <span className="metrics-tile__label">{t('metrics.summary.atRisk')}</span>
        <span
          className={`metrics-tile__value${metrics.backlog.at_risk > 0 ? ' metrics-tile__value--warning' : ''}`}
          data-testid="metrics-at-risk"
        >
          {formatCount(metrics.backlog.at_risk, language)}
        </span>
      </div>
      {isPresenceKnown ? (
        <div className="metrics-tile">
          <span className="metrics-tile__label">{t('metrics.summary.online')}</span>
          <span className="metrics-tile__value" data-testid="metrics-online-count">
            {t('metrics.summary.onlineCount', { online: formatCount(onlineCount, language) })}
          </span>
          <span className="metrics-tile__detail">
            {t('metrics.summary.onlineDetail', { total: formatCount(metrics.agents.length, language) })}
          </span>
        </div>
      ) : null}
      {rateTile(
        t('metrics.summary.slaBreach'),
        metrics.rates.sla_breach,
        '',
        t('metrics.summary.noneInRange'),
      )}
      {rateTile(t('metrics.summary.reopen'), metrics.rates.reopen, '', t('metrics.summary.noneInRange'))}
      {rateTile(
        t('metrics.summary.duplicate'),
        metrics.rates.duplicate,
        t('metrics.summary.duplicateUnavailable'),
        '',
      )}
      {rateTile(
        t('metrics.summary.triage'),
        metrics.rates.triage_accuracy,
        t('metrics.summary.triageUnavailable'),
        '',
      )}
    </div>
  );
}
