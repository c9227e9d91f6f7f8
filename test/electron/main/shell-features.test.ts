import { describe, expect, it } from 'vitest';
import type { DesktopNotification } from '../../../shared/ipc';
import { createDesktopController } from '../../../electron/main/desktop-controller';
import { createIpcRouter } from '../../../electron/main/ipc-handlers';
import { isAppPageUrl } from '../../../electron/main/renderer-protocol';
import { FakeFacade, FakeIpcMain, createMemoryLogger, settle, type FakeFacadeOptions } from './fake-desktop';

const settingsFile = '/users/kim/app-data/settings.json';
const tokenFile = '/users/kim/app-data/agent-token.json';
const windowStateFile = '/users/kim/app-data/window-state.json';
const teamSettings = JSON.stringify({ serviceUrl: 'https://support.example.com' });

/** A running app in team mode (no embedded service to fake), with the console listening for events. */
async function startApp(options: FakeFacadeOptions = {}) {
  const facade = new FakeFacade({ ...options, files: { [settingsFile]: teamSettings, ...options.files } });
  const ipcMain = new FakeIpcMain();
  const { log, lines } = createMemoryLogger();
  const ipc = createIpcRouter({
    ipcMain,
    isTrustedPageUrl: (url) => isAppPageUrl(url, ['app://console']),
    log,
  });
  const controller = createDesktopController({
    facade,
    ipc,
    // Tests that switch to the embedded service get a stand-in for it.
    startService: () =>
      Promise.resolve({
        url: 'http://127.0.0.1:53121',
        ensureLocalAgent: () => Promise.resolve({ token: 'local-token' }),
        close: () => Promise.resolve(),
      }),
    log,
    argv: [],
  });
  expect(await controller.start()).toBe('running');
  const console = { webContentsId: facade.window?.webContentsId ?? 0 };
  ipcMain.send('events:subscribe', console, 'ticket:open');
  ipcMain.send('events:subscribe', console, 'assignments:paused');
  const invoke = (channel: string, ...args: unknown[]) => ipcMain.invoke(channel, console, ...args);
  return { facade, ipcMain, controller, lines, invoke };
}

function notification(overrides: Partial<DesktopNotification> = {}): DesktopNotification {
  return {
    kind: 'customerReply',
    ticketNumber: 42,
    key: 'customerReply:message-7',
    title: 'Customer replied on #42',
    body: 'Withdrawal stuck',
    ...overrides,
  };
}

describe('notifications', () => {
  it('shows a notification once per moment, and a click focuses the window on that ticket', async () => {
    const { facade, invoke } = await startApp();
    expect(await invoke('notification:show', notification())).toEqual({ shown: true });
    expect(await invoke('notification:show', notification())).toEqual({ shown: false });
    expect(facade.notifications.map(({ title }) => title)).toEqual(['Customer replied on #42']);

    const window = facade.window;
    const before = window?.bringToFrontCount ?? 0;
    facade.notifications[0]?.click();
    expect(window?.bringToFrontCount).toBe(before + 1);
    expect(window?.sent).toContainEqual({ channel: 'ticket:open', payload: { number: 42 } });
  });

  it('reopens the window on macOS when a notification is clicked after the window was closed', async () => {
    const { facade, invoke } = await startApp({ platform: 'darwin' });
    await invoke('notification:show', notification());
    facade.window?.close();
    facade.notifications[0]?.click();
    expect(facade.windows).toHaveLength(2);
  });

  it('keeps muted kinds quiet, and the mute is saved in the settings file', async () => {
    const { facade, invoke } = await startApp();
    const saved = await invoke('preferences:update', { mutedNotifications: { slaAtRisk: true } });
    expect(saved).toMatchObject({ ok: true, restartRequired: false });
    expect(await invoke('notification:show', notification({ kind: 'slaAtRisk', key: 'sla:1' }))).toEqual({
      shown: false,
    });
    expect(await invoke('notification:show', notification({ kind: 'assignment', key: 'a:1' }))).toEqual({
      shown: true,
    });
    expect(JSON.parse(facade.files.get(settingsFile) ?? '{}')).toMatchObject({
      serviceUrl: 'https://support.example.com',
      mutedNotifications: { assignment: false, customerReply: false, slaAtRisk: true },
    });
  });

  it('says so when the OS cannot show notifications', async () => {
    const { invoke } = await startApp({ hasNotifications: false });
    expect(await invoke('notification:show', notification())).toEqual({ shown: false });
  });
});

