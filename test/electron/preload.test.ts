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
    expect(Object.keys(desktop).sort()).toEqual(['getAppInfo', 'getConnection', 'onOpenTicket']);
  });

  it('invokes the contract channels without arguments', async () => {
    const desktop = await loadBridge();
    await desktop.getConnection();
    await desktop.getAppInfo();
    expect(electron.invoke.mock.calls).toEqual([['connection:get'], ['app:info']]);
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
