import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Flags Chromium needs on machines without a sandbox, GPU or open network. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Which Chromium to drive: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, else Playwright's own
 * browser (where `npx playwright install` works).
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(
    (path): path is string => typeof path === 'string' && path.length > 0,
  );
  const executablePath = candidates.find((path) => existsSync(path));
  return { args: chromiumFlags, ...(executablePath ? { executablePath } : {}) };
}
