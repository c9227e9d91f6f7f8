import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { dropMetaContentSecurityPolicyInDevelopment } from './renderer/vite-plugins';

const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/**
 * The embedded service reads its SQL migrations at run time from `../migrations/` relative to its own
 * module (`server/storage/migrate.ts`). Bundled, that module lives in a file directly in `out/main/`
 * (chunks are not put in a subfolder, see `chunkFileNames`), so the files go to `out/migrations/`.
 */
function copyServiceMigrations(): Plugin {
  let mainOutDir = fromRoot('./out/main');
  return {
    name: 'support-console:copy-service-migrations',
    apply: 'build',
    configResolved(config) {
      mainOutDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const source = fromRoot('./server/migrations');
      if (existsSync(source)) {
        cpSync(source, path.join(mainOutDir, '..', 'migrations'), { recursive: true });
      }
    },
  };
}

/**
 * Desktop build (`npm run build` / `npm start`): `out/main/index.js` (ES module, Electron 39 runs it
 * natively; it bundles `electron/` and the embedded `server/` while every npm dependency stays external,
 * loaded from node_modules, because PGlite reads its .wasm/.data files next to its own modules),
 * `out/preload/index.cjs` (CommonJS: sandboxed preloads cannot be ES modules) and `out/renderer/`.
 */
export default defineConfig({
  main: {
    plugins: [copyServiceMigrations()],
    build: {
      // Every package.json dependency is external (electron-vite's default); `electron` and `node:*` always are.
      externalizeDeps: true,
      outDir: fromRoot('./out/main'),
      sourcemap: true,
      rolldownOptions: {
        // The embedded service's intake analysis runs on a worker thread, whose entry is its own file beside
        // the main one (server/threads/module-worker.ts looks for `analysis-worker.js` there).
        input: {
          index: fromRoot('./electron/main/index.ts'),
          'analysis-worker': fromRoot('./server/intake-analysis/analysis-worker.ts'),
        },
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: '[name]-[hash].js',
        },
      },
    },
  },
  preload: {
    build: {
      // Sandboxed preloads can only `require('electron')`: bundle everything else (it imports types only).
      externalizeDeps: false,
      outDir: fromRoot('./out/preload'),
      rolldownOptions: {
        input: { index: fromRoot('./electron/preload.ts') },
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
        },
      },
    },
  },
  renderer: {
    root: fromRoot('./renderer'),
    plugins: [react(), dropMetaContentSecurityPolicyInDevelopment()],
    build: {
      outDir: fromRoot('./out/renderer'),
      // Less JavaScript to parse at every start (electron-vite leaves output unminified by default).
      minify: true,
      rolldownOptions: {
        input: { index: fromRoot('./renderer/index.html') },
      },
    },
  },
});
