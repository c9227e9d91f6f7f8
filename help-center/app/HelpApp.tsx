import { useEffect, type ReactElement } from 'react';
import { supportedLanguages, type SupportedLanguage } from '../../shared/domain/vocabulary';
import { HomePage } from '../features/home/HomePage';
import { StatusPage } from '../features/status/StatusPage';
import { TicketFormPage } from '../features/ticket-form/TicketFormPage';
import { useHelpText } from '../i18n/help-text';
import { navigate, pathOf, useRoute } from './routes';

const languageNames: Record<SupportedLanguage, string> = { ko: '한국어', en: 'English', zh: '中文' };

/** The help center: a header with the language switch, and the page the address names. */
export function HelpApp(): ReactElement {
  const { t, language, setLanguage } = useHelpText();
  const route = useRoute();
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  return (
    <div className="help">
      <header className="help-header">
        <a
          className="help-header__home"
          href={pathOf({ page: 'home' })}
          onClick={(event) => {
            event.preventDefault();
            navigate({ page: 'home' });
          }}
        >
          {t('app.home')}
        </a>
        <label className="help-header__language">
          <span className="visually-hidden">{t('app.language')}</span>
          <select
            data-testid="help-language"
            value={language}
            onChange={(event) => setLanguage(event.target.value as SupportedLanguage)}
          >
            {supportedLanguages.map((code) => (
              <option key={code} value={code}>
                {languageNames[code]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main className="help-main">
        {route.page === 'home' && <HomePage />}
        {route.page === 'new' && <TicketFormPage />}
        {route.page === 'ticket' && <StatusPage token={route.token} />}
      </main>
    </div>
  );
}
