import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { supportedLanguages } from '../../../shared/domain/vocabulary';
import { useAgentPreferences } from '../../app/agent-preferences';

/**
 * The agent's name as customers read it, per reply language (`display_names` in the agent's preferences,
 * kept by the service): "Ask for missing info" signs Korean requests with the Korean name, and so on.
 */
export function DisplayNamesSection({ accountName }: { accountName: string }): ReactElement {
  const { t } = useTranslation();
  const [preferences, changePreferences] = useAgentPreferences();
  const names = preferences.display_names ?? {};
  return (
    <section className="settings__section" data-testid="settings-display-names">
      <h2 className="settings__heading">{t('agentDay.displayNames.heading')}</h2>
      <p className="settings__hint">{t('agentDay.displayNames.hint')}</p>
      {supportedLanguages.map((language) => (
        <div className="settings__row" key={language}>
          <label className="settings__label" htmlFor={`display-name-${language}`}>
            {t(`agentDay.displayNames.language.${language}`)}
          </label>
          <input
            id={`display-name-${language}`}
            className="input"
            data-testid={`display-name-${language}`}
            maxLength={100}
            placeholder={accountName}
            value={names[language] ?? ''}
            onChange={(event) =>
              changePreferences({ display_names: { ...names, [language]: event.target.value } })
            }
          />
        </div>
      ))}
    </section>
  );
}
