import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../renderer/theme/tokens.css';
import './help.css';
import { HelpApp } from './app/HelpApp';
import { adoptAssertionFromUrl } from './app/help-api';
import { initialLanguage } from './i18n/help-i18n';
import { HelpTextProvider } from './i18n/help-text';

/** Entry point of the customer help center (`/help`). */
adoptAssertionFromUrl();
const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <HelpTextProvider initial={initialLanguage()}>
        <HelpApp />
      </HelpTextProvider>
    </StrictMode>,
  );
}
