import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Metrics } from '../../../shared/domain/metrics-schemas';
import { chartCsv, chartFileName, downloadCsv, type MetricsChart } from './metrics-csv';

/** One dashboard card: a title, the chart, and the button that exports the chart's data as CSV. */
export function ChartCard(props: {
  chart: MetricsChart;
  title: string;
  metrics: Metrics;
  isEmpty?: boolean;
  wide?: boolean;
  note?: string;
  children: ReactNode;
}): ReactElement {
  const { t } = useTranslation();
  const { chart, title, metrics, isEmpty = false, wide = false, note, children } = props;
  return (
    <section
      className={`metrics-card${wide ? ' metrics-card--wide' : ''}`}
      data-testid="metrics-chart"
      data-chart={chart}
      aria-label={title}
    >
      <header className="metrics-card__header">
        <h2 className="metrics-card__title">{title}</h2>
        <button
          type="button"
          className="button button--small button--ghost"
          data-testid="metrics-export"
          data-chart={chart}
          aria-label={t('metrics.exportLabel', { chart: title })}
          onClick={() => downloadCsv(chartFileName(chart, metrics), chartCsv(chart, metrics))}
        >
          {t('metrics.export')}
        </button>
      </header>
      {note ? <p className="metrics-card__note">{note}</p> : null}
      <div className="metrics-card__body">
        {isEmpty ? <p className="metrics-card__empty">{t('metrics.noData')}</p> : children}
      </div>
    </section>
  );
}
