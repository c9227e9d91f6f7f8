import './tokens.css';
import './base.css';
import './controls.css';

/** The agent's appearance choice: follow the system (prefers-color-scheme), or pin light or dark. */
export type ThemePreference = 'system' | 'light' | 'dark';

/** Theme choices in the order Settings lists them. */
export const themePreferences: readonly ThemePreference[] = ['system', 'light', 'dark'];

/** Applies a theme choice to the document (`data-theme` on <html>; absent means follow the system). */
export function applyTheme(preference: ThemePreference, root: HTMLElement = document.documentElement): void {
  if (preference === 'system') {
    root.removeAttribute('data-theme');
  } else {
    root.setAttribute('data-theme', preference);
  }
}
