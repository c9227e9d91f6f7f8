import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Metrics } from '../../../shared/domain/metrics-schemas';
import { toHours } from './metrics-range';

/** Every agent's open tickets against capacity (a meter), tickets solved in the range, handling time, presence. */
export function AgentLoad({ agents }: { agents: Metrics['agents'] }): ReactElement {
  const { t } = useTranslation();
  return (
    <table className="metrics-table">
      <thead>
        <tr>
          <th scope="col">{t('metrics.agents.agent')}</th>
          <th scope="col">{t('metrics.agents.load')}</th>
          <th scope="col" className="metrics-table__number">
            {t('metrics.agents.handled')}
          </th>
          <th scope="col" className="metrics-table__number">
            {t('metrics.agents.handling')}
          </th>
          <th scope="col">{t('metrics.agents.presence')}</th>
        </tr>
      </thead>
      <tbody>
        {agents.map((agent) => {
          const share = agent.capacity === 0 ? 1 : agent.open_tickets / agent.capacity;
          const hours = toHours(agent.median_handling_ms);
          return (
            <tr key={agent.agent_id}>
              <td>{agent.name}</td>
              <td className="metrics-table__load">
                <div className="metrics-meter" title={`${agent.open_tickets} / ${agent.capacity}`}>
                  <div
                    className={`metrics-meter__fill${share >= 1 ? ' metrics-meter__fill--over' : share >= 0.8 ? ' metrics-meter__fill--high' : ''}`}
                    style={{ width: `${Math.min(100, share * 100)}%` }}
                  />
                </div>
                <span className="metrics-meter__label">
                  {agent.open_tickets} / {agent.capacity}
                </span>
              </td>
              <td className="metrics-table__number">{agent.handled}</td>
              <td className="metrics-table__number">
                {hours === null ? '–' : t('metrics.hours', { value: String(hours) })}
              </td>
              <td>
                {agent.online === null ? (
                  <span className="metrics-muted">{t('metrics.agents.presenceUnknown')}</span>
                ) : (
                  <span
                    className="metrics-presence"
                    data-testid="metrics-presence"
                    data-online={agent.online}
                  >
                    <span
                      className={`metrics-presence__dot${agent.online ? ' metrics-presence__dot--online' : ''}`}
                      aria-hidden="true"
                    />
                    {agent.online ? t('metrics.agents.online') : t('metrics.agents.offline')}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Categories whose last window is far above their trailing average, flagged ones first. */
export function SpikeList(props: {
  spikes: Metrics['spikes'];
  categoryLabel: (key: string | null) => string;
}): ReactElement {
  const { t } = useTranslation();
  const rows = [...props.spikes.categories].sort(
    (left, right) => Number(right.flagged) - Number(left.flagged) || right.recent - left.recent,
  );
  return (
    <div className="metrics-spikes">
      {rows.some((row) => row.flagged) ? null : (
        <p className="metrics-spikes__none">{t('metrics.spikes.none')}</p>
      )}
      <ul className="metrics-spikes__list">
        {rows.map((row) => (
          <li
            key={row.category ?? ''}
            className={`metrics-spikes__item${row.flagged ? ' metrics-spikes__item--flagged' : ''}`}
          >
            <span className="metrics-spikes__category">{props.categoryLabel(row.category)}</span>
            <span className="metrics-spikes__counts">
              {t('metrics.spikes.row', {
                recent: String(row.recent),
                average: String(Math.round(row.baseline_average * 10) / 10),
              })}
            </span>
            {row.flagged ? (
              <span className="badge metrics-spikes__badge">{t('metrics.spikes.flagged')}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="metrics-card__note">{t('metrics.spikes.clusters')}</p>
    </div>
  );
}
