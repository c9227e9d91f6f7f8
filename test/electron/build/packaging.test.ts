import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { deepLinkScheme } from '../../../electron/main/deep-link';

// electron-builder's YAML reader (js-yaml ships no types; this is the one function used).
const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
const root = path.resolve(import.meta.dirname, '../../..');
const builderConfig = readFileSync(path.join(root, 'build/electron-builder.yml'), 'utf8');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
};

/** Source files of everything the main process bundles. */
function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ts$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => path.join(root, folder, file));
}

/** Package names imported (statically or dynamically, values or types) by a source file. */
function importedPackages(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'([^'./][^']*)'/g)].map(
    (match) => match[1] ?? '',
  );
  return specifiers
    .filter((specifier) => !specifier.startsWith('node:') && !builtinModules.includes(specifier))
    .map((specifier) =>
      specifier.startsWith('@')
        ? specifier.split('/').slice(0, 2).join('/')
        : (specifier.split('/')[0] ?? ''),
    );
}

/** Packages the installer leaves out (`'!node_modules/{a,b}/**'` and `'!node_modules/@scope/**'`). */
function excludedPackages(): string[] {
  const excluded: string[] = [];
  for (const match of builderConfig.matchAll(/'!node_modules\/([^']+)\/\*\*'/g)) {
    const pattern = match[1] ?? '';
    excluded.push(...(pattern.startsWith('{') ? pattern.slice(1, -1).split(',') : [pattern]));
  }
  return excluded;
}

describe('packaging', () => {
  const mainProcessFiles = [
    ...sourceFiles('electron/main'),
    ...sourceFiles('server'),
    ...sourceFiles('shared'),
  ];
  const runtimePackages = new Set(
    mainProcessFiles.flatMap(importedPackages).filter((name) => name !== 'electron'),
  );

  it('ships every package the main process loads at run time as a dependency (devDependencies are not packaged)', () => {
    expect(runtimePackages).toContain('zod'); // the scan finds imports at all
    const missing = [...runtimePackages].filter(
      (name) => !(name in packageJson.dependencies) && !name.startsWith('@types/'),
    );
    expect(missing).toEqual([]);
  });

  it('excludes only packages the main process never loads', () => {
    const excluded = excludedPackages();
    expect(excluded.length).toBeGreaterThan(0);
    const clashes = excluded.filter(
      (pattern) =>
        runtimePackages.has(pattern) || [...runtimePackages].some((name) => name.startsWith(`${pattern}/`)),
    );
    expect(clashes).toEqual([]);
  });

  it('starts the app from the electron-vite output and registers the deep-link scheme', () => {
    expect(packageJson.main).toBe('out/main/index.js');
    expect(builderConfig).toMatch(new RegExp(`schemes:\\s*\\n\\s*- ${deepLinkScheme}\\b`));
  });

  it("passes electron-builder's own schema validation", async () => {
    const config = load(builderConfig) as Parameters<typeof validateConfiguration>[0];
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds a per-user NSIS installer, DMG and zip (the zip feeds macOS auto-update), with hardened runtime', () => {
    const config = load(builderConfig) as {
      win: { target: { target: string }[] };
      nsis: { perMachine: boolean; oneClick: boolean };
      mac: {
        target: { target: string }[];
        hardenedRuntime: boolean;
        entitlements: string;
        notarize: boolean;
      };
      publish: { provider: string; url: string }[];
      extraResources: { from: string; to: string }[];
    };
    expect(config.win.target.map(({ target }) => target)).toEqual(['nsis']);
    expect(config.nsis.perMachine).toBe(false);
    expect(config.mac.target.map(({ target }) => target)).toEqual(['dmg', 'zip']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.mac.notarize).toBe(true);
    expect(readFileSync(path.join(root, config.mac.entitlements), 'utf8')).toContain(
      'com.apple.security.cs.allow-jit',
    );
    expect(config.publish[0]?.provider).toBe('generic');
    expect(config.extraResources).toContainEqual({ from: 'build/icon.png', to: 'icon.png' });
    expect(builderConfig).not.toMatch(/fileAssociations/);
  });

  it("uses the installer's app id as the Windows app user model id (or Windows drops the notifications)", () => {
    const mainSource = readFileSync(path.join(root, 'electron/main/index.ts'), 'utf8');
    const appId = /^appId: (\S+)$/m.exec(builderConfig)?.[1];
    expect(appId).toBeDefined();
    expect(mainSource).toContain(`const windowsAppUserModelId = '${appId ?? ''}';`);
  });

  it('has a 1024×1024 RGBA icon', () => {
    const png = readFileSync(path.join(root, 'build/icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1024);
    expect(png.readUInt32BE(20)).toBe(1024);
    expect(png[25]).toBe(6);
  });
});
