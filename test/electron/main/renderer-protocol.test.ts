import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentTypeOf,
  createRendererProtocolHandler,
  isAppPageUrl,
  originOf,
  resolveRendererFile,
} from '../../../electron/main/renderer-protocol';

const rendererDirectory = path.resolve('/app/out/renderer');
const inRenderer = (...segments: string[]) => path.join(rendererDirectory, ...segments);

describe('originOf and isAppPageUrl', () => {
  it('computes origins for custom schemes too', () => {
    expect(originOf('app://console/index.html')).toBe('app://console');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
    expect(originOf('app://user@console/')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('nonsense')).toBeNull();
  });

  it('recognises only the listed origins', () => {
    expect(isAppPageUrl('app://console/index.html', ['app://console'])).toBe(true);
    expect(isAppPageUrl('app://console.evil/index.html', ['app://console'])).toBe(false);
    expect(isAppPageUrl('http://localhost:5174/', ['http://localhost:5173'])).toBe(false);
    expect(isAppPageUrl('file:///app/out/renderer/index.html', ['app://console'])).toBe(false);
  });
});

describe('resolveRendererFile', () => {
  it('maps app://console paths into the built console', () => {
    expect(resolveRendererFile('app://console/index.html', rendererDirectory)).toBe(inRenderer('index.html'));
    expect(resolveRendererFile('app://console/assets/index-abc.js', rendererDirectory)).toBe(
      inRenderer('assets', 'index-abc.js'),
    );
    expect(resolveRendererFile('app://console/assets/a%20b.css?v=1#x', rendererDirectory)).toBe(
      inRenderer('assets', 'a b.css'),
    );
  });

  it('serves index.html for client routes', () => {
    expect(resolveRendererFile('app://console/', rendererDirectory)).toBe(inRenderer('index.html'));
    expect(resolveRendererFile('app://console/tickets/42', rendererDirectory)).toBe(inRenderer('index.html'));
  });

  it.each([
    'app://console/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://console/..%5c..%5cwindows%5cwin.ini',
    'app://console/assets/%00.js',
    'app://console/C:%2fWindows%2fwin.ini',
    'app://console/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://console/index.html',
  ])('refuses %s', (url) => {
    expect(resolveRendererFile(url, rendererDirectory)).toBeNull();
  });

  it.each([
    'app://console/../../etc/passwd.txt',
    'app://console/%2e%2e/%2e%2e/etc/passwd.txt',
    'app://console/assets/%2E%2E/%2E%2E/%2E%2E/x.js',
    'app://console/./././../x.js',
  ])('never leaves the console folder for %s (the URL parser resolves dot segments first)', (url) => {
    const file = resolveRendererFile(url, rendererDirectory);
    expect(file === null || file.startsWith(rendererDirectory + path.sep)).toBe(true);
  });
});

describe('contentTypeOf', () => {
  it('knows what a Vite build emits', () => {
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('pglite.wasm')).toBe('application/wasm');
    expect(contentTypeOf('unknown.bin')).toBe('application/octet-stream');
  });
});

describe('the app: protocol handler', () => {
  const files = new Map<string, string>([
    [inRenderer('index.html'), '<!doctype html><title>Support Console</title>'],
    [inRenderer('assets', 'index.js'), 'console.log(1)'],
  ]);
  const handler = createRendererProtocolHandler({
    rendererDirectory,
    readFile: (file) => {
      const content = files.get(file);
      return content === undefined
        ? Promise.reject(new Error('ENOENT'))
        : Promise.resolve(new TextEncoder().encode(content));
    },
    getContentSecurityPolicy: () => "default-src 'self'",
  });

  it('serves the page with its policy', async () => {
    const response = await handler(new Request('app://console/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Support Console');
  });

  it('serves scripts with a JavaScript type', async () => {
    const response = await handler(new Request('app://console/assets/index.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('answers 404 for missing files and escapes, 405 for writes', async () => {
    expect((await handler(new Request('app://console/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://console/%2e%2e/secret.txt'))).status).toBe(404);
    expect(
      (await handler(new Request('app://console/index.html', { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
  });
});

describe('the app: protocol handler on a real folder', () => {
  it('serves files from disk and nothing outside the folder', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'support-console-renderer-'));
    try {
      await mkdir(path.join(folder, 'renderer', 'assets'), { recursive: true });
      await writeFile(path.join(folder, 'renderer', 'index.html'), '<!doctype html>');
      await writeFile(path.join(folder, 'renderer', 'assets', 'app.js'), 'export {};');
      await writeFile(path.join(folder, 'secret.txt'), 'do not serve');
      const handler = createRendererProtocolHandler({
        rendererDirectory: path.join(folder, 'renderer'),
        readFile: (file) => readFile(file),
        getContentSecurityPolicy: () => "default-src 'self'",
      });
      expect(await (await handler(new Request('app://console/assets/app.js'))).text()).toBe('export {};');
      expect(
        (await handler(new Request('app://console/tickets/1'))).headers.get('content-security-policy'),
      ).toBe("default-src 'self'");
      for (const url of [
        'app://console/../secret.txt',
        'app://console/%2e%2e/secret.txt',
        'app://console/..%2fsecret.txt',
      ]) {
        const response = await handler(new Request(url));
        expect(await response.text()).not.toContain('do not serve');
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
