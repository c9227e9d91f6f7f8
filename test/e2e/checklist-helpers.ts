import type { Browser, Locator, Page } from '@playwright/test';
import { logIn } from './fixtures';
import type { TestService } from './service';

/** A signed-in agent in a browser of its own at 1440×900 in `locale` (the console follows the browser's language). */
export async function agentPage(browser: Browser, service: TestService, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await logIn(page, service.url);
  return page;
}

/** The open ticket's checklist item `key`. */
export function checklistItem(page: Page, key: string): Locator {
  return page.getByTestId('checklist-panel').locator(`[data-testid="checklist-item"][data-key="${key}"]`);
}
