import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  Tray,
  type BrowserWindowConstructorOptions,
  type NativeImage,
} from 'electron';
import electronUpdater from 'electron-updater';
import { createWriteStream } from 'node:fs';
import { access, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deepLinkScheme } from './deep-link';
import { createDesktopController, type EmbeddedServiceStarter } from './desktop-controller';
import type { DesktopFacade, DesktopPlatform, DesktopWindow } from './desktop-facade';
import { createIpcRouter, sendIpcEvent } from './ipc-handlers';
import { createLogger, type LogSink } from './logger';
import {
  appEntryUrl,
  appOrigin,
  appScheme,
  appSchemePrivileges,
  createRendererProtocolHandler,
  isAppPageUrl,
} from './renderer-protocol';
import { buildContentSecurityPolicy, guardSession, guardWebContents } from './security';

/*
 * The only file that touches Electron's app and window lifecycle: it implements the DesktopFacade over the
 * real APIs and hands it to the controller, where the behaviour lives (and is tested).
 */

const mainDirectory = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(mainDirectory, '../preload/index.cjs');
const rendererDirectory = path.join(mainDirectory, '../renderer');
const devServerUrl = !app.isPackaged ? (process.env['ELECTRON_RENDERER_URL'] ?? null) : null;
const appOrigins = [devServerUrl ?? appOrigin];

/** build/electron-builder.yml `appId`, which the NSIS installer gives the Start-menu shortcut. */
const windowsAppUserModelId = 'exchange.support.console';
const maximumLogFileBytes = 5 * 1024 * 1024;
/** How often an installed app looks for a new version after the check at start-up. */
const updateCheckIntervalMs = 4 * 60 * 60 * 1000;
/** The app icon: shipped next to the app (build/electron-builder.yml `extraResources`), or build/ in development. */
const iconPath = app.isPackaged
  ? path.join(process.resourcesPath, 'icon.png')
  : path.join(mainDirectory, '../../build/icon.png');
const sinks: LogSink[] = [(line) => process.stderr.write(`${line}\n`)];
const log = createLogger((line) => sinks.forEach((sink) => sink(line)));

let contentSecurityPolicy = buildContentSecurityPolicy({
  serviceUrl: null,
  isDevelopment: devServerUrl !== null,
  devServerUrl,
});

/** The console's window, for the taskbar overlay and dialogs. */
let currentWindow: BrowserWindow | null = null;
let tray: Tray | null = null;
/** Notifications shown and not yet dismissed: kept referenced so their click handler survives GC. */
const liveNotifications = new Set<Notification>();

// Both must happen before `ready`. The sandbox is on for every renderer, whatever a window's options say.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }]);

if (process.defaultApp) {
  // Development (`electron .`): register the running Electron with our script as the handler. Installed
  // builds are registered by their installer (build/electron-builder.yml `protocols`).
  const script = process.argv[1];
  if (script) {
    // Reviewed: registers only our own scheme, handled by deep-link.ts's strict parser.
    const scriptArguments = [path.resolve(script)];
    app.setAsDefaultProtocolClient(deepLinkScheme, process.execPath, scriptArguments); // eng-disable PROTOCOL_HANDLER_JS_CHECK
  }
} else if (process.platform === 'win32') {
  app.setAsDefaultProtocolClient(deepLinkScheme); /* eng-disable PROTOCOL_HANDLER_JS_CHECK */
}

if (process.platform === 'win32') {
  // Windows shows notifications only for the app id its Start-menu shortcut carries (the installer's appId).
  app.setAppUserModelId(windowsAppUserModelId);
}

/** Only allowlisted links reach this (see `isAllowedExternalUrl`). */
const openExternal = (url: string): Promise<void> => shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK

/** Hosts whose links open without a confirmation: the team service's (set once it is known). */
let trustedLinkHosts: string[] = [];

/** Asks before a link to any other host opens in the browser, showing exactly where it leads. */
async function confirmExternal(url: string): Promise<boolean> {
  const texts = controller.shell.texts;
  const options = {
    type: 'question' as const,
    buttons: [texts.openInBrowser, texts.cancel],
    defaultId: 1,
    cancelId: 1,
    message: texts.openLinkQuestion(new URL(url).hostname),
    detail: url.slice(0, 500),
  };
  const { response } = currentWindow
    ? await dialog.showMessageBox(currentWindow, options)
    : await dialog.showMessageBox(options);
  return response === 0;
}

