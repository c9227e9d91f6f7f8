import { describe, expect, it } from 'vitest';
import {
  createDesktopController,
  redactSecrets,
  type EmbeddedService,
  type EmbeddedServiceOptions,
  type EmbeddedServiceStarter,
} from '../../../electron/main/desktop-controller';
import { createIpcRouter } from '../../../electron/main/ipc-handlers';
import { isAppPageUrl } from '../../../electron/main/renderer-protocol';
import { FakeFacade, FakeIpcMain, createMemoryLogger, settle, type FakeFacadeOptions } from './fake-desktop';

/** A stand-in for `server/service.ts`'s `startService` that records what happens to it. */
class FakeService implements EmbeddedService {
  readonly url = 'http://127.0.0.1:53121';
  readonly startedWith: EmbeddedServiceOptions[] = [];
  readonly agents: string[] = [];
  closeCount = 0;
  private finishClose: () => void = () => undefined;

  constructor(
    private readonly journal: string[],
    private readonly closeBehaviour: 'immediate' | 'manual' | 'never' | 'fails' = 'immediate',
  ) {}

  readonly start: EmbeddedServiceStarter = (options) => {
    this.startedWith.push(options);
    this.journal.push('service started');
    return Promise.resolve(this);
  };

  ensureLocalAgent(name: string): Promise<{ token: string }> {
    this.agents.push(name);
    return Promise.resolve({ token: `token-for-${name}` });
  }

  close(): Promise<void> {
    this.closeCount += 1;
    this.journal.push('service close requested');
    if (this.closeBehaviour === 'fails') {
      return Promise.reject(new Error('disk full'));
    }
    if (this.closeBehaviour === 'never') {
      return new Promise(() => undefined);
    }
    if (this.closeBehaviour === 'manual') {
      return new Promise((resolve) => {
        this.finishClose = () => {
          this.journal.push('service closed');
          resolve();
        };
      });
    }
    this.journal.push('service closed');
    return Promise.resolve();
  }

  /** Lets a `manual` close finish. */
  completeClose(): void {
    this.finishClose();
  }
}

function setUp(
  options: FakeFacadeOptions & {
    argv?: string[];
    closeBehaviour?: 'immediate' | 'manual' | 'never' | 'fails';
    startService?: EmbeddedServiceStarter;
    serviceStopTimeoutMs?: number;
  } = {},
) {
  const facade = new FakeFacade(options);
  const ipcMain = new FakeIpcMain();
  const { log, lines } = createMemoryLogger();
  const service = new FakeService(facade.journal, options.closeBehaviour);
  const ipc = createIpcRouter({
    ipcMain,
    isTrustedPageUrl: (url) => isAppPageUrl(url, ['app://console']),
    log,
  });
  const controller = createDesktopController({
    facade,
    ipc,
    startService: options.startService ?? service.start,
    log,
    argv: options.argv ?? ['C:\\Program Files\\Support Console\\Support Console.exe'],
    serviceStopTimeoutMs: options.serviceStopTimeoutMs ?? 1_000,
  });
  return { facade, ipcMain, service, controller, lines };
}

