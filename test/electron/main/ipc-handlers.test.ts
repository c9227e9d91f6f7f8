import { describe, expect, it } from 'vitest';
import { createIpcRouter, isTrustedSender, sendIpcEvent } from '../../../electron/main/ipc-handlers';
import { isAppPageUrl } from '../../../electron/main/renderer-protocol';
import { FakeIpcMain, createMemoryLogger } from './fake-desktop';

function setUp() {
  const ipcMain = new FakeIpcMain();
  const { log, lines } = createMemoryLogger();
  const router = createIpcRouter({
    ipcMain,
    isTrustedPageUrl: (url) => isAppPageUrl(url, ['app://console']),
    log,
  });
  const connection = { serviceUrl: 'http://127.0.0.1:4000', token: 't', mode: 'embedded' as const };
  let callCount = 0;
  router.handle('connection:get', () => {
    callCount += 1;
    return connection;
  });
  return { ipcMain, router, lines, calls: () => callCount };
}

describe('typed IPC handle()', () => {
  it('answers the console', async () => {
    const { ipcMain } = setUp();
    expect(await ipcMain.invoke('connection:get', {})).toEqual({
      serviceUrl: 'http://127.0.0.1:4000',
      token: 't',
      mode: 'embedded',
    });
  });

  it.each([
    ['a foreign page', { url: 'https://evil.example/' }],
    ['a look-alike origin', { url: 'app://console.evil.example/index.html' }],
    ['a file page', { url: 'file:///app/out/renderer/index.html' }],
    ['an iframe inside the console', { isSubFrame: true }],
    ['a frame that is gone', { url: null }],
  ])('rejects a call from %s without running the implementation', async (_name, sender) => {
    const { ipcMain, calls, lines } = setUp();
    await expect(ipcMain.invoke('connection:get', sender)).rejects.toThrow('untrusted sender');
    expect(calls()).toBe(0);
    expect(lines.some((line) => line.includes('untrusted frame'))).toBe(true);
  });

  it.each([
    ['an object', { serviceUrl: 'x' }],
    ['a string', 'give me the token'],
    ['a number', 1],
    ['null', null],
  ])('rejects a bad argument: %s', async (_name, argument) => {
    const { ipcMain, calls } = setUp();
    await expect(ipcMain.invoke('connection:get', {}, argument)).rejects.toThrow('invalid argument');
    expect(calls()).toBe(0);
  });

  it('rejects extra arguments', async () => {
    const { ipcMain, calls } = setUp();
    await expect(ipcMain.invoke('connection:get', {}, undefined, 'extra')).rejects.toThrow(
      'invalid argument',
    );
    expect(calls()).toBe(0);
  });

  it('strips anything the contract does not name from the result', async () => {
    const ipcMain = new FakeIpcMain();
    const { log } = createMemoryLogger();
    const router = createIpcRouter({ ipcMain, isTrustedPageUrl: () => true, log });
    const leaky = { platform: 'win32' as const, version: '1.0.0', adminToken: 'secret' };
    router.handle('app:info', () => leaky);
    expect(await ipcMain.invoke('app:info', {})).toEqual({ platform: 'win32', version: '1.0.0' });
  });

  it('refuses to send a result that breaks the contract', async () => {
    const ipcMain = new FakeIpcMain();
    const { log } = createMemoryLogger();
    const router = createIpcRouter({ ipcMain, isTrustedPageUrl: () => true, log });
    router.handle('connection:get', () => ({ serviceUrl: 'not a url', token: null, mode: 'team' }));
    await expect(ipcMain.invoke('connection:get', {})).rejects.toThrow();
  });
});

describe('event subscriptions', () => {
  it('reports valid subscriptions from the console', () => {
    const { ipcMain, router } = setUp();
    const seen: [string, number][] = [];
    router.onSubscribe((channel, senderId) => seen.push([channel, senderId]));
    ipcMain.send('events:subscribe', { webContentsId: 7 }, 'ticket:open');
    ipcMain.send('events:subscribe', { url: 'https://evil.example/' }, 'ticket:open');
    ipcMain.send('events:subscribe', {}, 'connection:get');
    ipcMain.send('events:subscribe', {}, 'ticket:open', 'extra');
    ipcMain.send('events:subscribe', {});
    expect(seen).toEqual([['ticket:open', 7]]);
  });
});

describe('isTrustedSender', () => {
  it('needs a live top frame on an app page', () => {
    const trusted = (url: string) => url.startsWith('app://console/');
    expect(
      isTrustedSender(
        { senderFrame: { url: 'app://console/index.html', parent: null }, sender: { id: 1 } },
        trusted,
      ),
    ).toBe(true);
    expect(isTrustedSender({ senderFrame: null, sender: { id: 1 } }, trusted)).toBe(false);
  });
});

describe('sendIpcEvent', () => {
  it('sends payloads that match the contract', () => {
    const sent: unknown[][] = [];
    sendIpcEvent({ send: (...args: unknown[]) => sent.push(args) }, 'ticket:open', { number: 12 });
    expect(sent).toEqual([['ticket:open', { number: 12 }]]);
  });

  it('refuses payloads that do not', () => {
    const receiver = { send: () => undefined };
    expect(() => sendIpcEvent(receiver, 'ticket:open', { number: -1 })).toThrow();
    expect(() => sendIpcEvent(receiver, 'ticket:open', { number: 1.5 })).toThrow();
  });
});
