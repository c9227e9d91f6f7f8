import path from 'node:path';
import { z } from 'zod';
import { shellTexts, type ShellTexts } from '../../shared/desktop/shell-texts';
import type { SupportedLanguage } from '../../shared/domain/vocabulary';
import type { DesktopPreferences } from '../../shared/ipc';
import type { DesktopFacade, DesktopUpdater, DesktopWindow } from './desktop-facade';
import type { EventOutbox } from './event-outbox';
import type { IpcRouter } from './ipc-handlers';
import type { Logger } from './logger';
import { buildApplicationMenu, buildTrayMenu, trayTooltip } from './menus';
import { createNotificationGate } from './notification-gate';
import { applyPreferencesUpdate, parsePreferences, serialisePreferences } from './preferences';
import { settingsFileName } from './settings';
import { spellCheckLanguagesFor } from './spell-check';
import { createUpdateGate, isAutoUpdateEnabled, type UpdateAction } from './update-gate';
import {
  parseWindowState,
  restoreWindowBounds,
  windowStateFileName,
  type Rectangle,
  type WindowState,
} from './window-state';

/**
 * The desktop integrations around the console's window: settings, notifications, the badge and tray,
 * native menus, the remembered window, spell check, auto-update and the token in the OS keychain. Plain
 * logic over the facade (tested with the fake one); the controller owns the lifecycle and calls in.
 */

/** File in the user-data folder holding the team-service token, encrypted by `safeStorage`. */
export const tokenFileName = 'agent-token.json';

const tokenFileSchema = z.object({ serviceUrl: z.string(), encrypted: z.string() });

/** What the shell features need from the controller. */
export interface ShellFeaturesOptions {
  facade: DesktopFacade;
  ipc: IpcRouter;
  log: Logger;
  outbox: EventOutbox;
  /** Brings the console's window up (opening it if it was closed on macOS). */
  showWindow(): void;
  /** Opens a ticket in the console (as a deep link would). */
  openTicket(number: number): void;
}

/** The features, as the controller drives them. */
export interface ShellFeatures {
  /** Registers the IPC handlers (synchronously, before the first `await` of start-up). */
  registerIpc(): void;
  /** After Electron is ready: menus, tray, updater. */
  startReadyFeatures(): Promise<void>;
  /** The remembered size and position for a new window (read by `startReadyFeatures`; empty when none). */
  restoredWindowBounds(): { bounds: Partial<Rectangle>; isMaximized: boolean };
  /** Starts remembering a newly opened window's size and position. */
  trackWindow(window: DesktopWindow): void;
  /** Test and log view of the state. */
  readonly state: {
    readonly assignmentsPaused: boolean;
    readonly badgeCount: number;
    readonly language: SupportedLanguage;
  };
  /** The shell's own texts (tray, dialogs) in the console's language; English until the console says. */
  readonly texts: ShellTexts;
}