describe('the shell in the console language', () => {
  it('labels the tray and the update dialog in the language the console reports, English before that', async () => {
    const { facade, invoke } = await startApp();
    await invoke('badge:set', { count: 2 });
    expect(facade.tray?.tooltip).toBe('Support Console — 2 tickets need a reply');

    await invoke('app:set-language', { language: 'ko' });
    expect(facade.tray?.menu.filter((item) => item.label).map((item) => item.label)).toEqual([
      'Support Console 열기',
      '배정 일시 중지',
      'Support Console 종료',
    ]);
    expect(facade.tray?.tooltip).toBe('Support Console — 답변이 필요한 티켓 2건');

    await invoke('app:set-language', { language: 'zh' });
    expect(facade.tray?.menu[0]?.label).toBe('打开 Support Console');
    facade.emitUpdateDownloaded('2.0.0');
    await settle();
    expect(facade.updatePromptMessages).toEqual(['Support Console 2.0.0 已就绪']);
  });

  it('labels the application menu in the console language, every item keeping its role', async () => {
    const { facade, invoke } = await startApp({ platform: 'win32' });
    const labels = () =>
      (facade.applicationMenu ?? []).map((menu) => [
        menu.label,
        ...(menu.submenu as { label?: string; type?: string }[])
          .filter((entry) => entry.type !== 'separator')
          .map((entry) => entry.label),
      ]);
    const edit = () =>
      (facade.applicationMenu?.find((menu) => menu.role === 'editMenu')?.submenu ?? []) as {
        role?: string;
        label?: string;
      }[];
    expect(labels()[0]).toEqual(['File', 'Quit Support Console']);
    expect(edit().find((entry) => entry.role === 'copy')?.label).toBe('Copy');

    await invoke('app:set-language', { language: 'ko' });
    expect(labels().map((menu) => menu[0])).toEqual(['파일', '편집', '보기', '윈도우', '도움말']);
    expect(edit().find((entry) => entry.role === 'paste')?.label).toBe('붙여넣기');

    await invoke('app:set-language', { language: 'zh' });
    expect(labels().map((menu) => menu[0])).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(edit().find((entry) => entry.role === 'selectAll')?.label).toBe('全选');
    // No item is left for the OS to label in the system's language.
    for (const menu of labels()) {
      expect(menu.every((label) => typeof label === 'string' && label.length > 0)).toBe(true);
    }
  });

  it('refuses a language the console does not have', async () => {
    const { facade, invoke } = await startApp();
    await expect(invoke('app:set-language', { language: 'fr' })).rejects.toThrow(/invalid argument/);
    expect(facade.tray?.menu[0]?.label).toBe('Open Support Console');
  });
});

describe('badge and tray', () => {
  it('shows the count on the badge and in the tray tooltip, and clears it at zero', async () => {
    const { facade, invoke } = await startApp({ platform: 'darwin' });
    await invoke('badge:set', { count: 3 });
    expect(facade.badgeCount).toBe(3);
    expect(facade.tray?.tooltip).toBe('Support Console — 3 tickets need a reply');
    await invoke('badge:set', { count: 0 });
    expect(facade.badgeCount).toBe(0);
    expect(facade.tray?.tooltip).toBe('Support Console');
  });

  it('refuses a negative or fractional count', async () => {
    const { facade, invoke } = await startApp();
    await expect(invoke('badge:set', { count: -1 })).rejects.toThrow(/invalid argument/);
    await expect(invoke('badge:set', { count: 1.5 })).rejects.toThrow(/invalid argument/);
    expect(facade.badgeCount).toBe(0);
  });

  it('has open, pause assignments and quit; pausing tells the console and holds assignment notices', async () => {
    const { facade, invoke } = await startApp();
    expect(facade.tray?.menu.filter((item) => item.label).map((item) => item.label)).toEqual([
      'Open Support Console',
      'Pause assignments',
      'Quit Support Console',
    ]);

    facade.clickTrayItem('Pause assignments');
    expect(facade.window?.sent).toContainEqual({ channel: 'assignments:paused', payload: { paused: true } });
    expect(facade.tray?.menu.find((item) => item.label === 'Pause assignments')?.checked).toBe(true);
    expect(facade.tray?.tooltip).toContain('assignments paused');
    expect(await invoke('notification:show', notification({ kind: 'assignment', key: 'a:2' }))).toEqual({
      shown: false,
    });

    facade.clickTrayItem('Pause assignments');
    expect(facade.window?.sent).toContainEqual({ channel: 'assignments:paused', payload: { paused: false } });
    expect(await invoke('notification:show', notification({ kind: 'assignment', key: 'a:2' }))).toEqual({
      shown: true,
    });

    facade.clickTrayItem('Open');
    expect(facade.window?.bringToFrontCount).toBeGreaterThan(0);
    facade.clickTrayItem('Quit');
    expect(facade.hasQuit).toBe(true);
  });
});

