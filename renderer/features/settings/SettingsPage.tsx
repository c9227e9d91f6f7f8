import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast, supportedLanguages, type SupportedLanguage } from '../../../shared/domain/vocabulary';
import { useConsole } from '../../app/console-context';
import { getDesktopApi } from '../../desktop/desktop-bridge';
import { changeLanguage, currentLanguage } from '../../i18n/i18n';
import { applyTheme, themePreferences, type ThemePreference } from '../../theme/theme';
import { DesktopSettingsSection } from './DesktopSettingsSection';
import { DisplayNamesSection } from './DisplayNamesSection';
import { readPreferences, writePreferences } from './preferences';
import { TeamSettingsSections } from './TeamSettingsSections';
import { AccountSecuritySection } from '../accounts/AccountSecuritySection';
import { AgentAccountsSection } from '../accounts/AgentAccountsSection';
import { OfficialDomainsSection } from '../safety/OfficialDomainsSection';
import './settings.css';

/**
 * Settings: language and theme (remembered on this computer), the team's SLA targets and required checklist
 * items (leads and admins edit them, agents read them), the account and the service.
 */
export function SettingsPage(): ReactElement {
  const { t } = useTranslation();
  const { session, signOut } = useConsole();
  const [language, setLanguage] = useState<SupportedLanguage>(currentLanguage);
  const [theme, setTheme] = useState<ThemePreference>(() => readPreferences().theme);
  const [desktop] = useState(getDesktopApi);

  const chooseLanguage = (next: SupportedLanguage): void => {
    setLanguage(next);
    writePreferences({ language: next });
    void changeLanguage(next);
  };
  const chooseTheme = (next: ThemePreference): void => {
    setTheme(next);
    writePreferences({ theme: next });
    applyTheme(next);
  };

  return (
    <div className="settings">
      <section className="settings__section">
        <h2 className="settings__heading">{t('settings.appearance')}</h2>
        <div className="settings__row">
          <div className="settings__text">
            <label className="settings__label" htmlFor="settings-language">
              {t('settings.language')}
            </label>
            <p className="settings__hint">{t('settings.languageHint')}</p>
          </div>
          <select
            id="settings-language"
            className="select"
            data-testid="settings-language"
            value={language}
            onChange={(event) => chooseLanguage(event.target.value as SupportedLanguage)}
          >
            {supportedLanguages.map((code) => (
              <option key={code} value={code}>
                {t(`languages.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="settings__row">
          <div className="settings__text">
            <span className="settings__label" id="settings-theme-label">
              {t('settings.theme')}
            </span>
            <p className="settings__hint">{t('settings.themeHint')}</p>
          </div>
          <div className="segmented" role="radiogroup" aria-labelledby="settings-theme-label">
            {themePreferences.map((choice) => (
              <button
                key={choice}
                type="button"
                role="radio"
                aria-checked={theme === choice}
                className={`segmented__option${theme === choice ? ' segmented__option--active' : ''}`}
                data-testid={`settings-theme-${choice}`}
                onClick={() => chooseTheme(choice)}
              >
                {t(`settings.themes.${choice}`)}
              </button>
            ))}
          </div>
        </div>
      </section>
      <DisplayNamesSection accountName={session.agent.name} />
      <TeamSettingsSections editable={roleAtLeast(session.agent.role, 'lead')} />
      <OfficialDomainsSection />
      {desktop ? <DesktopSettingsSection desktop={desktop} /> : null}
      <section className="settings__section">
        <h2 className="settings__heading">{t('settings.account')}</h2>
        <dl className="settings__facts">
          <dt>{t('settings.name')}</dt>
          <dd>{session.agent.name}</dd>
          <dt>{t('settings.email')}</dt>
          <dd>{session.agent.email}</dd>
          <dt>{t('settings.role')}</dt>
          <dd>{t(`role.${session.agent.role}`)}</dd>
        </dl>
      </section>
      <AccountSecuritySection />
      {roleAtLeast(session.agent.role, 'lead') ? <AgentAccountsSection /> : null}
      <section className="settings__section">
        <h2 className="settings__heading">{t('settings.service')}</h2>
        <dl className="settings__facts">
          <dt>{t('settings.serviceUrl')}</dt>
          <dd className="settings__mono">{session.serviceUrl}</dd>
          <dt>{t('settings.mode')}</dt>
          <dd>{t(`settings.modes.${session.mode}`)}</dd>
        </dl>
        <button type="button" className="button" onClick={() => signOut()}>
          {t('settings.signOut')}
        </button>
      </section>
    </div>
  );
}
