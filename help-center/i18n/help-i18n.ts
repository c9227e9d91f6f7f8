import i18next, { type i18n as I18n } from 'i18next';
import { supportedLanguages, type SupportedLanguage } from '../../shared/domain/vocabulary';
import { en } from './resources/en';
import { ko } from './resources/ko';
import { zh } from './resources/zh';

/** The help center's strings; en is the source the others mirror key for key (a test checks). */
export const helpResources = {
  en: { translation: en },
  ko: { translation: ko },
  zh: { translation: zh },
} as const;

const storageKey = 'help.language';

/** The first supported language among `preferred` (`ko-KR` → ko), else English. */
export function pickLanguage(preferred: readonly (string | null | undefined)[]): SupportedLanguage {
  for (const tag of preferred) {
    const base = tag?.toLowerCase().split('-')[0];
    const match = supportedLanguages.find((language) => language === base);
    if (match) {
      return match;
    }
  }
  return 'en';
}

/** The language to show: `?lang=`, then the customer's last choice, then the browser's languages. */
export function initialLanguage(): SupportedLanguage {
  const fromQuery = new URLSearchParams(window.location.search).get('lang');
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(storageKey);
  } catch {
    // Storage may be blocked (private mode); the browser's languages decide.
  }
  return pickLanguage([fromQuery, stored, ...navigator.languages, navigator.language]);
}

/** A separate i18next instance for the help center (the console's global one is never touched). */
export function createHelpI18n(language: SupportedLanguage): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: helpResources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...supportedLanguages],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = language;
  return instance;
}

/** Switches the language, remembers it and keeps `<html lang>` in step (fonts use it). */
export async function switchLanguage(instance: I18n, language: SupportedLanguage): Promise<void> {
  await instance.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered; the choice still applies to this page.
  }
}
