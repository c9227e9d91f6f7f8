import path from 'node:path';
import type { ConnectionInfo } from '../../shared/ipc';
import { findDeepLinkInArgv, parseDeepLink, type DeepLink } from './deep-link';
import type { DesktopFacade, DesktopWindow, QuitEvent } from './desktop-facade';
import { createEventOutbox } from './event-outbox';
import type { IpcRouter } from './ipc-handlers';
import type { Logger } from './logger';
import { buildContentSecurityPolicy } from './security';
import { readSettings, serviceUrlVariable, settingsFileName } from './settings';
import { createShellFeatures, type ShellFeatures } from './shell-features';
import { createMainWindowOptions } from './window-options';

/** Options the desktop app starts the embedded ticket service with (a subset of `server/service.ts`'s). */
export interface EmbeddedServiceOptions {
  port: number;
  host: string;
  dataDir: string;
  demo: boolean;
  consoleDir: null;
  log: (line: string) => void;
}

/** The running embedded service, as far as the desktop app uses it. */
export interface EmbeddedService {
  /** Base URL, e.g. `http://127.0.0.1:53121`. */
  url: string;
  /** Creates (or finds) the agent for the person at the keyboard and returns a token for them. */
  ensureLocalAgent(name: string): Promise<{ token: string }>;
  close(): Promise<void>;
}

/** `startService` from `server/service.ts` (a fake in tests). */
export type EmbeddedServiceStarter = (options: EmbeddedServiceOptions) => Promise<EmbeddedService>;

/** What the controller needs. */
export interface DesktopControllerOptions {
  facade: DesktopFacade;
  ipc: IpcRouter;
  startService: EmbeddedServiceStarter;
  log: Logger;
  /** The command line the app was started with (a deep link may be on it). */
  argv: readonly string[];
  /** How long quitting waits for the embedded service to close before giving up on it. */
  serviceStopTimeoutMs?: number;
}

/** How `start()` ended. */
export type StartOutcome = 'running' | 'handed-over' | 'failed';

/** The desktop app's behaviour, independent of Electron. */
export interface DesktopController {
  /**
   * Takes the single-instance lock (or hands over to the running instance and quits), wires lifecycle and
   * IPC, connects to a team service or starts the embedded one, and opens the console's window. Listeners
   * are registered before the first `await`, so events Electron emits early (macOS `open-url`) are caught.
   */
  start(): Promise<StartOutcome>;
  /** Routes a deep link (`support-console://ticket/123`) to the console; false when it is not one of ours. */
  openDeepLink(url: string): boolean;
  /** Notifications, badge, tray, menus, updates, secrets (exposed for tests). */
  readonly shell: ShellFeatures;
}

/**
 * A service log line with credentials blanked out: the log file ends up attached to bug reports, and the
 * service announces its generated admin token once (it keeps it in its data folder anyway).
 */
export function redactSecrets(line: string): string {
  return line.replace(/\b(token|password|secret)\b(.{0,200}?):\s+\S+/gi, '$1$2: [redacted]');
}

/** Subfolder of the user-data folder holding the embedded service's database. */
export const serviceFolderName = 'service';

