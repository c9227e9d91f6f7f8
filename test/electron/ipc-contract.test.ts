import { describe, expect, it, vi } from 'vitest';
import { ipcEvents, ipcRequests, type DesktopApi, type IpcRequestChannel } from '../../shared/ipc';
import { createDesktopController } from '../../electron/main/desktop-controller';
import { createIpcRouter } from '../../electron/main/ipc-handlers';
import { isAppPageUrl } from '../../electron/main/renderer-protocol';
import { FakeFacade, FakeIpcMain, createMemoryLogger } from './main/fake-desktop';

/** The preload's calls into IPC, recorded (Electron's renderer modules exist only inside Electron). */
const recorded = vi.hoisted(() => {
  const exposed: { api?: unknown } = {};
  return { invoked: new Set<string>(), subscribed: new Set<string>(), exposed };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (_key: string, api: unknown) => (recorded.exposed.api = api) },
  ipcRenderer: {
    invoke: (channel: string) => {
      recorded.invoked.add(channel);
      return Promise.resolve({ token: null, stored: false });
    },
    send: (_channel: string, eventChannel: string) => recorded.subscribed.add(eventChannel),
    on: () => undefined,
    removeListener: () => undefined,
  },
}));

/**
 * One malformed call per request channel. Typed as a record over every channel, so adding a channel to
 * shared/ipc.ts without a case here fails to compile.
 */
const malformedArguments: Record<IpcRequestChannel, unknown[]> = {
  'connection:get': [{ serviceUrl: 'https://evil.example' }],
  'app:info': ['darwin'],
  'preferences:get': [1],
  'preferences:update': [{ serviceUrl: 42 }],
  'app:relaunch': [{ now: true }],
  'app:set-language': [{ language: 'fr' }],
  'notification:show': [{ kind: 'marketing', ticketNumber: 1, key: 'k', title: 't', body: 'b' }],
  'badge:set': [{ count: '3' }],
  'composer:draft-state': [{ hasUnsentDraft: 'yes' }],
  'spellcheck:set-language': [{ language: 'ko; rm -rf /' }],
  'secrets:get-token': [{ serviceUrl: 'not a url' }],
  'secrets:set-token': [{ serviceUrl: 'https://support.example.com', token: '' }],
  'secrets:clear-token': [{ everything: true }],
};

async function startApp() {
  const facade = new FakeFacade({
    files: {
      '/users/kim/app-data/settings.json': JSON.stringify({ serviceUrl: 'https://support.example.com' }),
    },
  });
  const ipcMain = new FakeIpcMain();
  const { log } = createMemoryLogger();
  const ipc = createIpcRouter({
    ipcMain,
    isTrustedPageUrl: (url) => isAppPageUrl(url, ['app://console']),
    log,
  });
  const controller = createDesktopController({
    facade,
    ipc,
    startService: () => Promise.reject(new Error('not in team mode')),
    log,
    argv: [],
  });
  await controller.start();
  return { facade, ipcMain };
}

const channels = Object.keys(ipcRequests) as IpcRequestChannel[];

describe('IPC contract (shared/ipc.ts)', () => {
  it('has a main-process handler for every request channel, and no handler outside the contract', async () => {
    const { ipcMain } = await startApp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('has a preload method for every request channel and event', async () => {
    await import('../../electron/preload');
    const desktop = recorded.exposed.api as DesktopApi;
    for (const method of Object.values(desktop) as ((...args: unknown[]) => unknown)[]) {
      // Arguments do not matter: the fake ipcRenderer records the channel.
      await method('https://support.example.com', 'token');
    }
    expect([...recorded.invoked].sort()).toEqual([...channels].sort());
    expect([...recorded.subscribed].sort()).toEqual(Object.keys(ipcEvents).sort());
  });

  it.each(channels)('%s rejects a malformed argument', async (channel) => {
    const { ipcMain } = await startApp();
    await expect(ipcMain.invoke(channel, {}, ...malformedArguments[channel])).rejects.toThrow(
      `${channel}: invalid argument`,
    );
  });

  it.each(channels)('%s rejects a foreign sender and an embedded frame', async (channel) => {
    const { ipcMain, facade } = await startApp();
    await expect(ipcMain.invoke(channel, { url: 'https://evil.example/' })).rejects.toThrow(
      'untrusted sender',
    );
    await expect(ipcMain.invoke(channel, { isSubFrame: true })).rejects.toThrow('untrusted sender');
    expect(facade.relaunchCount).toBe(0);
    expect(facade.notifications).toEqual([]);
  });
});
