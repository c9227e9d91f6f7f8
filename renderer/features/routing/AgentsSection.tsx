import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentRoutingProfile, RoutingConfiguration } from '../../../shared/domain/routing-schemas';
import { useConsole } from '../../app/console-context';
import { ChoiceChips, SaveLine } from './SaveLine';
import { parseLanguages, useSave } from './use-routing';

interface SectionProps {
  configuration: RoutingConfiguration;
  replace: (configuration: RoutingConfiguration) => void;
  canEdit: boolean;
}

/** One agent's routing profile: skills, languages, capacity, paused. */
function AgentRow({
  profile,
  replace,
  canEdit,
  isOnline,
}: Omit<SectionProps, 'configuration'> & {
  profile: AgentRoutingProfile;
  isOnline: boolean;
}): ReactElement {
  const { t } = useTranslation();
  const { api, categories, lookups } = useConsole();
  const [skills, setSkills] = useState(profile.skills);
  const [languages, setLanguages] = useState(profile.languages.join(', '));
  const [capacity, setCapacity] = useState(String(profile.capacity));
  const [paused, setPaused] = useState(profile.paused);
  const [status, save] = useSave(replace);
  const name = lookups.agentName(profile.agent_id) ?? profile.agent_id;
  const capacityNumber = Number(capacity);
  const isValid =
    capacity.trim() !== '' &&
    Number.isInteger(capacityNumber) &&
    capacityNumber >= 0 &&
    capacityNumber <= 500;
  return (
    <li className="routing__card" data-testid={`routing-agent-${name}`}>
      <div className="routing__card-head">
        <strong>{name}</strong>
        {isOnline ? <span className="badge">{t('routing.online')}</span> : null}
        <label className="routing__inline">
          <span>{t('routing.agents.capacity')}</span>
          <input
            className="input routing__number"
            type="number"
            min={0}
            max={500}
            value={capacity}
            disabled={!canEdit}
            aria-invalid={!isValid}
            onChange={(event) => setCapacity(event.target.value)}
          />
        </label>
        <label className="routing__inline">
          <input
            type="checkbox"
            checked={paused}
            disabled={!canEdit}
            onChange={(event) => setPaused(event.target.checked)}
          />
          <span>{t('routing.agents.paused')}</span>
        </label>
        <label className="routing__inline">
          <span>{t('routing.agents.languages')}</span>
          <input
            className="input routing__languages"
            value={languages}
            placeholder={t('routing.agents.languagesHint')}
            disabled={!canEdit}
            onChange={(event) => setLanguages(event.target.value)}
          />
        </label>
      </div>
      <div className="routing__label">{t('routing.agents.skills')}</div>
      <ChoiceChips
        options={categories.map((category) => ({
          value: category.key,
          label: lookups.categoryName(category.key),
        }))}
        chosen={skills}
        label={(value) => `${t('routing.agents.skills')}: ${lookups.categoryName(value)}`}
        onChange={setSkills}
        disabled={!canEdit}
      />
      {canEdit ? (
        <SaveLine
          status={status}
          testId="routing-agent-save"
          disabled={!isValid}
          onSave={() =>
            void save(() =>
              api.saveAgentRouting(profile.agent_id, {
                skills,
                languages: parseLanguages(languages),
                capacity: capacityNumber,
                paused,
              }),
            )
          }
        />
      ) : null}
    </li>
  );
}

/** Every agent's routing profile. */
export function AgentsSection({ configuration, replace, canEdit }: SectionProps): ReactElement {
  const { t } = useTranslation();
  const online = new Set(configuration.online_agent_ids);
  return (
    <section className="routing__section" aria-labelledby="routing-agents-heading">
      <h2 id="routing-agents-heading" className="routing__heading">
        {t('routing.agents.heading')}
      </h2>
      <p className="routing__hint">{t('routing.agents.hint')}</p>
      <ul className="routing__cards">
        {configuration.profiles.map((profile) => (
          <AgentRow
            key={profile.agent_id}
            profile={profile}
            replace={replace}
            canEdit={canEdit}
            isOnline={online.has(profile.agent_id)}
          />
        ))}
      </ul>
    </section>
  );
}
