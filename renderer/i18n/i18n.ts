import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { supportedLanguages, type SupportedLanguage } from '../../shared/domain/vocabulary';
import { getDesktopApi } from '../desktop/desktop-bridge';
import { en } from './resources/en';
import { ko } from './resources/ko';
import { zh } from './resources/zh';

/** The UI strings of every supported language; en is the source the others mirror key for key. */
export const resources = {
  en: { translation: en },
  ko: { translation: ko },
  zh: { translation: zh },
} as const;

/** The first supported language among the browser's preferences (`ko-KR` → ko, `zh-TW` → zh), else English. */
export function detectLanguage(preferred: readonly string[]): SupportedLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = supportedLanguages.find((language) => language === base);
    if (match) {
      return match;
    }
  }
  return 'en';
}

/** The browser's language preferences, most preferred first. */
export function browserLanguages(): string[] {
  if (typeof navigator === 'undefined') {
    return [];
  }
  return navigator.languages.length > 0 ? [...navigator.languages] : [navigator.language];
}

/**
 * Initialises i18next for React with the en, ko and zh resources. Every string the console shows goes
 * through `t()`; `language` is the stored preference, else the browser's language.
 */
export function initI18n(language: SupportedLanguage | null): I18n {
  const initial = language ?? detectLanguage(browserLanguages());
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: initial,
      fallbackLng: 'en',
      supportedLngs: [...supportedLanguages],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  } else if (i18next.language !== initial) {
    void i18next.changeLanguage(initial);
  }
  document.documentElement.lang = initial;
  tellDesktopShell(initial);
  return i18next;
}

/** On the desktop, the tray menu and the native dialogs follow the console's language. */
function tellDesktopShell(language: SupportedLanguage): void {
  getDesktopApi()
    ?.setLanguage(language)
    .catch(() => undefined);
}

/** Switches the console's language and keeps `<html lang>` in step (fonts and screen readers use it). */
export async function changeLanguage(language: SupportedLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  tellDesktopShell(language);
}

/** The language the console currently shows. */
export function currentLanguage(): SupportedLanguage {
  return detectLanguage([i18next.language ?? 'en']);
}
