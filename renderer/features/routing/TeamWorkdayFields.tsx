import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { teamLandingViews, type TeamLandingView } from '../../../shared/domain/routing-schemas';

/** Props of TeamWorkdayFields. */
export interface TeamWorkdayFieldsProps {
  landingView: TeamLandingView;
  onLandingViewChange: (view: TeamLandingView) => void;
  assignOnReply: boolean;
  onAssignOnReplyChange: (value: boolean) => void;
  disabled: boolean;
}

/** A team's workday settings in its routing card: the view its agents land on, and assignment on reply. */
export function TeamWorkdayFields(props: TeamWorkdayFieldsProps): ReactElement {
  const { t } = useTranslation();
  const viewName = (view: TeamLandingView): string =>
    view === 'next' || view === 'sla_breached' || view === 'sla_at_risk'
      ? t(`agentDay.views.${view}`)
      : t(`queue.views.${view}`);
  return (
    <div className="routing__inline routing__workday">
      <label className="routing__inline">
        <span>{t('agentDay.teams.landingView')}</span>
        <select
          className="select select--small"
          data-testid="routing-team-landing-view"
          value={props.landingView}
          disabled={props.disabled}
          onChange={(event) => props.onLandingViewChange(event.target.value as TeamLandingView)}
        >
          {teamLandingViews.map((view) => (
            <option key={view} value={view}>
              {viewName(view)}
            </option>
          ))}
        </select>
      </label>
      <label className="routing__inline">
        <input
          type="checkbox"
          data-testid="routing-team-assign-on-reply"
          checked={props.assignOnReply}
          disabled={props.disabled}
          onChange={(event) => props.onAssignOnReplyChange(event.target.checked)}
        />
        <span>{t('agentDay.teams.assignOnReply')}</span>
      </label>
    </div>
  );
}