/** Creates the controller. Nothing happens until `start()`. */
export function createDesktopController(options: DesktopControllerOptions): DesktopController {
  const { facade, ipc, log } = options;
  const stopTimeoutMs = options.serviceStopTimeoutMs ?? 5_000;
  const outbox = createEventOutbox();
  let window: DesktopWindow | null = null;
  let isReady = false;
  let service: Promise<EmbeddedService> | null = null;
  let quitState: 'running' | 'stopping' | 'stopped' = 'running';
  let resolveConnection: (connection: ConnectionInfo) => void = () => undefined;
  let rejectConnection: (error: Error) => void = () => undefined;
  const connection = new Promise<ConnectionInfo>((resolve, reject) => {
    resolveConnection = resolve;
    rejectConnection = reject;
  });
  // A failed start is reported where it happens; requests for the connection still see the rejection.
  connection.catch(() => undefined);

  const route = (link: DeepLink | null): boolean => {
    if (!link) {
      return false;
    }
    log.info('Opening a deep link', link);
    outbox.post('ticket:open', { number: link.number });
    window?.bringToFront();
    return true;
  };

  const openWindow = async (): Promise<void> => {
    const restored = shell.restoredWindowBounds();
    const opened = facade.createWindow({
      ...createMainWindowOptions({ preloadPath: facade.preloadPath, allowDevTools: !facade.isPackaged }),
      ...restored.bounds,
    });
    if (restored.isMaximized) {
      opened.maximize();
    }
    shell.trackWindow(opened);
    window = opened;
    outbox.attach(opened.send);
    opened.onPageLoading(() => outbox.reset());
    opened.onClosed(() => {
      if (window === opened) {
        window = null;
        outbox.attach(null);
      }
    });
    try {
      await opened.loadRenderer();
    } catch (error) {
      log.error('The console failed to load', error);
      facade.showErrorBox(
        'Support Console could not open its window',
        error instanceof Error ? error.message : String(error),
      );
    }
  };

  const bringUp = (): void => {
    if (window) {
      window.bringToFront();
    } else if (isReady && quitState === 'running') {
      void openWindow();
    }
  };

  const shell = createShellFeatures({
    facade,
    ipc,
    log: log.child('shell'),
    outbox,
    showWindow: bringUp,
    openTicket: (number) => {
      // A clicked notification: the window comes up (reopened on macOS if it was closed) on that ticket.
      outbox.post('ticket:open', { number });
      bringUp();
    },
  });

  const connect = async (): Promise<ConnectionInfo> => {
    const settingsFile = path.join(facade.getUserDataPath(), settingsFileName);
    const fileText = await facade.readTextFile(settingsFile).catch((error: unknown) => {
      log.warn('Could not read the settings file', error);
      return null;
    });
    const reading = readSettings(fileText, facade.environment[serviceUrlVariable]);
    if (reading.problem) {
      log.warn('Ignoring the team service setting', { problem: reading.problem, file: settingsFile });
      facade.showErrorBox(
        'Support Console: team service setting ignored',
        `${reading.problem}\n\nThe app starts its local service instead. Settings file: ${settingsFile}`,
      );
    }
    if (reading.settings.serviceUrl) {
      log.info('Using the team service', { serviceUrl: reading.settings.serviceUrl });
      return { serviceUrl: reading.settings.serviceUrl, token: null, mode: 'team' };
    }
    const dataDir = path.join(facade.getUserDataPath(), serviceFolderName);
    const isFirstRun = !(await facade.pathExists(dataDir));
    const serviceLog = log.child('service');
    service = options.startService({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      demo: isFirstRun,
      consoleDir: null,
      log: (line) => serviceLog.info(redactSecrets(line)),
    });
    const running = await service;
    const { token } = await running.ensureLocalAgent(facade.getUserName());
    log.info('Embedded service running', { serviceUrl: running.url, isFirstRun });
    return { serviceUrl: running.url, token, mode: 'embedded' };
  };

  const stopService = async (): Promise<void> => {
    const running = await service?.catch(() => null);
    if (!running) {
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timed-out'>((resolve) => {
      timer = setTimeout(() => resolve('timed-out'), stopTimeoutMs);
    });
    try {
      const outcome = await Promise.race([running.close().then(() => 'closed' as const), timeout]);
      if (outcome === 'timed-out') {
        log.warn('The embedded service did not stop in time; quitting anyway', { stopTimeoutMs });
      } else {
        log.info('Embedded service stopped');
      }
    } catch (error) {
      log.error('The embedded service failed to stop cleanly', error);
    } finally {
      clearTimeout(timer);
    }
  };

  const onBeforeQuit = (event: QuitEvent): void => {
    if (quitState === 'stopped' || service === null) {
      return;
    }
    event.preventDefault();
    if (quitState === 'stopping') {
      return;
    }
    quitState = 'stopping';
    void stopService().finally(() => {
      quitState = 'stopped';
      facade.quit();
    });
  };

  return {
    openDeepLink: (url) => route(parseDeepLink(url)),
    shell,

    async start() {
      if (!facade.requestSingleInstanceLock()) {
        log.info('Another instance is running; handing over to it');
        facade.quit();
        return 'handed-over';
      }
      facade.onSecondInstance((argv) => {
        bringUp();
        route(findDeepLinkInArgv(argv));
      });
      facade.onOpenUrl((url) => {
        if (!route(parseDeepLink(url))) {
          log.warn('Ignored a URL that is not a Support Console link', { url: url.slice(0, 200) });
        }
      });
      facade.onActivate(bringUp);
      facade.onWindowAllClosed(() => {
        // macOS apps stay in the dock without windows; elsewhere closing the window ends the app.
        if (facade.platform !== 'darwin') {
          facade.quit();
        }
      });
      facade.onBeforeQuit(onBeforeQuit);
      ipc.onSubscribe((channel, senderId) => {
        if (window && senderId === window.webContentsId) {
          outbox.markSubscribed(channel);
        }
      });
      ipc.handle('connection:get', () => connection);
      ipc.handle('app:info', () => ({ platform: facade.platform, version: facade.appVersion }));
      shell.registerIpc();
      route(findDeepLinkInArgv(options.argv));

      await facade.whenReady();
      log.info('Support Console starting', {
        version: facade.appVersion,
        platform: facade.platform,
        userData: facade.getUserDataPath(),
      });
      let info: ConnectionInfo;
      try {
        info = await connect();
      } catch (error) {
        log.error('Could not start the local ticket service', error);
        rejectConnection(new Error('The local ticket service could not start'));
        facade.showErrorBox(
          'Support Console could not start',
          `The local ticket service failed to start: ${error instanceof Error ? error.message : String(error)}`,
        );
        facade.quit();
        return 'failed';
      }
      resolveConnection(info);
      facade.setContentSecurityPolicy(
        buildContentSecurityPolicy({
          serviceUrl: info.serviceUrl,
          isDevelopment: facade.rendererDevServerUrl !== null,
          devServerUrl: facade.rendererDevServerUrl,
        }),
        info.serviceUrl,
      );
      await shell.startReadyFeatures();
      isReady = true;
      if (quitState === 'running') {
        await openWindow();
      }
      return 'running';
    },
  };
}
