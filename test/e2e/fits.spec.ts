import type { Page } from '@playwright/test';
import { expect, logIn, preferLanguage, test } from './fixtures';
import { screenshotPath } from './screenshots';

/**
 * Issue 22, "Localization": at 1440×900, in en, ko and zh, with the ticket pane closed and open, the search
 * placeholder is shown whole, no queue column header is cut ("PRIOR…"), and the shortcut hint bar shows
 * only whole hints, "?" among them. Screenshots under test-results/screenshots.
 */

/** What does not fit, as readable lines (empty when everything fits). */
async function cutTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const search = document.querySelector<HTMLInputElement>('[data-testid="queue-search"]');
    if (!search) {
      return ['no search box'];
    }
    // Typed as a value, the placeholder's text overflows exactly when the placeholder would be cut (the
    // search field's clear button takes its room in both cases). The value is put back untouched.
    const typed = search.value;
    search.value = search.placeholder;
    if (search.scrollWidth > search.clientWidth) {
      problems.push(
        `search placeholder "${search.placeholder}" needs ${search.scrollWidth} px of ${search.clientWidth}`,
      );
    }
    search.value = typed;
    for (const label of document.querySelectorAll<HTMLElement>('.queue-header__label')) {
      if (label.scrollWidth > label.clientWidth + 1) {
        problems.push(`header "${label.textContent ?? ''}" is cut`);
      }
    }
    const bar = document.querySelector<HTMLElement>('[data-testid="queue-hints"]');
    if (!bar) {
      return [...problems, 'no hint bar'];
    }
    const barBox = bar.getBoundingClientRect();
    const shown = [...bar.children].filter((hint) => hint.getBoundingClientRect().top < barBox.bottom);
    for (const hint of shown) {
      const box = hint.getBoundingClientRect();
      if (box.right > barBox.right + 0.5 || box.bottom > barBox.bottom + 0.5) {
        problems.push(`hint "${hint.textContent ?? ''}" is cut`);
      }
    }
    if (!shown.some((hint) => hint.textContent?.includes('?'))) {
      problems.push('the "?" hint is hidden');
    }
    return problems;
  });
}

for (const language of ['en', 'ko', 'zh'] as const) {
  test(`${language}: the search placeholder, the column headers and the hint bar fit at 1440×900`, async ({
    browser,
    service,
  }) => {
    const context = await browser.newContext({ locale: language, viewport: { width: 1440, height: 900 } });
    await preferLanguage(context, language, 'light');
    const page = await context.newPage();
    await logIn(page, service.url);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    expect(await cutTexts(page)).toEqual([]);

    await page.getByTestId('queue-row').first().click();
    await expect(page.getByTestId('ticket-pane')).toBeVisible();
    expect(await cutTexts(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath(`fits-queue-${language}.png`) });
    await context.close();
  });
}
