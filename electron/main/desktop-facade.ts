import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import type { EventSender } from './event-outbox';
import type { Rectangle, WindowState } from './window-state';
import type { ShellTexts } from '../../shared/desktop/shell-texts';

/**
 * The slice of Electron (and of the machine) the desktop controller works through. `index.ts` implements
 * it over the real `app`, `BrowserWindow`, `dialog` and file system; tests implement it in memory, so the
 * controller's logic runs without the Electron binary.
 */
export interface DesktopFacade {
  /** The operating system the app runs on. */
  readonly platform: DesktopPlatform;
  /** The app's version (package.json `version`). */
  readonly appVersion: string;
  /** Whether this is an installed build (no developer tools there). */
  readonly isPackaged: boolean;
  /** Absolute path of the built preload script. */
  readonly preloadPath: string;
  /** The Vite dev server serving the console in development; null in preview and installed builds. */
  readonly rendererDevServerUrl: string | null;
  /** Environment variables (for the team service override). */
  readonly environment: Readonly<Record<string, string | undefined>>;

  /** Takes the single-instance lock; false when another instance already holds it. */
  requestSingleInstanceLock(): boolean;
  /** Resolves once Electron is ready (and the `app:` protocol and session guards are installed). */
  whenReady(): Promise<void>;
  /** The app's per-user data folder (`app.getPath('userData')`). */
  getUserDataPath(): string;
  /** The operating-system account name of the agent at the keyboard. */
  getUserName(): string;
  /** A text file's content, or null when it does not exist. */
  readTextFile(file: string): Promise<string | null>;
  /** Whether a file or folder exists. */
  pathExists(file: string): Promise<boolean>;

  /** Another launch of the app handed over its command line (Windows/Linux deep links arrive this way). */
  onSecondInstance(listener: (argv: readonly string[]) => void): void;
  /** macOS opened a URL with the app (deep links arrive this way there). */
  onOpenUrl(listener: (url: string) => void): void;
  /** macOS: the dock icon was clicked. */
  onActivate(listener: () => void): void;
  /** The last window closed. */
  onWindowAllClosed(listener: () => void): void;
  /** Quitting started; `preventDefault()` postpones it (the controller quits again once cleaned up). */
  onBeforeQuit(listener: (event: QuitEvent) => void): void;

  /** Sets the Content-Security-Policy the console's pages are served with, naming the service it allows. */
  setContentSecurityPolicy(policy: string, serviceUrl: string): void;
  /** Opens a window (hidden until its first paint) with these options. */
  createWindow(options: BrowserWindowConstructorOptions): DesktopWindow;
  /** A blocking native error dialog. */
  showErrorBox(title: string, message: string): void;
  /** Asks the app to quit (emits before-quit). */
  quit(): void;

  /** Writes a text file (creating its folder), replacing it whole: a crash never leaves half a file. */
  writeTextFile(file: string, text: string): Promise<void>;
  /** Deletes a file; nothing happens when there is none. */
  removeFile(file: string): Promise<void>;
  /** The work areas of the connected displays (to keep a remembered window reachable). */
  getDisplayWorkAreas(): Rectangle[];
  /** Installs the application menu (`Menu.setApplicationMenu`). */
  setApplicationMenu(template: MenuItemConstructorOptions[]): void;
  /** Shows the tray icon, or updates its menu and tooltip. */
  setTray(tray: { tooltip: string; menu: MenuItemConstructorOptions[] }): void;
  /** The count of tickets needing a reply: dock badge on macOS, taskbar overlay on Windows; 0 clears it. */
  setBadgeCount(count: number): void;
  /** Shows a native notification; false where the OS cannot. `onClick` runs when the agent clicks it. */
  showNotification(notification: { title: string; body: string }, onClick: () => void): boolean;
  /** Dictionaries the spell checker can use (`session.availableSpellCheckerLanguages`). */
  getAvailableSpellCheckerLanguages(): string[];
  /** Sets the spell checker's languages (`session.setSpellCheckerLanguages`; ignored by macOS). */
  setSpellCheckerLanguages(languages: string[]): void;
  /** Restarts the app (`app.relaunch()` then quitting, so the embedded service still stops cleanly). */
  relaunch(): void;
  /** Encrypts with the OS keychain (`safeStorage`), as base64; null when no keychain is available. */
  encryptSecret(text: string): string | null;
  /** Decrypts what `encryptSecret` returned; null when it cannot (another user, a reset keychain). */
  decryptSecret(encrypted: string): string | null;
  /** Starts electron-updater on a feed (null: the feed built into the app) and checks for an update. */
  startUpdater(feedUrl: string | null, onDownloaded: (version: string) => void): DesktopUpdater;
  /** Asks whether to restart now to install `version` (a native dialog in `texts`' language); true for "Restart". */
  askToRestartForUpdate(version: string, texts: ShellTexts): Promise<boolean>;
}

/** electron-updater, as the app uses it. */
export interface DesktopUpdater {
  /** Restarts into the downloaded update. */
  quitAndInstall(): void;
}

/** Platforms the console knows (Electron's `process.platform`, anything else counted as Linux). */
export type DesktopPlatform = 'darwin' | 'win32' | 'linux';

/** The before-quit event. */
export interface QuitEvent {
  preventDefault(): void;
}

/** The console's window, as the controller sees it. */
export interface DesktopWindow {
  /** Id of the window's web contents (to match IPC senders). */
  readonly webContentsId: number;
  /** Loads the console: `app://console/index.html`, or the dev server in development. */
  loadRenderer(): Promise<void>;
  /** Restores, shows and focuses the window. */
  bringToFront(): void;
  /** Sends an event to the page (checked against its schema). */
  send: EventSender;
  /** A new document starts loading in the window (a reload): its listeners are gone. */
  onPageLoading(listener: () => void): void;
  /** The window was closed. */
  onClosed(listener: () => void): void;
  /** The window is about to close: its last size and position (to remember). */
  onClosing(listener: (state: WindowState) => void): void;
  /** Maximises the window (a remembered maximised window opens maximised). */
  maximize(): void;
}