describe('desktop controller: embedded mode', () => {
  it('starts the embedded service on a random loopback port and hands its URL and a local token to the console', async () => {
    const { facade, ipcMain, service, controller } = setUp();

    expect(await controller.start()).toBe('running');

    expect(service.startedWith).toHaveLength(1);
    expect(service.startedWith[0]).toMatchObject({
      port: 0,
      host: '127.0.0.1',
      dataDir: '/users/kim/app-data/service',
      demo: true,
      consoleDir: null,
    });
    expect(service.agents).toEqual(['kim']);
    expect(await ipcMain.invoke('connection:get', {})).toEqual({
      serviceUrl: 'http://127.0.0.1:53121',
      token: 'token-for-kim',
      mode: 'embedded',
    });
    expect(facade.journal).toEqual(['ready', 'service started', 'window created']);
  });

  it('seeds demo data only on the first run (no service folder yet)', async () => {
    const { service, controller } = setUp({
      files: { '/users/kim/app-data/service/PG_VERSION': '17' },
    });
    await controller.start();
    expect(service.startedWith[0]?.demo).toBe(false);
  });

  it('names the service in the Content-Security-Policy before the console loads', async () => {
    const { facade, controller } = setUp();
    await controller.start();
    expect(facade.contentSecurityPolicy).toContain('connect-src');
    expect(facade.contentSecurityPolicy).toContain('http://127.0.0.1:53121');
    expect(facade.contentSecurityPolicy).toContain('ws://127.0.0.1:53121');
    expect(facade.window?.loadCount).toBe(1);
  });

  it('opens one hardened window with the preload', async () => {
    const { facade, controller } = setUp();
    await controller.start();
    expect(facade.windows).toHaveLength(1);
    expect(facade.window?.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
  });

  it('says so when the console cannot load', async () => {
    const { facade, controller, lines } = setUp({ isLoadFailing: true });
    expect(await controller.start()).toBe('running');
    expect(facade.errorBoxes[0]?.message).toContain('ERR_FILE_NOT_FOUND');
    expect(lines.some((line) => line.includes('The console failed to load'))).toBe(true);
  });

  it('answers app:info with the platform and version', async () => {
    const { ipcMain, controller } = setUp({ platform: 'darwin' });
    await controller.start();
    expect(await ipcMain.invoke('app:info', {})).toEqual({ platform: 'darwin', version: '1.2.3' });
  });

  it('reports a service that cannot start, refuses the connection request and quits', async () => {
    const { facade, ipcMain, controller, lines } = setUp({
      startService: () => Promise.reject(new Error('port in use')),
    });
    expect(await controller.start()).toBe('failed');
    expect(facade.errorBoxes[0]?.message).toContain('port in use');
    expect(facade.windows).toHaveLength(0);
    await settle();
    expect(facade.hasQuit).toBe(true);
    await expect(ipcMain.invoke('connection:get', {})).rejects.toThrow('could not start');
    expect(lines.some((line) => line.includes('ERROR') && line.includes('port in use'))).toBe(true);
  });
});

describe('desktop controller: team mode', () => {
  it('uses the configured team service and does not start the embedded one', async () => {
    const { facade, ipcMain, service, controller } = setUp({
      files: { '/users/kim/app-data/settings.json': '{ "serviceUrl": "https://support.example.com/" }' },
    });
    await controller.start();
    expect(service.startedWith).toHaveLength(0);
    expect(await ipcMain.invoke('connection:get', {})).toEqual({
      serviceUrl: 'https://support.example.com',
      token: null,
      mode: 'team',
    });
    expect(facade.contentSecurityPolicy).toContain('https://support.example.com wss://support.example.com');
  });

  it('lets the environment override the settings file', async () => {
    const { ipcMain, service, controller } = setUp({
      environment: { SUPPORT_CONSOLE_SERVICE_URL: 'http://localhost:4000' },
    });
    await controller.start();
    expect(service.startedWith).toHaveLength(0);
    expect(await ipcMain.invoke('connection:get', {})).toMatchObject({
      serviceUrl: 'http://localhost:4000',
      mode: 'team',
    });
  });

  it('falls back to the embedded service, with a visible explanation, when the setting is unsafe', async () => {
    const { facade, ipcMain, service, controller } = setUp({
      files: { '/users/kim/app-data/settings.json': '{ "serviceUrl": "http://support.example.com" }' },
    });
    await controller.start();
    expect(service.startedWith).toHaveLength(1);
    expect(facade.errorBoxes[0]?.message).toContain('https');
    expect(await ipcMain.invoke('connection:get', {})).toMatchObject({ mode: 'embedded' });
  });

  it('quits at once in team mode: there is no service to stop', async () => {
    const { facade, controller } = setUp({
      files: { '/users/kim/app-data/settings.json': '{ "serviceUrl": "https://support.example.com" }' },
    });
    await controller.start();
    facade.quit();
    expect(facade.hasQuit).toBe(true);
  });
});

describe('desktop controller: quitting', () => {
  it('stops the embedded service before the app exits', async () => {
    const { facade, service, controller } = setUp({ closeBehaviour: 'manual' });
    await controller.start();

    facade.quit();
    await settle();
    expect(facade.hasQuit).toBe(false);
    expect(service.closeCount).toBe(1);

    facade.quit(); // a second Cmd+Q while stopping changes nothing
    expect(service.closeCount).toBe(1);
    expect(facade.hasQuit).toBe(false);

    service.completeClose();
    await settle();
    expect(facade.hasQuit).toBe(true);
    const journal = facade.journal;
    expect(journal.indexOf('service closed')).toBeLessThan(journal.indexOf('exited'));
  });

  it('quits even when the service fails to stop', async () => {
    const { facade, controller, lines } = setUp({ closeBehaviour: 'fails' });
    await controller.start();
    facade.quit();
    await settle();
    expect(facade.hasQuit).toBe(true);
    expect(lines.some((line) => line.includes('disk full'))).toBe(true);
  });

  it('gives up waiting for a service that never stops', async () => {
    const { facade, controller, lines } = setUp({ closeBehaviour: 'never', serviceStopTimeoutMs: 10 });
    await controller.start();
    facade.quit();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(facade.hasQuit).toBe(true);
    expect(lines.some((line) => line.includes('did not stop in time'))).toBe(true);
  });

  it('quits when the last window closes on Windows, but stays in the dock on macOS', async () => {
    const windows = setUp({ platform: 'win32' });
    await windows.controller.start();
    windows.facade.window?.close();
    windows.facade.emitWindowAllClosed();
    await settle();
    expect(windows.facade.hasQuit).toBe(true);
    expect(windows.service.closeCount).toBe(1);

    const mac = setUp({ platform: 'darwin' });
    await mac.controller.start();
    mac.facade.window?.close();
    mac.facade.emitWindowAllClosed();
    expect(mac.facade.hasQuit).toBe(false);
    mac.facade.emitActivate(); // clicking the dock icon opens a new window
    expect(mac.facade.windows).toHaveLength(2);
  });
});

describe('desktop controller: single instance and deep links', () => {
  it('hands over to the running instance and quits when it does not get the lock', async () => {
    const { facade, service, controller } = setUp({ hasLock: false });
    expect(await controller.start()).toBe('handed-over');
    expect(facade.hasQuit).toBe(true);
    expect(service.startedWith).toHaveLength(0);
    expect(facade.windows).toHaveLength(0);
  });

  it('focuses the existing window and opens the ticket when a second instance is launched with a deep link', async () => {
    const { facade, ipcMain, controller } = setUp();
    await controller.start();
    const window = facade.window!;
    ipcMain.send('events:subscribe', { webContentsId: window.webContentsId }, 'ticket:open');

    facade.emitSecondInstance([
      'Support Console.exe',
      '--allow-file-access-from-files',
      'support-console://ticket/123',
    ]);

    expect(facade.windows).toHaveLength(1);
    expect(window.bringToFrontCount).toBeGreaterThan(0);
    expect(window.sent).toEqual([{ channel: 'ticket:open', payload: { number: 123 } }]);
  });

  it('only focuses the window when the second instance has no deep link', async () => {
    const { facade, ipcMain, controller } = setUp();
    await controller.start();
    const window = facade.window!;
    ipcMain.send('events:subscribe', { webContentsId: window.webContentsId }, 'ticket:open');
    facade.emitSecondInstance(['Support Console.exe', 'support-console://ticket/-1']);
    expect(window.bringToFrontCount).toBe(1);
    expect(window.sent).toEqual([]);
  });

  it('holds the deep link the app was launched with until the console listens', async () => {
    const { facade, ipcMain, controller } = setUp({
      argv: ['Support Console.exe', 'support-console://ticket/42'],
    });
    await controller.start();
    const window = facade.window!;
    expect(window.sent).toEqual([]);

    ipcMain.send('events:subscribe', { webContentsId: window.webContentsId }, 'ticket:open');

    expect(window.sent).toEqual([{ channel: 'ticket:open', payload: { number: 42 } }]);
  });

  it('routes macOS open-url events, even those arriving before the app is ready', async () => {
    const { facade, ipcMain, controller } = setUp({ platform: 'darwin' });
    const starting = controller.start();
    facade.emitOpenUrl('support-console://ticket/7');
    await starting;
    const window = facade.window!;
    ipcMain.send('events:subscribe', { webContentsId: window.webContentsId }, 'ticket:open');
    facade.emitOpenUrl('support-console://ticket/8');
    facade.emitOpenUrl('support-console://ticket/8?x=<script>');
    expect(window.sent.map((event) => event.payload)).toEqual([{ number: 7 }, { number: 8 }]);
  });

  it('ignores subscriptions from other web contents and from foreign pages', async () => {
    const { facade, ipcMain, controller } = setUp({ argv: ['app', 'support-console://ticket/5'] });
    await controller.start();
    const window = facade.window!;
    ipcMain.send('events:subscribe', { webContentsId: 999 }, 'ticket:open');
    ipcMain.send(
      'events:subscribe',
      { webContentsId: window.webContentsId, url: 'https://evil.example' },
      'ticket:open',
    );
    ipcMain.send('events:subscribe', { webContentsId: window.webContentsId }, 'ticket:close');
    expect(window.sent).toEqual([]);
  });

  it('holds events again while the console reloads', async () => {
    const { facade, ipcMain, controller } = setUp();
    await controller.start();
    const window = facade.window!;
    ipcMain.send('events:subscribe', { webContentsId: window.webContentsId }, 'ticket:open');
    await window.loadRenderer(); // a reload: the old page's listeners are gone
    expect(controller.openDeepLink('support-console://ticket/9')).toBe(true);
    expect(window.sent).toEqual([]);
    ipcMain.send('events:subscribe', { webContentsId: window.webContentsId }, 'ticket:open');
    expect(window.sent).toEqual([{ channel: 'ticket:open', payload: { number: 9 } }]);
  });

  it('refuses links that are not ours', async () => {
    const { controller } = setUp();
    await controller.start();
    expect(controller.openDeepLink('https://support-console/ticket/1')).toBe(false);
    expect(controller.openDeepLink('support-console://ticket/1/../../admin')).toBe(false);
  });
});

describe('redactSecrets', () => {
  it('blanks credentials in service log lines, wherever the data folder is', () => {
    expect(
      redactSecrets('admin token (shown once, kept in C:\\Users\\kim\\service\\admin-token): abc123'),
    ).toBe('admin token (shown once, kept in C:\\Users\\kim\\service\\admin-token): [redacted]');
    expect(redactSecrets('admin token (shown once): s3cr3t')).toBe('admin token (shown once): [redacted]');
    expect(redactSecrets('listening on http://127.0.0.1:4000 (PGlite)')).toBe(
      'listening on http://127.0.0.1:4000 (PGlite)',
    );
  });

  it('is applied to what the embedded service logs', async () => {
    const { service, controller, lines } = setUp();
    await controller.start();
    service.startedWith[0]?.log('admin token (shown once): s3cr3t');
    expect(lines.at(-1)).toContain('[service] admin token (shown once): [redacted]');
    expect(lines.join('\n')).not.toContain('s3cr3t');
  });
});
