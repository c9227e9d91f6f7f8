import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import {
  assignmentStrategies,
  type AssignmentStrategy,
  type RoutingConfiguration,
  type RoutingTeam,
  type TeamLandingView,
} from '../../../shared/domain/routing-schemas';
import { TeamWorkdayFields } from './TeamWorkdayFields';
import { TeamCalendarFields } from './business-time/TeamCalendarFields';
import { isSavableCalendar } from './business-time/calendar-form';
import { useConsole } from '../../app/console-context';
import { ChoiceChips, SaveLine } from './SaveLine';
import { useSave } from './use-routing';

interface SectionProps {
  configuration: RoutingConfiguration;
  replace: (configuration: RoutingConfiguration) => void;
  canEdit: boolean;
}

/** One team's form: name, categories, members in order, strategy; saved whole. */
function TeamForm({
  team,
  configuration,
  replace,
  canEdit,
}: SectionProps & { team: RoutingTeam }): ReactElement {
  const { t } = useTranslation();
  const { api, categories, agents, lookups } = useConsole();
  const [name, setName] = useState(team.name);
  const [teamCategories, setTeamCategories] = useState(team.categories);
  const [members, setMembers] = useState(team.member_ids);
  const [strategy, setStrategy] = useState<AssignmentStrategy>(team.strategy);
  const [landingView, setLandingView] = useState<TeamLandingView>(team.landing_view ?? 'next');
  const [assignOnReply, setAssignOnReply] = useState(team.assign_on_reply ?? true);
  const [calendar, setCalendar] = useState(team.business_calendar ?? null);
  const [status, save] = useSave(replace);
  const online = new Set(configuration.online_agent_ids);
  return (
    <li className="routing__card" data-testid={`routing-team-${team.name}`}>
      <div className="routing__card-head">
        <input
          className="input routing__name"
          aria-label={t('routing.teams.name')}
          value={name}
          disabled={!canEdit}
          onChange={(event) => setName(event.target.value)}
        />
        <label className="routing__inline">
          <span>{t('routing.teams.strategy')}</span>
          <select
            className="select select--small"
            data-testid="routing-team-strategy"
            value={strategy}
            disabled={!canEdit}
            onChange={(event) => setStrategy(event.target.value as AssignmentStrategy)}
          >
            {assignmentStrategies.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`routing.strategies.${candidate}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="routing__label">{t('routing.teams.categories')}</div>
      <ChoiceChips
        options={categories.map((category) => ({
          value: category.key,
          label: lookups.categoryName(category.key),
        }))}
        chosen={teamCategories}
        label={(value) => `${t('routing.teams.categories')}: ${lookups.categoryName(value)}`}
        onChange={setTeamCategories}
        disabled={!canEdit}
      />
      <div className="routing__label">{t('routing.teams.members')}</div>
      <ChoiceChips
        options={agents.map((agent) => ({
          value: agent.id,
          label: online.has(agent.id) ? `${agent.name} · ${t('routing.online')}` : agent.name,
        }))}
        chosen={members}
        label={(value) => `${t('routing.teams.members')}: ${lookups.agentName(value) ?? value}`}
        onChange={setMembers}
        disabled={!canEdit}
      />
      <TeamWorkdayFields
        landingView={landingView}
        onLandingViewChange={setLandingView}
        assignOnReply={assignOnReply}
        onAssignOnReplyChange={setAssignOnReply}
        disabled={!canEdit}
      />
      <TeamCalendarFields calendar={calendar} onChange={setCalendar} disabled={!canEdit} />
      {canEdit ? (
        <SaveLine
          status={status}
          testId="routing-team-save"
          disabled={name.trim() === '' || (calendar !== null && !isSavableCalendar(calendar))}
          onSave={() =>
            void save(() =>
              api.saveRoutingTeam(team.id, {
                name,
                categories: teamCategories,
                member_ids: members,
                strategy,
                landing_view: landingView,
                assign_on_reply: assignOnReply,
                business_calendar: calendar,
              }),
            )
          }
        />
      ) : null}
    </li>
  );
}

/** The teams: which categories each owns, who is in it and how it assigns; leads add teams. */
export function TeamsSection(props: SectionProps): ReactElement {
  const { t } = useTranslation();
  const { api } = useConsole();
  const [newName, setNewName] = useState('');
  const [status, save] = useSave(props.replace);
  return (
    <section className="routing__section" aria-labelledby="routing-teams-heading">
      <h2 id="routing-teams-heading" className="routing__heading">
        {t('routing.teams.heading')}
      </h2>
      <p className="routing__hint">{t('routing.teams.hint')}</p>
      <ul className="routing__cards">
        {props.configuration.teams.map((team) => (
          // Keyed by id: the form keeps what the lead typed (and the save outcome) across the saved answer.
          <TeamForm key={team.id} team={team} {...props} />
        ))}
      </ul>
      {props.canEdit ? (
        <div className="routing__add">
          <input
            className="input"
            aria-label={t('routing.teams.newName')}
            placeholder={t('routing.teams.newName')}
            value={newName}
            onChange={(event) => setNewName(event.target.value)}
          />
          <button
            type="button"
            className="button button--small"
            disabled={newName.trim() === '' || status.kind === 'saving'}
            onClick={() =>
              void save(async () => {
                const saved = await api.saveRoutingTeam(null, {
                  name: newName.trim(),
                  categories: [],
                  member_ids: [],
                  strategy: 'manual',
                });
                setNewName('');
                return saved;
              })
            }
          >
            {t('routing.teams.add')}
          </button>
          {status.kind === 'failed' ? (
            <span role="alert" className="routing__feedback routing__feedback--failed">
              {t('routing.saveFailed', { message: status.message })}
            </span>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
