import { Fragment, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast } from '../../../shared/domain/vocabulary';
import { useConsole } from '../../app/console-context';
import { AgentsSection } from './AgentsSection';
import { AuditSection } from './AuditSection';
import { PreviewBox } from './PreviewBox';
import { RulesSection } from './RulesSection';
import { TeamScopeSection } from './TeamScopeSection';
import { TeamsSection } from './TeamsSection';
import { useRouting } from './use-routing';
import './routing.css';

/**
 * Routing for leads (docs/routing.md): a live preview of where a ticket would go, the teams with their
 * strategy and members, each agent's skills, languages, capacity and pause, the priority rules, and the
 * audit log of changes, and (for leads) the team scope: whether agents see only their teams' tickets.
 * Every save answers the whole configuration, which replaces what the page shows.
 * Another lead's save only raises a notice: applying it re-creates the forms, dropping unsaved edits.
 */
export function RoutingPage(): ReactElement {
  const { t } = useTranslation();
  const { session } = useConsole();
  const { configuration, error, replace, changedElsewhere, applyLatest, revision } = useRouting();
  const canEdit = roleAtLeast(session.agent.role, 'lead');
  return (
    <div className="routing" data-testid="routing-page">
      <h1 className="routing__title">{t('routing.title')}</h1>
      {changedElsewhere ? (
        <div
          role="status"
          className="routing__card routing__card-head routing__notice"
          data-testid="routing-changed-elsewhere"
        >
          <span>{t('routing.changedElsewhere')}</span>
          <button type="button" className="button button--small" onClick={applyLatest}>
            {t('routing.showLatest')}
          </button>
        </div>
      ) : null}
      {!canEdit ? <p className="routing__hint">{t('routing.readOnly')}</p> : null}
      {error !== null ? (
        <p role="alert">{t('routing.loadFailed', { message: error })}</p>
      ) : configuration === null ? (
        <p className="routing__hint">{t('routing.loading')}</p>
      ) : (
        // Keyed on the revision: the forms keep their drafts across saves, so showing another lead's
        // configuration has to start them afresh.
        <Fragment key={revision}>
          <PreviewBox configuration={configuration} />
          <TeamsSection configuration={configuration} replace={replace} canEdit={canEdit} />
          {canEdit ? <TeamScopeSection /> : null}
          <RulesSection configuration={configuration} replace={replace} canEdit={canEdit} />
          <AgentsSection configuration={configuration} replace={replace} canEdit={canEdit} />
          {canEdit ? <AuditSection configuration={configuration} /> : null}
        </Fragment>
      )}
    </div>
  );
}