describe('native menus', () => {
  it('starts with the app menu on macOS and ends the File menu with Quit elsewhere', async () => {
    const mac = await startApp({ platform: 'darwin' });
    const windows = await startApp({ platform: 'win32' });
    const macMenu = mac.facade.applicationMenu ?? [];
    const windowsMenu = windows.facade.applicationMenu ?? [];
    expect(macMenu.map((item) => item.role)).toEqual([
      'appMenu',
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu',
      'help',
    ]);
    expect(windowsMenu.map((item) => item.role)).toEqual([
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu',
      'help',
    ]);
    const roles = (menu: typeof macMenu, role: string) =>
      (menu.find((item) => item.role === role)?.submenu as { role?: string }[]).map((item) => item.role);
    expect(roles(macMenu, 'appMenu')).toContain('quit');
    expect(roles(macMenu, 'fileMenu')).toEqual(['close']);
    expect(roles(windowsMenu, 'fileMenu')).toEqual(['quit']);
    // Zoom for both; no developer tools in an installed build.
    expect(roles(windowsMenu, 'viewMenu')).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      undefined,
      'togglefullscreen',
    ]);
  });

  it('offers reload and developer tools in development builds only', async () => {
    const { facade } = await startApp({ isPackaged: false });
    const view = facade.applicationMenu?.find((item) => item.role === 'viewMenu')?.submenu as {
      role?: string;
    }[];
    expect(view.map((item) => item.role)).toContain('toggleDevTools');
  });
});

describe('window size and position', () => {
  it('remembers the window when it closes and reopens it there', async () => {
    const first = await startApp();
    if (first.facade.window) {
      first.facade.window.closingState = { x: 200, y: 100, width: 1400, height: 900, isMaximized: true };
    }
    first.facade.window?.close();
    await settle();
    const saved = first.facade.files.get(windowStateFile);
    expect(saved).toBeDefined();

    const second = await startApp({ files: { [windowStateFile]: saved ?? '' } });
    expect(second.facade.window?.options).toMatchObject({ x: 200, y: 100, width: 1400, height: 900 });
    expect(second.facade.window?.isMaximized).toBe(true);
  });

  it('does not reopen the window on a monitor that is gone', async () => {
    const state = JSON.stringify({ x: 2500, y: 100, width: 1200, height: 800, isMaximized: false });
    const { facade } = await startApp({ files: { [windowStateFile]: state } });
    expect(facade.window?.options.x).toBeUndefined();
    expect(facade.window?.options).toMatchObject({ width: 1200, height: 800 });
  });
});

describe('spell check', () => {
  it('switches the dictionary to the customer’s language when a ticket opens', async () => {
    const { facade, invoke } = await startApp();
    expect(await invoke('spellcheck:set-language', { language: 'ko' })).toEqual({ languages: ['ko'] });
    expect(facade.spellCheckerLanguages).toEqual(['ko']);
    expect(await invoke('spellcheck:set-language', { language: 'zh' })).toEqual({ languages: ['zh-CN'] });
    expect(await invoke('spellcheck:set-language', { language: 'en' })).toEqual({ languages: ['en-US'] });
    expect(await invoke('spellcheck:set-language', { language: 'th' })).toEqual({ languages: ['en-US'] });
    expect(await invoke('spellcheck:set-language', { language: null })).toEqual({ languages: ['en-US'] });
    await expect(invoke('spellcheck:set-language', { language: '../../etc' })).rejects.toThrow(
      /invalid argument/,
    );
  });
});

