import { describe, expect, it } from 'vitest';
import { createMainWindowOptions, createWebPreferences } from '../../../electron/main/window-options';

describe('window options', () => {
  it('harden the renderer', () => {
    const preferences = createWebPreferences({
      preloadPath: '/app/out/preload/index.cjs',
      allowDevTools: false,
    });
    expect(preferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('allow the developer tools only when asked (development builds)', () => {
    expect(createWebPreferences({ preloadPath: '/p', allowDevTools: true }).devTools).toBe(true);
  });

  it('keep the window hidden until its first paint and use the hardened preferences', () => {
    const options = createMainWindowOptions({ preloadPath: '/p', allowDevTools: false });
    expect(options.show).toBe(false);
    expect(options.title).toBe('Support Console');
    expect(options.webPreferences).toEqual(createWebPreferences({ preloadPath: '/p', allowDevTools: false }));
  });
});
