import { demoLead, expect, logIn, test } from './fixtures';
import { screenshotPath } from './screenshots';

/** The heading and a make-up day's name as each language shows them. */
const expected = {
  en: { heading: 'Make-up working days', name: 'Working day (Spring Festival make-up)' },
  ko: { heading: '대체 근무일', name: '춘절 대체 근무일' },
  zh: { heading: '调休上班日', name: '春节调休上班' },
} as const;

/**
 * A lead applies the Chinese holidays of 2026 to a team's calendar: the State Council's make-up working
 * Saturdays and Sundays (调休) come with them, listed apart, in the console's language. Nothing is saved.
 */
test('the Chinese preset lists the official make-up working days of 2026, in ko, en and zh', async ({
  browser,
  service,
}) => {
  test.setTimeout(180_000);
  for (const language of ['en', 'ko', 'zh'] as const) {
    const context = await browser.newContext({ locale: language, viewport: { width: 1440, height: 900 } });
    try {
      await context.addInitScript((preferred) => {
        window.localStorage.setItem('support-console.preferences', JSON.stringify({ language: preferred }));
      }, language);
      const page = await context.newPage();
      await logIn(page, service.url, demoLead());
      await page.getByTestId('nav-routing').click();
      const card = page.getByTestId('routing-team-General');
      await card.getByTestId('business-time-enabled').check();
      await card.getByTestId('business-time-zone').selectOption('Asia/Shanghai');
      const days = card.getByTestId('business-time-working-days');
      await expect(days).toContainText(expected[language].heading);
      await card.getByTestId('business-time-preset-year').selectOption('2026');
      await card.getByTestId('business-time-preset-CN').click();
      for (const date of [
        '2026-01-04',
        '2026-02-14',
        '2026-02-28',
        '2026-05-09',
        '2026-09-20',
        '2026-10-10',
      ]) {
        await expect(card.getByTestId(`business-time-working-day-${date}`)).toBeVisible();
      }
      await expect(card.getByTestId('business-time-working-day-2026-02-14')).toContainText(
        expected[language].name,
      );
      // The bridge days of the Spring Festival break are holidays; the worked Saturday before it is not.
      await expect(card.getByTestId('business-time-holiday-2026-02-20')).toBeVisible();
      await expect(card.getByTestId('business-time-holiday-2026-02-14')).toHaveCount(0);
      await days.scrollIntoViewIfNeeded();
      await card.screenshot({ path: screenshotPath(`make-up-days-${language}.png`) });
    } finally {
      await context.close();
    }
  }
});
