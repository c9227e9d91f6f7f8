import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleContentSecurityPolicy } from '../../../server/http/security-headers';
import { startTestService, type TestService } from '../helpers/service';

describe('serving the built console', () => {
  let service: TestService;
  let consoleDir: string;

  beforeAll(async () => {
    consoleDir = mkdtempSync(join(tmpdir(), 'console-build-'));
    mkdirSync(join(consoleDir, 'assets'));
    writeFileSync(
      join(consoleDir, 'index.html'),
      '<!doctype html><title>Support Console</title><script type="module" src="./assets/main-abc123.js"></script>',
    );
    writeFileSync(join(consoleDir, 'assets', 'main-abc123.js'), 'export {};');
    mkdirSync(join(consoleDir, 'help'));
    writeFileSync(join(consoleDir, 'help', 'index.html'), '<!doctype html><title>Help center</title>');
    service = await startTestService(null, { consoleDir });
  });

  afterAll(async () => {
    await service.stop();
    rmSync(consoleDir, { recursive: true, force: true });
  });

  it('serves index.html at / with a strict CSP and security headers', async () => {
    const response = await fetch(`${service.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Support Console');
    const host = new URL(service.url).host;
    const policy = response.headers.get('content-security-policy');
    expect(policy).toBe(consoleContentSecurityPolicy(host));
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    // Connections go to the service that served the console, nowhere else.
    expect(policy).toContain(`connect-src 'self' ws://${host} wss://${host};`);
    expect(policy).not.toMatch(/connect-src[^;]*(https?:|wss?:)(\s|;)/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('serves assets, and index.html for client-side routes', async () => {
    const asset = await fetch(`${service.url}/assets/main-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const route = await fetch(`${service.url}/tickets/1042`);
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toContain('text/html');
    expect(route.headers.get('content-security-policy')).toBe(
      consoleContentSecurityPolicy(new URL(service.url).host),
    );
    // A route two levels deep still loads /assets/…, not /tickets/assets/….
    expect(await route.text()).toContain('src="/assets/main-abc123.js"');
    expect(await (await fetch(`${service.url}/views/mine`)).text()).toContain('src="/assets/main-abc123.js"');
    expect(await (await fetch(`${service.url}/`)).text()).toContain('src="/assets/main-abc123.js"');
  });

  it('keeps unknown API paths as JSON 404s and refuses to leave the folder', async () => {
    const api = await fetch(`${service.url}/api/unknown`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'not_found' } });
    const escape = await fetch(`${service.url}/..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).not.toContain('root:');
  });

  it("serves the help center's page under /help, its client-side routes included, with the same CSP", async () => {
    for (const path of ['/help', '/help/', '/help/new', '/help/tickets/abcdefghijklmnop?lang=ko']) {
      const response = await fetch(`${service.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain('Help center');
      expect(response.headers.get('content-security-policy'), path).toBe(
        consoleContentSecurityPolicy(new URL(service.url).host),
      );
    }
    // A path that only starts with the same letters is the console's.
    expect(await (await fetch(`${service.url}/helpdesk`)).text()).toContain('Support Console');
  });
});