app.on('web-contents-created', (_event, contents) => {
  guardWebContents(contents, {
    appOrigins,
    openExternal,
    confirmExternal,
    getTrustedHosts: () => trustedLinkHosts,
    log: log.child('security'),
  });
});

const startService: EmbeddedServiceStarter = async (options) => {
  // Loaded on demand: in team mode the service (Fastify, PGlite) is never loaded at all.
  const { startService: start } = await import('../../server/service');
  return start(options);
};

async function installReadyTimeServices(): Promise<void> {
  try {
    const logs = app.getPath('logs');
    await mkdir(logs, { recursive: true });
    const logFile = path.join(logs, 'main.log');
    // One generation of history is enough for a bug report; keep the file from growing without bound.
    const existingBytes = (await stat(logFile).catch(() => null))?.size ?? 0;
    if (existingBytes > maximumLogFileBytes) {
      await rename(logFile, path.join(logs, 'main.old.log'));
    }
    const file = createWriteStream(logFile, { flags: 'a' });
    file.on('error', () => undefined);
    sinks.push((line) => file.write(`${line}\n`));
  } catch (error) {
    log.warn('Logging to a file is unavailable', error);
  }
  protocol.handle(
    appScheme,
    createRendererProtocolHandler({
      rendererDirectory,
      readFile: (file) => readFile(file),
      getContentSecurityPolicy: () => contentSecurityPolicy,
    }),
  );
  guardSession(session.defaultSession, {
    appOrigins,
    getContentSecurityPolicy: () => contentSecurityPolicy,
    log: log.child('security'),
  });
}

function createWindow(options: BrowserWindowConstructorOptions): DesktopWindow {
  // The hardened preferences restated where the window is made: a caller cannot weaken them, and
  // electronegativity (which reads this call) can verify them.
  const window = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  currentWindow = window;
  window.on('closed', () => {
    if (currentWindow === window) {
      currentWindow = null;
    }
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => {
    log.error('The console process ended', { reason: details.reason, exitCode: details.exitCode });
  });
  return {
    webContentsId: window.webContents.id,
    loadRenderer: () => window.loadURL(devServerUrl ?? appEntryUrl),
    bringToFront: () => {
      if (window.isDestroyed()) {
        return;
      }
      if (window.isMinimized()) {
        window.restore();
      }
      window.show();
      window.focus();
    },
    send: (channel, payload) => {
      if (!window.isDestroyed()) {
        sendIpcEvent(window.webContents, channel, payload);
      }
    },
    onPageLoading: (listener) => {
      window.webContents.on('did-start-navigation', (details) => {
        if (details.isMainFrame && !details.isSameDocument) {
          listener();
        }
      });
    },
    onClosed: (listener) => {
      window.on('closed', listener);
    },
    onClosing: (listener) => {
      window.on('close', () => {
        listener({ ...window.getNormalBounds(), isMaximized: window.isMaximized() });
      });
    },
    maximize: () => window.maximize(),
  };
}

/** A small red dot: the Windows taskbar overlay that says "tickets need a reply" (the count is in the tooltip). */
function createBadgeDot(): NativeImage {
  const size = 16;
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const distance = Math.hypot(x - 7.5, y - 7.5);
      if (distance <= 7) {
        // BGRA
        pixels.set([0x30, 0x30, 0xe0, 0xff], (y * size + x) * 4);
      }
    }
  }
  return nativeImage.createFromBitmap(pixels, { width: size, height: size });
}

