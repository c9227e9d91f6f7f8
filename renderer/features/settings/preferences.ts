import { supportedLanguages, type SupportedLanguage } from '../../../shared/domain/vocabulary';
import { themePreferences, type ThemePreference } from '../../theme/theme';

/**
 * The agent's display preferences (language, theme). They are not secrets, so they persist in
 * localStorage; the session token never does (see app/session.ts).
 */
export interface Preferences {
  language: SupportedLanguage | null;
  theme: ThemePreference;
}

const storageKey = 'support-console.preferences';

/** Reads stored preferences; anything missing or unreadable falls back to the defaults. */
export function readPreferences(storage: Storage | null = safeLocalStorage()): Preferences {
  const fallback: Preferences = { language: null, theme: 'system' };
  const text = storage?.getItem(storageKey);
  if (!text) {
    return fallback;
  }
  try {
    const value = JSON.parse(text) as Partial<Record<keyof Preferences, unknown>>;
    return {
      language: supportedLanguages.find((language) => language === value.language) ?? null,
      theme: themePreferences.find((theme) => theme === value.theme) ?? 'system',
    };
  } catch {
    return fallback;
  }
}

/** Stores a change to the preferences. */
export function writePreferences(
  change: Partial<Preferences>,
  storage: Storage | null = safeLocalStorage(),
): Preferences {
  const next = { ...readPreferences(storage), ...change };
  storage?.setItem(storageKey, JSON.stringify(next));
  return next;
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
