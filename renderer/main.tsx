import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readPreferences } from './features/settings/preferences';
import { initI18n } from './i18n/i18n';
import { applyTheme } from './theme/theme';

/** Entry point of the console, in the browser and in the desktop shell alike. */
const preferences = readPreferences();
initI18n(preferences.language);
applyTheme(preferences.theme);

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
