import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage, initI18n } from '../../../renderer/i18n/i18n';

describe('the desktop shell follows the console language', () => {
  afterEach(() => {
    delete (window as Window & { desktop?: unknown }).desktop;
  });

  it('tells the shell the language at start and at every change, so its tray and dialogs match', async () => {
    const setLanguage = vi.fn(() => Promise.resolve());
    (window as Window & { desktop?: unknown }).desktop = { getConnection: vi.fn(), setLanguage };
    initI18n('ko');
    await changeLanguage('zh');
    expect(setLanguage.mock.calls).toEqual([['ko'], ['zh']]);
    expect(document.documentElement.lang).toBe('zh');
  });

  it('does nothing of the kind in browser mode, where there is no shell', async () => {
    initI18n('en');
    await expect(changeLanguage('ko')).resolves.toBeUndefined();
    expect(document.documentElement.lang).toBe('ko');
  });
});
