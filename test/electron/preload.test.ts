import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../shared/ipc';

/** Electron's renderer-side modules, faked: the real ones exist only inside an Electron renderer. */
const electron = vi.hoisted(() => {
  const listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    invoke: vi.fn((_channel: string, ..._args: unknown[]) => Promise.resolve<unknown>('answer')),
    send: vi.fn((_channel: string, ..._args: unknown[]) => undefined),
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((candidate) => candidate !== listener),
      );
    },
    emit: (channel: string, payload: unknown) => {
      (listeners.get(channel) ?? []).forEach((listener) => listener({ sender: 'ipc' }, payload));
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electron.invoke,
    send: electron.send,
    on: electron.on,
    removeListener: electron.removeListener,
  },
}));

async function loadBridge(): Promise<DesktopApi> {
  await import('../../electron/preload');
  return electron.exposed.get('desktop') as DesktopApi;
}

describe('preload bridge', () => {
  beforeEach(() => {
    vi.resetModules();
    electron.exposed.clear();
    electron.listeners.clear();
    electron.invoke.mockClear();
    electron.send.mockClear();
  });

  it('exposes exactly the named methods of DesktopApi as window.desktop', async () => {
    const desktop = await loadBridge();
    expect([...electron.exposed.keys()]).toEqual(['desktop']);
    expect(Object.keys(desktop).sort()).toEqual([
      'clearToken',
      'getAppInfo',
      'getConnection',
      'getPreferences',
      'getToken',
      'onAssignmentsPaused',
      'onOpenTicket',
      'relaunch',
      'setBadgeCount',
      'setDraftState',
      'setLanguage',
      'setSpellCheckLanguage',
      'setToken',
      'showNotification',
      'updatePreferences',
    ]);
  });

  it('invokes the contract channels without arguments', async () => {
    const desktop = await loadBridge();
    await desktop.getConnection();
    await desktop.getAppInfo();
    expect(electron.invoke.mock.calls).toEqual([['connection:get'], ['app:info']]);
  });

  it('wraps the arguments of each method in the shape its channel declares', async () => {
    const desktop = await loadBridge();
    electron.invoke.mockImplementation((channel: string) =>
      Promise.resolve<unknown>(
        channel === 'secrets:get-token'
          ? { token: 'secret' }
          : channel === 'secrets:set-token'
            ? { stored: true }
            : undefined,
      ),
    );
    const notification = { kind: 'assignment' as const, ticketNumber: 4, key: 'k', title: 'T', body: 'B' };
    await desktop.getPreferences();
    await desktop.updatePreferences({ serviceUrl: null });
    await desktop.relaunch();
    await desktop.setLanguage('zh');
    await desktop.showNotification(notification);
    await desktop.setBadgeCount(3);
    await desktop.setDraftState(true);
    await desktop.setSpellCheckLanguage('ko');
    expect(await desktop.getToken('https://support.example.com')).toBe('secret');
    expect(await desktop.setToken('https://support.example.com', 'abc')).toBe(true);
    await desktop.clearToken();
    expect(electron.invoke.mock.calls).toEqual([
      ['preferences:get'],
      ['preferences:update', { serviceUrl: null }],
      ['app:relaunch'],
      ['app:set-language', { language: 'zh' }],
      ['notification:show', notification],
      ['badge:set', { count: 3 }],
      ['composer:draft-state', { hasUnsentDraft: true }],
      ['spellcheck:set-language', { language: 'ko' }],
      ['secrets:get-token', { serviceUrl: 'https://support.example.com' }],
      ['secrets:set-token', { serviceUrl: 'https://support.example.com', token: 'abc' }],
      ['secrets:clear-token'],
    ]);
    electron.invoke.mockImplementation(() => Promise.resolve<unknown>('answer'));
  });

  it('forwards ticket:open payloads (never the IPC event) and unsubscribes', async () => {
    const desktop = await loadBridge();
    const received: unknown[][] = [];
    const unsubscribe = desktop.onOpenTicket((...args) => received.push(args));
    expect(electron.send.mock.calls).toEqual([['events:subscribe', 'ticket:open']]);

    electron.emit('ticket:open', { number: 12 });
    unsubscribe();
    electron.emit('ticket:open', { number: 13 });

    expect(received).toEqual([[{ number: 12 }]]);
  });
});
