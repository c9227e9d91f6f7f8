import type { Page } from '@playwright/test';
import { expect, logIn, test } from './fixtures';
import { newAgent, preferencesOnService, saveView } from './saved-view-helpers';
import { screenshotPath } from './screenshots';

const viewNamed = (page: Page, name: string) => page.locator('[data-testid="view-item"]', { hasText: name });

test('saved views changed on another machine of the same agent arrive live, and after a reconnect', async ({
  page: laptop,
  browser,
  service,
}) => {
  test.slow();
  const { login, token } = await newAgent(service, 'Views Live');
  // Two machines of one agent: separate browser profiles (storage, IndexedDB and outbox of their own).
  const desktopContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const desktop = await desktopContext.newPage();
  try {
    await logIn(laptop, service.url, login);
    await logIn(desktop, service.url, login);

    // Saved on the laptop: the desktop shows it without a reload.
    await saveView(laptop, 'urgent', 'From the laptop');
    await expect(viewNamed(desktop, 'From the laptop')).toHaveCount(1);
    // Deleted on the desktop: gone from the laptop.
    await desktop.locator('.queue-views__row', { hasText: 'From the laptop' }).hover();
    await desktop.getByRole('button', { name: 'Delete view From the laptop' }).click();
    await expect(viewNamed(laptop, 'From the laptop')).toHaveCount(0);

    // The desktop goes offline and saves a view there; meanwhile the laptop saves another.
    await desktopContext.setOffline(true);
    await expect(desktop.getByTestId('sync-state')).toHaveAttribute('data-state', 'offline');
    await saveView(desktop, 'low', 'Saved offline');
    await saveView(laptop, 'high', 'While it was offline');
    await expect(viewNamed(desktop, 'While it was offline')).toHaveCount(0);
    // Back online: the desktop reads the laptop's view, and keeps its own (waiting in its outbox, then sent).
    await desktopContext.setOffline(false);
    await expect(viewNamed(desktop, 'While it was offline')).toHaveCount(1, { timeout: 30_000 });
    await expect(viewNamed(desktop, 'Saved offline')).toHaveCount(1);
    await expect(desktop.getByTestId('sync-pending-count')).toHaveText('0', { timeout: 30_000 });
    await expect(viewNamed(laptop, 'Saved offline')).toHaveCount(1);
    await desktop.screenshot({ path: screenshotPath('saved-views-live-en.png') });
    const stored = await preferencesOnService(service.url, token);
    expect(stored.saved_views?.map((view) => view.name).sort()).toEqual([
      'Saved offline',
      'While it was offline',
    ]);
  } finally {
    await desktopContext.close();
  }
});
