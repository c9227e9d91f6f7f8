import type { BrowserWindowConstructorOptions } from 'electron';
import type { IpcEventChannel, IpcEventPayload } from '../../../shared/ipc';
import type {
  DesktopFacade,
  DesktopPlatform,
  DesktopWindow,
  QuitEvent,
} from '../../../electron/main/desktop-facade';
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
  private readonly pageLoadingListeners: (() => void)[] = [];
  private readonly closedListeners: (() => void)[] = [];

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

  /** The user closed the window. */
  close(): void {
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
}

/**
 * An in-memory `DesktopFacade`: files live in a map, windows are `FakeWindow`s, Electron's events are
 * raised by the test (`emitSecondInstance`, `requestQuit`, ...), and every effect is recorded in `journal`.
 */
export class FakeFacade implements DesktopFacade {
  readonly platform: DesktopPlatform;
  readonly appVersion = '1.2.3';
  readonly isPackaged = true;
  readonly preloadPath = '/app/out/preload/index.cjs';
  readonly rendererDevServerUrl: string | null;
  readonly environment: Record<string, string | undefined>;
  readonly files: Map<string, string>;
  readonly windows: FakeWindow[] = [];
  readonly journal: string[] = [];
  readonly errorBoxes: { title: string; message: string }[] = [];
  contentSecurityPolicy: string | null = null;
  hasQuit = false;
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
