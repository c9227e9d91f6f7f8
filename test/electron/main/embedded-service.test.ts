import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connectionInfoSchema } from '../../../shared/ipc';
import { startService } from '../../../server/service';
import { createDesktopController } from '../../../electron/main/desktop-controller';
import { createIpcRouter } from '../../../electron/main/ipc-handlers';
import { isAppPageUrl } from '../../../electron/main/renderer-protocol';
import { FakeFacade, FakeIpcMain, createMemoryLogger } from './fake-desktop';

/** The controller with the real embedded service (server/service.ts on PGlite), only Electron faked. */
describe('desktop controller with the real embedded service', () => {
  let userData: string | null = null;

  afterEach(async () => {
    if (userData) {
      await rm(userData, { recursive: true, force: true });
    }
  });

  it('starts it, hands the console a working token, and stops it before the app exits', async () => {
    userData = await mkdtemp(path.join(os.tmpdir(), 'support-console-desktop-'));
    const facade = new FakeFacade({ userDataPath: userData });
    const ipcMain = new FakeIpcMain();
    const { log, lines } = createMemoryLogger();
    const controller = createDesktopController({
      facade,
      ipc: createIpcRouter({ ipcMain, isTrustedPageUrl: (url) => isAppPageUrl(url, ['app://console']), log }),
      startService,
      log,
      argv: [],
    });

    expect(await controller.start()).toBe('running');
    const connection = connectionInfoSchema.parse(await ipcMain.invoke('connection:get', {}));
    expect(connection.mode).toBe('embedded');
    expect(connection.serviceUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const response = await fetch(`${connection.serviceUrl}/api/tickets?limit=1`, {
      headers: { authorization: `Bearer ${connection.token}`, origin: 'app://console' },
    });
    expect(response.status).toBe(200);
    const adminToken = (await readFile(path.join(userData, 'service', 'admin-token'), 'utf8')).trim();
    expect(adminToken.length).toBeGreaterThan(10);
    expect(lines.join('\n')).not.toContain(adminToken);

    facade.quit();
    await expect.poll(() => facade.hasQuit, { timeout: 10_000 }).toBe(true);
    await expect(fetch(`${connection.serviceUrl}/api/tickets?limit=1`)).rejects.toThrow();
  }, 60_000);
});
