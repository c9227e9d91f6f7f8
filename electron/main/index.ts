import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  session,
  shell,
  type BrowserWindowConstructorOptions,
} from 'electron';
import { createWriteStream } from 'node:fs';
import { access, mkdir, readFile, rename, stat } from 'node:fs/promises';
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

const maximumLogFileBytes = 5 * 1024 * 1024;
const sinks: LogSink[] = [(line) => process.stderr.write(`${line}\n`)];
const log = createLogger((line) => sinks.forEach((sink) => sink(line)));

let contentSecurityPolicy = buildContentSecurityPolicy({
  serviceUrl: null,
  isDevelopment: devServerUrl !== null,
  devServerUrl,
});

// Both must happen before `ready`. The sandbox is on for every renderer, whatever a window's options say.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }]);

if (process.defaultApp) {
  // Development (`electron .`): register the running Electron with our script as the handler. Installed
  // builds are registered by their installer (build/electron-builder.yml `protocols`).
  const script = process.argv[1];
  if (script) {
    app.setAsDefaultProtocolClient(deepLinkScheme, process.execPath, [
      path.resolve(script),
    ]); /* eng-disable PROTOCOL_HANDLER_JS_CHECK */
  }
} else if (process.platform === 'win32') {
  app.setAsDefaultProtocolClient(deepLinkScheme); /* eng-disable PROTOCOL_HANDLER_JS_CHECK */
}

/** Only allowlisted links reach this (see `isAllowedExternalUrl`). */
const openExternal = (url: string): Promise<void> =>
  shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */

app.on('web-contents-created', (_event, contents) => {
  guardWebContents(contents, { appOrigins, openExternal, log: log.child('security') });
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
  const window = new BrowserWindow(options);
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
  };
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
  setContentSecurityPolicy: (policy) => {
    contentSecurityPolicy = policy;
  },
  createWindow,
  showErrorBox: (title, message) => dialog.showErrorBox(title, message),
  quit: () => app.quit(),
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
