import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where an e2e test writes a screenshot named `name` (e.g. `merge.png`): `test-results/screenshots/` on an
 * ordinary run, so tests never rewrite tracked files, and `docs/screenshots/` only when the docs are
 * refreshed on purpose with `npm run screenshots` (which sets `UPDATE_SCREENSHOTS=1`).
 */
export function screenshotPath(name: string): string {
  const folder = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';
  mkdirSync(folder, { recursive: true });
  return join(folder, name);
}
