import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import type { ShellTexts } from '../../../shared/desktop/shell-texts';
import type { IpcEventChannel, IpcEventPayload } from '../../../shared/ipc';
import type {
  DesktopFacade,
  DesktopPlatform,
  DesktopUpdater,
  DesktopWindow,
  QuitEvent,
} from '../../../electron/main/desktop-facade';
import type { Rectangle, WindowState } from '../../../electron/main/window-state';
import type { IpcEventLike, IpcMainLike } from '../../../electron/main/ipc-handlers';
import { createLogger, type Logger } from '../../../electron/main/logger';

/** The console's page URL in packaged builds. */
export const consolePageUrl = 'app://console/index.html';

/** An in-memory `ipcMain`: tests play the renderer by calling `invoke` / `send` with a sender frame. */
export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>();
  readonly listeners = new Map<string, ((event: IpcEventLike, ...args: unknown[]) => void)[]>();

  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, listener);
  }

  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }

  /** Calls a handler as the renderer's `ipcRenderer.invoke` would (Electron awaits the handler). */
  async invoke(channel: string, sender: SenderOptions, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) {
      throw new Error(`No handler registered for '${channel}'`);
    }
    return await handler(eventFrom(sender), ...args);
  }

  /** Delivers a fire-and-forget message as `ipcRenderer.send` would. */
  send(channel: string, sender: SenderOptions, ...args: unknown[]): void {
    for (const listener of this.listeners.get(channel) ?? []) {
      listener(eventFrom(sender), ...args);
    }
  }
}

/** Who sends an IPC message: the page URL, whether it is an iframe, the web contents id. */
export interface SenderOptions {
  url?: string | null;
  isSubFrame?: boolean;
  webContentsId?: number;
}

function eventFrom(sender: SenderOptions): IpcEventLike {
  const url = sender.url === undefined ? consolePageUrl : sender.url;
  return {
    senderFrame: url === null ? null : { url, parent: sender.isSubFrame ? { url: consolePageUrl } : null },
    sender: { id: sender.webContentsId ?? 1 },
  };
}

/** An event the fake window received. */
export interface SentEvent {
  channel: IpcEventChannel;
  payload: IpcEventPayload<IpcEventChannel>;
}

/** A window that records what happens to it. */
export class FakeWindow implements DesktopWindow {
  readonly sent: SentEvent[] = [];
  loadCount = 0;
  bringToFrontCount = 0;
  isClosed = false;
  isMaximized = false;
  /** What `onClosing` listeners get when the window closes. */
  closingState: WindowState = { x: 40, y: 30, width: 1200, height: 800, isMaximized: false };
  private readonly pageLoadingListeners: (() => void)[] = [];
  private readonly closedListeners: (() => void)[] = [];
  private readonly closingListeners: ((state: WindowState) => void)[] = [];

  constructor(
    readonly webContentsId: number,
    readonly options: BrowserWindowConstructorOptions,
    private readonly isLoadFailing = false,
  ) {}

  loadRenderer(): Promise<void> {
    this.loadCount += 1;
    this.pageLoadingListeners.forEach((listener) => listener());
    return this.isLoadFailing ? Promise.reject(new Error('ERR_FILE_NOT_FOUND (-6)')) : Promise.resolve();
  }

  bringToFront(): void {
    this.bringToFrontCount += 1;
  }

  send = <C extends IpcEventChannel>(channel: C, payload: IpcEventPayload<C>): void => {
    this.sent.push({ channel, payload });
  };

  onPageLoading(listener: () => void): void {
    this.pageLoadingListeners.push(listener);
  }

  onClosed(listener: () => void): void {
    this.closedListeners.push(listener);
  }

  onClosing(listener: (state: WindowState) => void): void {
    this.closingListeners.push(listener);
  }

  maximize(): void {
    this.isMaximized = true;
  }

  /** The user closed the window. */
  close(): void {
    this.closingListeners.forEach((listener) => listener(this.closingState));
    this.isClosed = true;
    this.closedListeners.forEach((listener) => listener());
  }
}

/** Options of the fake facade. */
export interface FakeFacadeOptions {
  platform?: DesktopPlatform;
  hasLock?: boolean;
  files?: Record<string, string>;
  environment?: Record<string, string | undefined>;
  rendererDevServerUrl?: string | null;
  /** A real folder, for tests that run the real service; a made-up path otherwise. */
  userDataPath?: string;
  /** Windows fail to load the console (a missing build, say). */
  isLoadFailing?: boolean;
  isPackaged?: boolean;
  /** No OS keychain (Linux without a secret service): `encryptSecret` returns null. */
  hasKeychain?: boolean;
  /** The OS cannot show notifications. */
  hasNotifications?: boolean;
  displays?: Rectangle[];
}

