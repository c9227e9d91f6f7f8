import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** What the main window's options depend on. */
export interface MainWindowOptionsInput {
  /** Absolute path of the built preload script (CommonJS: sandboxed preloads cannot be ES modules). */
  preloadPath: string;
  /** Whether the developer tools may be opened (development builds only). */
  allowDevTools: boolean;
}

/**
 * The hardened renderer settings (Electron security checklist): the console runs sandboxed, isolated from
 * the preload, without Node, without `<webview>`, and with the same-origin policy on. Pure data, so a test
 * pins every flag.
 */
export function createWebPreferences(input: MainWindowOptionsInput): WebPreferences {
  return {
    preload: input.preloadPath,
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
    // Middle-click (auxclick) could open links in new windows behind the navigation guards' back.
    disableBlinkFeatures: 'Auxclick',
    devTools: input.allowDevTools,
  };
}

/** Options of the console's main window: hidden until its first paint, then shown (no white flash). */
export function createMainWindowOptions(input: MainWindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Support Console',
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#0f1b3d',
    autoHideMenuBar: false,
    webPreferences: createWebPreferences(input),
  };
}
