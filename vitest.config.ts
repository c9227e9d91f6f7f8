import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Tests are grouped by the runtime they need (CONVENTIONS.md §8); `npm run test:unit` runs them all. */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', include: ['test/shared/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'server',
          include: ['test/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['test/renderer/**/*.test.ts', 'test/renderer/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
      { test: { name: 'electron', include: ['test/electron/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