/** A notification the fake OS shows; `click()` plays the agent clicking it. */
export interface ShownNotification {
  title: string;
  body: string;
  click: () => void;
}

/**
 * An in-memory `DesktopFacade`: files live in a map, windows are `FakeWindow`s, Electron's events are
 * raised by the test (`emitSecondInstance`, `requestQuit`, ...), and every effect is recorded in `journal`.
 */
export class FakeFacade implements DesktopFacade {
  readonly platform: DesktopPlatform;
  readonly appVersion = '1.2.3';
  readonly isPackaged: boolean;
  readonly preloadPath = '/app/out/preload/index.cjs';
  readonly rendererDevServerUrl: string | null;
  readonly environment: Record<string, string | undefined>;
  readonly files: Map<string, string>;
  readonly windows: FakeWindow[] = [];
  readonly journal: string[] = [];
  readonly errorBoxes: { title: string; message: string }[] = [];
  contentSecurityPolicy: string | null = null;
  hasQuit = false;
  applicationMenu: MenuItemConstructorOptions[] | null = null;
  tray: { tooltip: string; menu: MenuItemConstructorOptions[] } | null = null;
  badgeCount = 0;
  readonly notifications: ShownNotification[] = [];
  spellCheckerLanguages: string[] = [];
  availableSpellCheckerLanguages = ['en-US', 'en-GB', 'ko', 'zh-CN', 'zh-TW', 'de'];
  relaunchCount = 0;
  /** The feed the updater started on (undefined: never started). */
  updaterFeed: string | null | undefined = undefined;
  installCount = 0;
  /** What the agent answers to the update prompt, and the versions asked about. */
  restartAnswer = true;
  readonly updatePrompts: string[] = [];
  /** The update dialogs' messages, as the agent read them (in the console's language). */
  readonly updatePromptMessages: string[] = [];
  private downloaded: ((version: string) => void) | null = null;
  private readonly hasKeychain: boolean;
  private readonly hasNotifications: boolean;
  private readonly displays: Rectangle[];
  private readonly hasLock: boolean;
  private readonly userDataPath: string;
  private readonly isLoadFailing: boolean;
  private readonly listeners = {
    secondInstance: [] as ((argv: readonly string[]) => void)[],
    openUrl: [] as ((url: string) => void)[],
    activate: [] as (() => void)[],
    windowAllClosed: [] as (() => void)[],
    beforeQuit: [] as ((event: QuitEvent) => void)[],
  };

  constructor(options: FakeFacadeOptions = {}) {
    this.platform = options.platform ?? 'win32';
    this.hasLock = options.hasLock ?? true;
    this.files = new Map(Object.entries(options.files ?? {}));
    this.environment = options.environment ?? {};
    this.rendererDevServerUrl = options.rendererDevServerUrl ?? null;
    this.userDataPath = options.userDataPath ?? '/users/kim/app-data';
    this.isLoadFailing = options.isLoadFailing ?? false;
    this.isPackaged = options.isPackaged ?? true;
    this.hasKeychain = options.hasKeychain ?? true;
    this.hasNotifications = options.hasNotifications ?? true;
    this.displays = options.displays ?? [{ x: 0, y: 0, width: 1920, height: 1040 }];
  }

  get window(): FakeWindow | undefined {
    return this.windows.at(-1);
  }

  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  whenReady(): Promise<void> {
    this.journal.push('ready');
    return Promise.resolve();
  }
  getUserDataPath(): string {
    return this.userDataPath;
  }
  getUserName(): string {
    return 'kim';
  }
  readTextFile(file: string): Promise<string | null> {
    return Promise.resolve(this.files.get(file) ?? null);
  }
  pathExists(file: string): Promise<boolean> {
    return Promise.resolve(
      [...this.files.keys()].some((path) => path === file || path.startsWith(`${file}/`)),
    );
  }
  onSecondInstance(listener: (argv: readonly string[]) => void): void {
    this.listeners.secondInstance.push(listener);
  }
  onOpenUrl(listener: (url: string) => void): void {
    this.listeners.openUrl.push(listener);
  }
  onActivate(listener: () => void): void {
    this.listeners.activate.push(listener);
  }
  onWindowAllClosed(listener: () => void): void {
    this.listeners.windowAllClosed.push(listener);
  }
  onBeforeQuit(listener: (event: QuitEvent) => void): void {
    this.listeners.beforeQuit.push(listener);
  }
  setContentSecurityPolicy(policy: string): void {
    this.contentSecurityPolicy = policy;
  }
  createWindow(options: BrowserWindowConstructorOptions): FakeWindow {
    const window = new FakeWindow(100 + this.windows.length, options, this.isLoadFailing);
    this.windows.push(window);
    this.journal.push('window created');
    return window;
  }
  showErrorBox(title: string, message: string): void {
    this.errorBoxes.push({ title, message });
  }

