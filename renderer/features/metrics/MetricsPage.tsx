import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Metrics, ResponseTimesRow } from '../../../shared/domain/metrics-schemas';
import type { RoutingTeam } from '../../../shared/domain/routing-schemas';
import { useConsole } from '../../app/console-context';
import { formatDateTime } from '../../i18n/format';
import { AgentLoad, SpikeList } from './AgentLoad';
import { ChartCard } from './ChartCard';
import { BacklogAgeChart, BacklogCategoryChart, FlowChart, ResponseTimesChart } from './MetricsCharts';
import { rangeChoices, type RangeChoice } from './metrics-range';
import { LanguageQualityChart } from './LanguageQualityChart';
import { IncidentSummary } from '../incidents/IncidentSummary';
import { MetricsSummary } from './MetricsSummary';
import { useMetrics } from './use-metrics';
import './metrics.css';

/**
 * The team lead's dashboard: the backlog now, the flow and response times over a range, agent load and
 * incident spotting. The service computes every figure (`GET /api/metrics`); this page only draws, and
 * asks again when live changes arrive.
 */
export function MetricsPage(): ReactElement {
  const { t, i18n } = useTranslation();
  const { session, store, categories, api } = useConsole();
  const [range, setRange] = useState<RangeChoice>('7d');
  const [category, setCategory] = useState<string | null>(null);
  const [team, setTeam] = useState<string | null>(null);
  const [teams, setTeams] = useState<readonly RoutingTeam[]>([]);
  const { metrics, error, isLoading } = useMetrics({
    serviceUrl: session.serviceUrl,
    token: session.token,
    range,
    category,
    team,
    subscribe: store.subscribe,
  });
  useEffect(() => {
    let isCurrent = true;
    // Without the team list the page still works for every team: a failure only leaves the select short.
    api.routing().then(
      (routing) => {
        if (isCurrent) {
          setTeams(routing.teams);
        }
      },
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [api]);
  const categoryLabel = useCallback(
    (key: string | null): string => {
      if (key === null) {
        return t('metrics.uncategorized');
      }
      const translationKey = `category.${key}`;
      return i18n.exists(translationKey)
        ? String(t(translationKey as 'category.general'))
        : (categories.find((candidate) => candidate.key === key)?.name ?? key);
    },
    [t, i18n, categories],
  );
  const agentLabel = (row: ResponseTimesRow): string => row.name ?? t('metrics.unassignedAgent');
  const business = metrics === null ? null : businessCounts(metrics);
  // Both business-hours charts cover the same tickets, so they carry the same note.
  const businessNote = business
    ? t('metricsBusinessTime.businessNote', {
        firstResponses: String(business.firstResponses),
        resolutions: String(business.resolutions),
      })
    : null;

  return (
    <div className="metrics" data-testid="metrics-page">
      <div className="metrics__toolbar">
        <h1 className="metrics__title">{t('metrics.title')}</h1>
        <label className="metrics__filter">
          <span>{t('metrics.range')}</span>
          <select
            className="select select--small"
            value={range}
            data-testid="metrics-range"
            onChange={(event) => setRange(event.target.value as RangeChoice)}
          >
            {rangeChoices.map((choice) => (
              <option key={choice} value={choice}>
                {t(`metrics.ranges.${choice}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="metrics__filter">
          <span>{t('metrics.category')}</span>
          <select
            className="select select--small"
            value={category ?? ''}
            data-testid="metrics-category"
            onChange={(event) => setCategory(event.target.value === '' ? null : event.target.value)}
          >
            <option value="">{t('metrics.allCategories')}</option>
            {categories.map((candidate) => (
              <option key={candidate.key} value={candidate.key}>
                {categoryLabel(candidate.key)}
              </option>
            ))}
          </select>
        </label>
        <label className="metrics__filter">
          <span>{t('metrics.team')}</span>
          <select
            className="select select--small"
            value={team ?? ''}
            data-testid="metrics-team"
            onChange={(event) => setTeam(event.target.value === '' ? null : event.target.value)}
          >
            <option value="">{t('metrics.allTeams')}</option>
            {teams.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </label>
        <span className="metrics__status" aria-live="polite">
          {isLoading && metrics !== null
            ? t('metrics.refreshing')
            : metrics !== null
              ? t('metrics.updated', { time: formatDateTime(metrics.generated_at, i18n.language) })
              : null}
        </span>
      </div>
      {error !== null ? (
        <p className="alert" role="alert">
          {t('metrics.failed', { message: error })}
        </p>
      ) : null}
      {metrics === null ? (
        isLoading ? (
          <p className="metrics__loading">{t('metrics.loading')}</p>
        ) : null
      ) : (
        <>
          <MetricsSummary metrics={metrics} />
          <IncidentSummary />
          <div className="metrics__grid">
            <ChartCard
              chart="flow"
              title={t('metrics.charts.flow')}
              metrics={metrics}
              wide
              isEmpty={metrics.flow.every((point) => point.incoming === 0 && point.solved === 0)}
            >
              <FlowChart metrics={metrics} language={i18n.language} />
            </ChartCard>
            <ChartCard
              chart="backlog-category"
              title={t('metrics.charts.backlogCategory')}
              metrics={metrics}
              isEmpty={metrics.backlog.total === 0}
            >
              <BacklogCategoryChart metrics={metrics} categoryLabel={categoryLabel} />
            </ChartCard>
            <ChartCard
              chart="backlog-age"
              title={t('metrics.charts.backlogAge')}
              metrics={metrics}
              isEmpty={metrics.backlog.total === 0}
            >
              <BacklogAgeChart metrics={metrics} />
            </ChartCard>
            <ChartCard
              chart="response-category"
              title={t('metrics.charts.responseCategory')}
              metrics={metrics}
              isEmpty={metrics.response_times.by_category.length === 0}
              {...(business ? { note: t('metricsBusinessTime.calendarNote') } : {})}
            >
              <ResponseTimesChart
                rows={metrics.response_times.by_category}
                labelOf={(row) => categoryLabel(row.key)}
              />
            </ChartCard>
            {businessNote !== null ? (
              <ChartCard
                chart="response-category-business"
                title={t('metricsBusinessTime.categoryTitle')}
                metrics={metrics}
                note={businessNote}
              >
                <ResponseTimesChart
                  rows={metrics.response_times.by_category}
                  labelOf={(row) => categoryLabel(row.key)}
                  clock="business"
                />
              </ChartCard>
            ) : null}
            <ChartCard
              chart="response-agent"
              title={t('metrics.charts.responseAgent')}
              metrics={metrics}
              isEmpty={metrics.response_times.by_agent.length === 0}
              {...(business ? { note: t('metricsBusinessTime.calendarNote') } : {})}
            >
              <ResponseTimesChart rows={metrics.response_times.by_agent} labelOf={agentLabel} />
            </ChartCard>
            {businessNote !== null ? (
              <ChartCard
                chart="response-agent-business"
                title={t('metricsBusinessTime.agentTitle')}
                metrics={metrics}
                note={businessNote}
              >
                <ResponseTimesChart
                  rows={metrics.response_times.by_agent}
                  labelOf={agentLabel}
                  clock="business"
                />
              </ChartCard>
            ) : null}
            <ChartCard
              chart="agents"
              title={t('metrics.charts.agents')}
              metrics={metrics}
              isEmpty={metrics.agents.length === 0}
            >
              <AgentLoad agents={metrics.agents} />
            </ChartCard>
            <ChartCard
              chart="spikes"
              title={t('metrics.charts.spikes')}
              metrics={metrics}
              note={t('metrics.spikes.explanation', {
                hours: String(metrics.spikes.window_hours),
                days: String(metrics.spikes.baseline_days),
              })}
            >
              <SpikeList spikes={metrics.spikes} categoryLabel={categoryLabel} />
            </ChartCard>
            {metrics.quality_by_language !== undefined ? (
              <ChartCard
                chart="language-quality"
                title={t('quality.title')}
                metrics={metrics}
                wide
                note={t('quality.explanation')}
                isEmpty={metrics.quality_by_language.every((row) => row.tickets === 0)}
              >
                <LanguageQualityChart quality={metrics.quality_by_language} />
              </ChartCard>
            ) : null}
          </div>
        </>
      )}
    </div>
  );
}

/**
 * How many first responses and resolutions of the range have business-time figures (tickets of teams with
 * a calendar), or null when none has: the business-hours charts are shown only then.
 */
function businessCounts(metrics: Metrics): { firstResponses: number; resolutions: number } | null {
  const rows = metrics.response_times.by_category.flatMap((row) =>
    row.business_time ? [row.business_time] : [],
  );
  if (rows.length === 0) {
    return null;
  }
  return {
    firstResponses: rows.reduce((sum, row) => sum + row.first_response.count, 0),
    resolutions: rows.reduce((sum, row) => sum + row.resolution.count, 0),
  };
}
