// eslint-disable-next-line no-restricted-imports -- the build configuration runs in Node, not in the renderer.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { dropMetaContentSecurityPolicyInDevelopment } from './vite-plugins';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
const outputDirectory = fileURLToPath(new URL('../dist/web', import.meta.url));

/**
 * Browser-mode build of the console (`npm run build:web`): the console at `dist/web/index.html` and the
 * queue benchmark page at `dist/web/bench/queue-bench.html`. Relative asset paths (`base: './'`) let the
 * same files be served by the ticket service or loaded by the desktop shell.
 */
export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), dropMetaContentSecurityPolicyInDevelopment()],
  build: {
    outDir: outputDirectory,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        bench: fileURLToPath(new URL('./bench/queue-bench.html', import.meta.url)),
        syncBench: fileURLToPath(new URL('./bench/sync-bench.html', import.meta.url)),
      },
    },
  },
  server: { port: 5173, strictPort: false },
});