/** Creates the features; nothing happens until `registerIpc()` / `startReadyFeatures()`. */
export function createShellFeatures(options: ShellFeaturesOptions): ShellFeatures {
  const { facade, ipc, log, outbox } = options;
  const userData = (file: string): string => path.join(facade.getUserDataPath(), file);
  const notificationGate = createNotificationGate();
  const updateGate = createUpdateGate();
  let updater: DesktopUpdater | null = null;
  let assignmentsPaused = false;
  let badgeCount = 0;
  let language: SupportedLanguage = 'en';
  let isReady = false;
  let preferences: Promise<DesktopPreferences> | null = null;
  let windowState: WindowState | null = null;

  const readFile = (file: string): Promise<string | null> =>
    facade.readTextFile(userData(file)).catch((error: unknown) => {
      log.warn('Could not read a settings file', { file, error });
      return null;
    });

  const loadPreferences = (): Promise<DesktopPreferences> => {
    preferences ??= readFile(settingsFileName).then(parsePreferences);
    return preferences;
  };

  const refreshTray = (): void => {
    if (!isReady) {
      return;
    }
    const texts = shellTexts(language);
    facade.setTray({
      tooltip: trayTooltip(badgeCount, assignmentsPaused, texts),
      menu: buildTrayMenu({
        texts,
        assignmentsPaused,
        updateVersion: updateGate.state.readyVersion,
        openWindow: () => options.showWindow(),
        toggleAssignmentsPaused: () => {
          assignmentsPaused = !assignmentsPaused;
          log.info(assignmentsPaused ? 'Assignments paused' : 'Assignments resumed');
          outbox.post('assignments:paused', { paused: assignmentsPaused });
          refreshTray();
        },
        restartToUpdate: () => perform(updateGate.restartRequested()),
        quit: () => facade.quit(),
      }),
    });
  };

  /** The application menu and the tray, in the console's language (again after it changes). */
  const refreshMenus = (): void => {
    if (!isReady) {
      return;
    }
    facade.setApplicationMenu(
      buildApplicationMenu(facade.platform, {
        allowDevTools: !facade.isPackaged,
        texts: shellTexts(language),
      }),
    );
    refreshTray();
  };

  const perform = (action: UpdateAction): void => {
    if (action.kind === 'prompt') {
      log.info('Asking to restart for an update', { version: action.version });
      void facade.askToRestartForUpdate(action.version, shellTexts(language)).then(
        (restart) => perform(updateGate.promptAnswered(restart ? 'restart' : 'later')),
        (error: unknown) => {
          log.warn('The update prompt failed', error);
          perform(updateGate.promptAnswered('later'));
        },
      );
    } else if (action.kind === 'install' && updater) {
      log.info('Restarting to install an update');
      updater.quitAndInstall();
    }
  };

  return {
    get state() {
      return { assignmentsPaused, badgeCount, language };
    },

    get texts() {
      return shellTexts(language);
    },

    registerIpc() {
      ipc.handle('preferences:get', () => loadPreferences());
      ipc.handle('preferences:update', async (update) => {
        const current = await loadPreferences();
        const outcome = applyPreferencesUpdate(current, update);
        if (!outcome.ok) {
          return outcome;
        }
        const fileText = await readFile(settingsFileName);
        await facade.writeTextFile(
          userData(settingsFileName),
          serialisePreferences(outcome.preferences, fileText),
        );
        preferences = Promise.resolve(outcome.preferences);
        log.info('Desktop settings saved', { restartRequired: outcome.restartRequired });
        return outcome;
      });
      ipc.handle('app:set-language', (argument) => {
        if (argument.language !== language) {
          language = argument.language;
          log.info('The shell follows the console language', { language });
          refreshMenus();
        }
      });
      ipc.handle('app:relaunch', () => {
        log.info('Restarting on request of the console');
        facade.relaunch();
      });
      ipc.handle('notification:show', async (notification) => {
        const decision = notificationGate.decide(notification, {
          preferences: await loadPreferences(),
          assignmentsPaused,
        });
        if (decision !== 'show') {
          log.info('Notification not shown', { kind: notification.kind, decision });
          return { shown: false };
        }
        const shown = facade.showNotification({ title: notification.title, body: notification.body }, () =>
          options.openTicket(notification.ticketNumber),
        );
        return { shown };
      });
      ipc.handle('badge:set', ({ count }) => {
        if (count !== badgeCount) {
          badgeCount = count;
          facade.setBadgeCount(count);
          refreshTray();
        }
      });
      ipc.handle('composer:draft-state', ({ hasUnsentDraft }) => {
        perform(updateGate.draftStateChanged(hasUnsentDraft));
      });
      ipc.handle('spellcheck:set-language', ({ language }) => {
        const languages = spellCheckLanguagesFor(language, facade.getAvailableSpellCheckerLanguages());
        facade.setSpellCheckerLanguages(languages);
        return { languages };
      });
      ipc.handle('secrets:get-token', async ({ serviceUrl }) => {
        const parsed = tokenFileSchema.safeParse(parseJson(await readFile(tokenFileName)));
        if (!parsed.success || parsed.data.serviceUrl !== serviceUrl) {
          return { token: null };
        }
        return { token: facade.decryptSecret(parsed.data.encrypted) };
      });
      ipc.handle('secrets:set-token', async ({ serviceUrl, token }) => {
        const encrypted = facade.encryptSecret(token);
        if (encrypted === null) {
          // Never fall back to a plain-text file: without a keychain the agent signs in at each start.
          log.warn('No OS keychain available: the token is not kept');
          return { stored: false };
        }
        await facade.writeTextFile(userData(tokenFileName), `${JSON.stringify({ serviceUrl, encrypted })}\n`);
        return { stored: true };
      });
      ipc.handle('secrets:clear-token', () => facade.removeFile(userData(tokenFileName)));
    },

    async startReadyFeatures() {
      isReady = true;
      windowState = parseWindowState(await readFile(windowStateFileName));
      refreshMenus();
      if (!isAutoUpdateEnabled({ isPackaged: facade.isPackaged, environment: facade.environment })) {
        log.info('Auto-update is off (development build or disabled)');
        return;
      }
      const { updateFeedUrl } = await loadPreferences();
      try {
        updater = facade.startUpdater(updateFeedUrl, (version) => {
          log.info('An update was downloaded', { version });
          const action = updateGate.updateDownloaded(version);
          refreshTray();
          perform(action);
        });
      } catch (error) {
        log.warn('Auto-update could not start', error);
      }
    },

    restoredWindowBounds() {
      return (
        restoreWindowBounds(windowState, facade.getDisplayWorkAreas()) ?? { bounds: {}, isMaximized: false }
      );
    },

    trackWindow(window) {
      window.onClosing((closing) => {
        windowState = closing;
        void facade
          .writeTextFile(userData(windowStateFileName), `${JSON.stringify(closing)}\n`)
          .catch((error: unknown) => log.warn('Could not remember the window position', error));
      });
    },
  };
}

function parseJson(text: string | null): unknown {
  if (text === null) {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