  /** Like `app.quit()`: emits before-quit; the app exits unless a listener prevents it. */
  quit(): void {
    this.journal.push('quit requested');
    let isPrevented = false;
    for (const listener of this.listeners.beforeQuit) {
      listener({ preventDefault: () => (isPrevented = true) });
    }
    if (!isPrevented) {
      this.hasQuit = true;
      this.journal.push('exited');
    }
  }

  writeTextFile(file: string, text: string): Promise<void> {
    this.files.set(file, text);
    return Promise.resolve();
  }
  removeFile(file: string): Promise<void> {
    this.files.delete(file);
    return Promise.resolve();
  }
  getDisplayWorkAreas(): Rectangle[] {
    return this.displays;
  }
  setApplicationMenu(template: MenuItemConstructorOptions[]): void {
    this.applicationMenu = template;
  }
  setTray(tray: { tooltip: string; menu: MenuItemConstructorOptions[] }): void {
    this.tray = tray;
  }
  setBadgeCount(count: number): void {
    this.badgeCount = count;
  }
  showNotification(notification: { title: string; body: string }, onClick: () => void): boolean {
    if (!this.hasNotifications) {
      return false;
    }
    this.notifications.push({ ...notification, click: onClick });
    return true;
  }
  getAvailableSpellCheckerLanguages(): string[] {
    return this.availableSpellCheckerLanguages;
  }
  setSpellCheckerLanguages(languages: string[]): void {
    this.spellCheckerLanguages = languages;
  }
  relaunch(): void {
    this.relaunchCount += 1;
    this.quit();
  }
  /** Stands in for safeStorage: reversible, but never the plain text (tests check the file has no token). */
  encryptSecret(text: string): string | null {
    return this.hasKeychain
      ? Buffer.from(`sealed:${text}`).toString('base64').split('').reverse().join('')
      : null;
  }
  decryptSecret(encrypted: string): string | null {
    const text = Buffer.from(encrypted.split('').reverse().join(''), 'base64').toString();
    return text.startsWith('sealed:') ? text.slice('sealed:'.length) : null;
  }
  startUpdater(feedUrl: string | null, onDownloaded: (version: string) => void): DesktopUpdater {
    this.updaterFeed = feedUrl;
    this.downloaded = onDownloaded;
    return { quitAndInstall: () => (this.installCount += 1) };
  }
  askToRestartForUpdate(version: string, texts: ShellTexts): Promise<boolean> {
    this.updatePrompts.push(version);
    this.updatePromptMessages.push(texts.updateReady(version));
    return Promise.resolve(this.restartAnswer);
  }

  /** electron-updater finished downloading a version. */
  emitUpdateDownloaded(version: string): void {
    this.downloaded?.(version);
  }
  /** Plays the agent clicking a tray menu item by its label's beginning. */
  clickTrayItem(labelStart: string): void {
    const item = this.tray?.menu.find((entry) => entry.label?.startsWith(labelStart));
    if (!item?.click) {
      throw new Error(`No tray item "${labelStart}"`);
    }
    (item.click as () => void)();
  }

  emitSecondInstance(argv: readonly string[]): void {
    this.listeners.secondInstance.forEach((listener) => listener(argv));
  }
  emitOpenUrl(url: string): void {
    this.listeners.openUrl.forEach((listener) => listener(url));
  }
  emitActivate(): void {
    this.listeners.activate.forEach((listener) => listener());
  }
  emitWindowAllClosed(): void {
    this.listeners.windowAllClosed.forEach((listener) => listener());
  }
}

/** A logger that keeps its lines. */
export function createMemoryLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  return {
    log: createLogger(
      (line) => lines.push(line),
      () => new Date('2025-01-02T03:04:05.000Z'),
    ),
    lines,
  };
}

/** Waits until queued promise callbacks (and timers of 0 ms) have run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
