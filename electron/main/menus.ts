import type { MenuItemConstructorOptions } from 'electron';
import type { MenuLabels, ShellTexts } from '../../shared/desktop/shell-texts';
import type { DesktopPlatform } from './desktop-facade';

/**
 * The native menus as plain templates (Electron's `Menu.buildFromTemplate` input), built per platform so
 * tests pin the conventions: on macOS the first menu is the app menu (About, Services, Hide, Quit with
 * Cmd+Q) and closing the window keeps the app; on Windows the File menu ends with Exit. Shortcuts use
 * `CmdOrCtrl`, the same modifier the console's own shortcuts use (Cmd on macOS, Ctrl elsewhere). Every
 * label, the standard items' included, comes from `shared/desktop/shell-texts.ts` in the console's
 * language: the OS would label role items in the system's language, which need not be the console's.
 */

/** The application menu for a platform, labelled in the console's language. */
export function buildApplicationMenu(
  platform: DesktopPlatform,
  options: { allowDevTools: boolean; texts: ShellTexts },
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const labels = options.texts.menu;
  // Each item keeps its role (the OS does the work: Cmd+C copies, Quit quits) with our label on it.
  const item = (role: keyof MenuLabels & MenuItemConstructorOptions['role']): MenuItemConstructorOptions => ({
    role,
    label: labels[role],
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          role: 'appMenu',
          label: options.texts.appName,
          submenu: [
            item('about'),
            separator,
            item('services'),
            separator,
            item('hide'),
            item('hideOthers'),
            item('unhide'),
            separator,
            item('quit'),
          ],
        },
      ]
    : [];
  const fileMenu: MenuItemConstructorOptions = {
    role: 'fileMenu',
    label: labels.file,
    submenu: isMac ? [item('close')] : [item('quit')],
  };
  const editMenu: MenuItemConstructorOptions = {
    role: 'editMenu',
    label: labels.edit,
    submenu: [
      item('undo'),
      item('redo'),
      separator,
      item('cut'),
      item('copy'),
      item('paste'),
      ...(isMac ? [item('pasteAndMatchStyle')] : []),
      item('delete'),
      separator,
      item('selectAll'),
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    role: 'viewMenu',
    label: labels.view,
    submenu: [
      ...(options.allowDevTools ? [item('reload'), item('toggleDevTools'), separator] : []),
      item('resetZoom'),
      item('zoomIn'),
      item('zoomOut'),
      separator,
      item('togglefullscreen'),
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: labels.window,
    submenu: isMac
      ? [item('minimize'), item('zoom'), separator, item('front')]
      : [item('minimize'), item('close')],
  };
  return [
    ...appMenu,
    fileMenu,
    editMenu,
    viewMenu,
    windowMenu,
    { role: 'help', label: labels.help, submenu: [{ ...item('about'), visible: !isMac }] },
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