const facade: DesktopFacade = {
  platform: toDesktopPlatform(process.platform),
  appVersion: app.getVersion(),
  isPackaged: app.isPackaged,
  preloadPath,
  rendererDevServerUrl: devServerUrl,
  environment: process.env,
  requestSingleInstanceLock: () => app.requestSingleInstanceLock(),
  whenReady: async () => {
    await app.whenReady();
    await installReadyTimeServices();
  },
  getUserDataPath: () => app.getPath('userData'),
  getUserName: () => {
    try {
      return os.userInfo().username || 'agent';
    } catch {
      return 'agent';
    }
  },
  readTextFile: async (file) => {
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return null;
      }
      throw error;
    }
  },
  pathExists: async (file) => {
    try {
      await access(file);
      return true;
    } catch {
      return false;
    }
  },
  onSecondInstance: (listener) => {
    app.on('second-instance', (_event, argv) => listener(argv));
  },
  onOpenUrl: (listener) => {
    app.on('open-url', (event, url) => {
      event.preventDefault();
      listener(url);
    });
  },
  onActivate: (listener) => {
    app.on('activate', listener);
  },
  onWindowAllClosed: (listener) => {
    app.on('window-all-closed', listener);
  },
  onBeforeQuit: (listener) => {
    app.on('before-quit', listener);
  },
  setContentSecurityPolicy: (policy, serviceUrl) => {
    contentSecurityPolicy = policy;
    // Links into the team's own service (its help pages) open without asking; loopback never counts.
    const host = new URL(serviceUrl).hostname;
    trustedLinkHosts = ['localhost', '127.0.0.1', '[::1]'].includes(host) ? [] : [host];
  },
  createWindow,
  showErrorBox: (title, message) => dialog.showErrorBox(title, message),
  quit: () => app.quit(),
  writeTextFile: async (file, text) => {
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, text, { encoding: 'utf8', mode: 0o600 });
    await rename(temporary, file);
  },
  removeFile: (file) => rm(file, { force: true }),
  getDisplayWorkAreas: () => screen.getAllDisplays().map((display) => display.workArea),
  setApplicationMenu: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
  setTray: ({ tooltip, menu }) => {
    if (!tray) {
      tray = new Tray(nativeImage.createFromPath(iconPath).resize({ width: 16, height: 16 }));
      tray.on('click', () => currentWindow?.show());
    }
    tray.setToolTip(tooltip);
    tray.setContextMenu(Menu.buildFromTemplate(menu));
  },
  setBadgeCount: (count) => {
    if (process.platform === 'win32') {
      currentWindow?.setOverlayIcon(
        count > 0 ? createBadgeDot() : null,
        count > 0 ? `${count} tickets need a reply` : '',
      );
      return;
    }
    app.setBadgeCount(count);
  },
  showNotification: ({ title, body }, onClick) => {
    if (!Notification.isSupported()) {
      return false;
    }
    const notification = new Notification({ title, body });
    liveNotifications.add(notification);
    notification.on('click', () => {
      liveNotifications.delete(notification);
      onClick();
    });
    notification.on('close', () => liveNotifications.delete(notification));
    notification.show();
    return true;
  },
  getAvailableSpellCheckerLanguages: () => session.defaultSession.availableSpellCheckerLanguages,
  setSpellCheckerLanguages: (languages) => session.defaultSession.setSpellCheckerLanguages(languages),
  relaunch: () => {
    app.relaunch();
    app.quit();
  },
  encryptSecret: (text) =>
    safeStorage.isEncryptionAvailable() ? safeStorage.encryptString(text).toString('base64') : null,
  decryptSecret: (encrypted) => {
    try {
      return safeStorage.decryptString(Buffer.from(encrypted, 'base64'));
    } catch {
      return null;
    }
  },
  startUpdater: (feedUrl, onDownloaded) => {
    const { autoUpdater } = electronUpdater;
    const updateLog = log.child('update');
    autoUpdater.autoDownload = true;
    autoUpdater.autoInstallOnAppQuit = true;
    autoUpdater.logger = {
      info: (message: unknown) => updateLog.info(String(message)),
      warn: (message: unknown) => updateLog.warn(String(message)),
      error: (message: unknown) => updateLog.error(String(message)),
      debug: () => undefined,
    };
    if (feedUrl) {
      autoUpdater.setFeedURL({ provider: 'generic', url: feedUrl });
    }
    autoUpdater.on('update-downloaded', (info) => onDownloaded(info.version));
    const check = (): void => {
      autoUpdater.checkForUpdates().catch((error: unknown) => updateLog.warn('Update check failed', error));
    };
    check();
    setInterval(check, updateCheckIntervalMs).unref();
    return { quitAndInstall: () => autoUpdater.quitAndInstall() };
  },
  askToRestartForUpdate: async (version, texts) => {
    const options = {
      type: 'info' as const,
      buttons: [texts.restartNow, texts.later],
      defaultId: 0,
      cancelId: 1,
      message: texts.updateReady(version),
      detail: texts.updateDetail,
    };
    const { response } = currentWindow
      ? await dialog.showMessageBox(currentWindow, options)
      : await dialog.showMessageBox(options);
    return response === 0;
  },
};

const ipc = createIpcRouter({
  ipcMain,
  isTrustedPageUrl: (url) => isAppPageUrl(url, appOrigins),
  log: log.child('ipc'),
});

const controller = createDesktopController({ facade, ipc, startService, log, argv: process.argv });
controller.start().catch((error: unknown) => {
  log.error('The desktop app failed to start', error);
  app.exit(1);
});

function toDesktopPlatform(platform: NodeJS.Platform): DesktopPlatform {
  return platform === 'darwin' || platform === 'win32' ? platform : 'linux';
}
