// eslint-disable-next-line no-restricted-imports -- the build configuration runs in Node, not in the browser.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { dropMetaContentSecurityPolicyInDevelopment } from '../renderer/vite-plugins';

const helpRoot = fileURLToPath(new URL('.', import.meta.url));
const outputDirectory = fileURLToPath(new URL('../dist/web/help', import.meta.url));

/**
 * The customer help center's build (the second half of `npm run build:web`, after the console's, which
 * empties `dist/web`): `dist/web/help/index.html`, served by the ticket service at `/help`. An absolute
 * base (`/help/`) because the page is also served at nested paths such as `/help/tickets/<token>`.
 */
export default defineConfig({
  root: helpRoot,
  base: '/help/',
  plugins: [react(), dropMetaContentSecurityPolicyInDevelopment()],
  build: {
    outDir: outputDirectory,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: { port: 5174, strictPort: false },
});
