import { readFileSync } from 'node:fs';
import { demoAgent, demoLead, expect, fileTicket, logIn, test } from './fixtures';
import { screenshotPath } from './screenshots';

test('a lead opens Metrics on the demo data, sees it move live and exports a chart', async ({
  page,
  service,
}) => {
  await logIn(page, service.url, demoLead());
  await page.getByTestId('nav-metrics').click();
  const dashboard = page.getByTestId('metrics-page');
  await expect(dashboard).toBeVisible();

  // Thirty days of demo history: switch to them and every chart draws something.
  await page.getByTestId('metrics-range').selectOption('30d');
  const total = page.getByTestId('metrics-backlog-total');
  await expect(total).toHaveText(/^\d[\d,.]*$/);
  for (const chart of ['flow', 'backlog-category', 'backlog-age', 'response-category', 'response-agent']) {
    const card = dashboard.locator(`[data-testid="metrics-chart"][data-chart="${chart}"]`);
    await expect(card.locator('.recharts-surface').first(), chart).toBeVisible();
    expect(
      await card.locator('.recharts-bar-rectangle, .recharts-line-curve').count(),
      chart,
    ).toBeGreaterThan(0);
  }
  // Every demo agent and the lead have a row (specs before this one may have added accounts of their own).
  const agentRows = dashboard.locator('[data-chart="agents"] tbody tr');
  for (const person of [demoAgent(0), demoAgent(1), demoAgent(2), demoLead()]) {
    await expect(agentRows.filter({ hasText: person.name })).toHaveCount(1);
  }
  await page.screenshot({ path: screenshotPath('metrics.png'), fullPage: false });

  // A customer files a ticket: the backlog grows without a reload.
  const before = Number((await total.innerText()).replace(/\D/g, ''));
  await fileTicket(service.url, {
    email: 'metrics-e2e@example.com',
    subject: 'Deposit not credited',
    body: 'My BTC deposit has 6 confirmations and is not credited yet.',
    category: 'deposit_withdrawal',
  });
  await expect(total).toHaveText(String(before + 1).replace(/\B(?=(\d{3})+(?!\d))/g, ','), {
    timeout: 10_000,
  });

  // Every chart's data downloads as CSV.
  const downloadPromise = page.waitForEvent('download');
  await dashboard.locator('[data-testid="metrics-export"][data-chart="flow"]').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^metrics-flow-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await download.path();
  const csv = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('bucket_start,incoming,solved');
  expect(lines.length).toBeGreaterThan(28);

  // The same charts in the dark theme (checked by eye: test-results/screenshots/metrics-dark.png).
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(dashboard.locator('[data-chart="flow"] .recharts-line-curve').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('metrics-dark.png') });
  await dashboard.locator('[data-testid="metrics-chart"][data-chart="spikes"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('metrics-dark-lower.png') });
});
