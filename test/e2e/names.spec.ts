import { demoLead, expect, logIn, test } from './fixtures';
import { screenshotPath } from './screenshots';

/** The FAQ library's "Deposits" folder and the saved view's "Priority" line, as each language names them. */
const expected = {
  ko: { deposits: '입금', priority: '우선순위', urgent: '긴급' },
  zh: { deposits: '充值', priority: '优先级', urgent: '紧急' },
  en: { deposits: 'Deposits', priority: 'Priority', urgent: 'Urgent' },
} as const;

test('FAQ folders and a saved view’s filters are named in the console’s language', async ({
  page,
  service,
}) => {
  await logIn(page, service.url, demoLead());
  // A saved view: the toolbar's priority filter moves into the view, and the toolbar empties.
  await page.getByTestId('filter-priority').selectOption('urgent');
  await page.getByTestId('view-save').click();
  await page.getByTestId('view-name').fill('Urgent only');
  await page.getByTestId('view-name').press('Enter');
  await expect(page.getByTestId('filter-priority')).toHaveValue('');
  for (const language of ['ko', 'zh', 'en'] as const) {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-language').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);

    await page.getByTestId('nav-faq').click();
    const folders = page.getByTestId('faq-folder');
    await expect(folders.filter({ hasText: expected[language].deposits }).first()).toBeVisible();
    await page.screenshot({ path: screenshotPath(`faq-folders-${language}.png`) });

    await page.getByTestId('nav-queue').click();
    // The saved view stays the selected one across pages.
    await expect(page.locator('[data-testid="view-item"]', { hasText: 'Urgent only' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    const summary = page.getByTestId('view-summary');
    await expect(summary).toContainText(expected[language].priority);
    await expect(summary).toContainText(expected[language].urgent);
    await page.screenshot({ path: screenshotPath(`saved-view-filters-${language}.png`) });
  }
});