describe('service connection settings', () => {
  it('saves a team service URL and asks for a restart, which quits and relaunches', async () => {
    const { facade, invoke } = await startApp({ files: { [settingsFile]: '{}' } });
    expect(await invoke('preferences:get')).toMatchObject({ serviceUrl: null });
    const outcome = await invoke('preferences:update', { serviceUrl: 'https://team.example.com/' });
    expect(outcome).toMatchObject({
      ok: true,
      restartRequired: true,
      preferences: { serviceUrl: 'https://team.example.com' },
    });
    expect(JSON.parse(facade.files.get(settingsFile) ?? '{}')).toMatchObject({
      serviceUrl: 'https://team.example.com',
    });
    await invoke('app:relaunch');
    expect(facade.relaunchCount).toBe(1);
    await settle(); // the embedded service stops first
    expect(facade.hasQuit).toBe(true);
  });

  it('switches back to the embedded service with null', async () => {
    const { facade, invoke } = await startApp();
    expect(await invoke('preferences:update', { serviceUrl: null })).toMatchObject({
      ok: true,
      restartRequired: true,
    });
    expect(JSON.parse(facade.files.get(settingsFile) ?? '{}')).toMatchObject({ serviceUrl: null });
  });

  it('refuses plain http to another machine, naming the field, and saves nothing', async () => {
    const { facade, invoke } = await startApp();
    const before = facade.files.get(settingsFile);
    const outcome = await invoke('preferences:update', {
      serviceUrl: 'http://support.example.com',
      mutedNotifications: { assignment: true },
    });
    expect(outcome).toEqual({
      ok: false,
      field: 'serviceUrl',
      message: expect.stringContaining('https') as unknown,
    });
    expect(facade.files.get(settingsFile)).toBe(before);
  });

  it('refuses unknown keys', async () => {
    const { invoke } = await startApp();
    await expect(invoke('preferences:update', { theme: 'dark' })).rejects.toThrow(/invalid argument/);
  });
});

describe('agent token in the OS keychain', () => {
  it('keeps the token encrypted, gives it back only for the same service, and forgets it on sign-out', async () => {
    const { facade, invoke } = await startApp();
    expect(
      await invoke('secrets:set-token', {
        serviceUrl: 'https://support.example.com',
        token: 'agent-secret-1',
      }),
    ).toEqual({
      stored: true,
    });
    expect(facade.files.get(tokenFile)).not.toContain('agent-secret-1');
    expect(await invoke('secrets:get-token', { serviceUrl: 'https://support.example.com' })).toEqual({
      token: 'agent-secret-1',
    });
    expect(await invoke('secrets:get-token', { serviceUrl: 'https://other.example.com' })).toEqual({
      token: null,
    });
    await invoke('secrets:clear-token');
    expect(facade.files.has(tokenFile)).toBe(false);
    expect(await invoke('secrets:get-token', { serviceUrl: 'https://support.example.com' })).toEqual({
      token: null,
    });
  });

  it('never writes the token in clear when there is no keychain', async () => {
    const { facade, invoke } = await startApp({ hasKeychain: false });
    expect(
      await invoke('secrets:set-token', {
        serviceUrl: 'https://support.example.com',
        token: 'agent-secret-1',
      }),
    ).toEqual({
      stored: false,
    });
    expect(facade.files.has(tokenFile)).toBe(false);
  });
});

describe('auto-update', () => {
  it('is off in development builds', async () => {
    const { facade } = await startApp({ isPackaged: false });
    expect(facade.updaterFeed).toBeUndefined();
  });

  it('is off when the environment disables it', async () => {
    const { facade } = await startApp({ environment: { SUPPORT_CONSOLE_DISABLE_UPDATES: '1' } });
    expect(facade.updaterFeed).toBeUndefined();
  });

  it('uses the configured feed', async () => {
    const settings = JSON.stringify({
      serviceUrl: 'https://support.example.com',
      updateFeedUrl: 'https://updates.example.com/console/',
    });
    const { facade } = await startApp({ files: { [settingsFile]: settings } });
    expect(facade.updaterFeed).toBe('https://updates.example.com/console');
  });

  it('waits with the restart prompt until the reply being written is sent', async () => {
    const { facade, invoke } = await startApp();
    await invoke('composer:draft-state', { hasUnsentDraft: true });
    facade.emitUpdateDownloaded('2.0.0');
    expect(facade.updatePrompts).toEqual([]);
    expect(facade.tray?.menu.some((item) => item.label === 'Restart to update (2.0.0)')).toBe(true);
    facade.clickTrayItem('Restart to update');
    expect(facade.installCount).toBe(0);

    await invoke('composer:draft-state', { hasUnsentDraft: false });
    expect(facade.updatePrompts).toEqual(['2.0.0']);
    await settle();
    expect(facade.installCount).toBe(1);
  });

  it('does not ask again after "Later" (the update installs on quit)', async () => {
    const { facade, invoke } = await startApp();
    facade.restartAnswer = false;
    facade.emitUpdateDownloaded('2.0.0');
    await settle();
    await invoke('composer:draft-state', { hasUnsentDraft: true });
    await invoke('composer:draft-state', { hasUnsentDraft: false });
    expect(facade.updatePrompts).toEqual(['2.0.0']);
    expect(facade.installCount).toBe(0);
  });
});
