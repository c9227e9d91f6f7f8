import type { MenuItemConstructorOptions } from 'electron';
import type { ShellTexts } from '../../shared/desktop/shell-texts';
import type { DesktopPlatform } from './desktop-facade';

/**
 * The native menus as plain templates (Electron's `Menu.buildFromTemplate` input), built per platform so
 * tests pin the conventions: on macOS the first menu is the app menu (About, Services, Hide, Quit with
 * Cmd+Q) and closing the window keeps the app; on Windows the File menu ends with Exit. Shortcuts use
 * `CmdOrCtrl`, the same modifier the console's own shortcuts use (Cmd on macOS, Ctrl elsewhere). Labels of
 * standard items come from their roles, which the OS translates; the tray's own labels come from
 * `shared/desktop/shell-texts.ts` in the console's language.
 */

/** The application menu for a platform. */
export function buildApplicationMenu(
  platform: DesktopPlatform,
  options: { allowDevTools: boolean },
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  const fileMenu: MenuItemConstructorOptions = {
    role: 'fileMenu',
    submenu: isMac ? [{ role: 'close' }] : [{ role: 'quit' }],
  };
  const viewMenu: MenuItemConstructorOptions = {
    role: 'viewMenu',
    submenu: [
      ...(options.allowDevTools
        ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return [
    ...appMenu,
    fileMenu,
    { role: 'editMenu' },
    viewMenu,
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about', visible: !isMac }] },
  ];
}

/** What the tray menu shows and does. */
export interface TrayMenuInput {
  /** The labels, in the console's language. */
  texts: ShellTexts;
  assignmentsPaused: boolean;
  /** A downloaded update waiting for a restart (its version), or null. */
  updateVersion: string | null;
  openWindow(): void;
  toggleAssignmentsPaused(): void;
  restartToUpdate(): void;
  quit(): void;
}

/** The tray (Windows notification area, macOS menu bar) menu: open, pause assignments, quit. */
export function buildTrayMenu(input: TrayMenuInput): MenuItemConstructorOptions[] {
  const { texts } = input;
  return [
    { label: texts.openWindow, click: () => input.openWindow() },
    {
      label: texts.pauseAssignments,
      type: 'checkbox',
      checked: input.assignmentsPaused,
      click: () => input.toggleAssignmentsPaused(),
    },
    ...(input.updateVersion === null
      ? []
      : ([
          { type: 'separator' },
          { label: texts.restartToUpdate(input.updateVersion), click: () => input.restartToUpdate() },
        ] as const)),
    { type: 'separator' },
    { label: texts.quit, click: () => input.quit() },
  ];
}

/** The tray icon's tooltip (Windows shows the badge count here too). */
export function trayTooltip(count: number, assignmentsPaused: boolean, texts: ShellTexts): string {
  const parts = [texts.appName];
  if (count > 0) {
    parts.push(texts.ticketsNeedReply(count));
  }
  if (assignmentsPaused) {
    parts.push(texts.assignmentsPaused);
  }
  return parts.join(' — ');
}
