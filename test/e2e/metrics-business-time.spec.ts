import { demoLead, expect, logIn, preferLanguage, test } from './fixtures';
import { screenshotPath } from './screenshots';

/** The business-hours chart's title and the calendar-hours note, as each language shows them. */
const expected = {
  en: { title: 'Response times by category · business hours', calendar: 'Calendar hours:' },
  ko: { title: '카테고리별 응답 시간 · 업무 시간 기준', calendar: '달력 시간:' },
  zh: { title: '按类别的响应时间 · 工作时间', calendar: '日历时间：' },
} as const;

/**
 * A lead opens Metrics on the demo data, where the General team keeps Seoul office hours: beside the
 * calendar-hours response times (labelled as such), business-hours charts show the General tickets'
 * figures. In en, ko and zh.
 */
test('Metrics shows response times in business hours for the demo’s office-hours team', async ({
  browser,
  service,
}) => {
  test.setTimeout(240_000);
  for (const language of ['en', 'ko', 'zh'] as const) {
    const context = await browser.newContext({ locale: language, viewport: { width: 1440, height: 900 } });
    try {
      await preferLanguage(context, language);
      const page = await context.newPage();
      await logIn(page, service.url, demoLead());
      await page.getByTestId('nav-metrics').click();
      const dashboard = page.getByTestId('metrics-page');
      await page.getByTestId('metrics-range').selectOption('30d');
      const calendar = dashboard.locator('[data-testid="metrics-chart"][data-chart="response-category"]');
      const business = dashboard.locator(
        '[data-testid="metrics-chart"][data-chart="response-category-business"]',
      );
      await expect(business).toContainText(expected[language].title);
      await expect(calendar).toContainText(expected[language].calendar);
      // Only the General team keeps business hours: one category, with bars.
      await expect(business.locator('.recharts-bar-rectangle').first()).toBeVisible();
      await expect(business.locator('.recharts-cartesian-axis-tick-value')).not.toHaveCount(0);
      await expect(
        dashboard.locator('[data-testid="metrics-chart"][data-chart="response-agent-business"]'),
      ).toBeVisible();
      await calendar.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`metrics-business-time-${language}.png`) });
    } finally {
      await context.close();
    }
  }
});
