import type { Browser, Page } from '@playwright/test';
import { agentIdByEmail, demoAgent, demoLead, expect, fileTicket, logIn, queueRow, test } from './fixtures';
import { screenshotPath } from './screenshots';

/** Opens the Routing page as the lead in `language`, at 1440×900. */
async function leadOnRouting(browser: Browser, serviceUrl: string, language: string): Promise<Page> {
  const context = await browser.newContext({ locale: language, viewport: { width: 1440, height: 900 } });
  await context.addInitScript((preferred) => {
    window.localStorage.setItem('support-console.preferences', JSON.stringify({ language: preferred }));
  }, language);
  const page = await context.newPage();
  await logIn(page, serviceUrl, demoLead());
  await page.getByTestId('nav-routing').click();
  await expect(page.getByTestId('routing-page')).toBeVisible();
  return page;
}

/**
 * A lead gives the Trading team business hours (Seoul, Monday to Friday 09:00–18:00) and next year's Korean
 * public holidays on the Routing page; an agent's console, open the whole time, moves the 24 h clock of an
 * API ticket from "23h" to days (24 open hours) without a reload. The team goes back to 24x7 at the end,
 * so the specs after this one see the demo's clocks. (The demo's General team keeps office hours from the
 * start: `demo-business-time.spec.ts`.)
 */
test('a lead sets business hours and the agent’s clock follows without a reload', async ({
  page,
  browser,
  service,
}) => {
  // Three consoles log in one after another (the lead in en, ko and zh) besides the agent's.
  test.setTimeout(240_000);
  const headers = { authorization: `Bearer ${service.adminToken}`, 'content-type': 'application/json' };
  const agent = demoAgent();
  const filed = await fileTicket(service.url, {
    email: 'business.time@example.com',
    subject: `Question about API fees (business-time ${Date.now()})`,
    body: 'How are trading fees computed for maker orders placed through the API?',
    category: 'api',
  });
  const patched = await fetch(`${service.url}/api/tickets/${filed.id}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ assignee_id: await agentIdByEmail(service.url, service.adminToken, agent.email) }),
  });
  expect(patched.status).toBe(200);

  await logIn(page, service.url, agent);
  await page.getByTestId('queue-search').fill('business-time');
  const clock = queueRow(page, filed.number).getByTestId('queue-sla');
  await expect(clock).toHaveText(/^23h \d+m$/);

  const routing = await fetch(`${service.url}/api/routing`, { headers });
  const trading = ((await routing.json()) as { teams: Array<Record<string, unknown>> }).teams.find(
    (team) => team.name === 'Trading',
  );
  try {
    const lead = await leadOnRouting(browser, service.url, 'en');
    const card = lead.getByTestId('routing-team-Trading');
    await expect(card.getByText('Every minute counts (24x7).')).toBeVisible();
    await card.getByTestId('business-time-enabled').check();
    await card.getByTestId('business-time-zone').selectOption('Asia/Seoul');
    await expect(card.getByTestId('business-time-mon-0-start')).toHaveValue('09:00');
    await expect(card.getByTestId('business-time-day-sat')).toContainText('Closed');
    const year = new Date().getFullYear() + 1;
    await card.getByTestId('business-time-preset-year').selectOption(String(year));
    await card.getByRole('button', { name: `Add Korean holidays ${year}` }).click();
    await expect(card.getByRole('status').filter({ hasText: /holidays added/ })).toBeVisible();
    await expect(card.getByTestId(`business-time-holiday-${year}-12-25`)).toBeVisible();
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: screenshotPath('business-time-en.png') });
    await card.getByTestId('routing-team-save').click();
    await expect(card.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    // 24 open hours of 9-hour weekdays: at least two days and six hours away, shown in days.
    await expect(clock).toHaveText(/^([2-9]|\d{2,})d \d+h$/);
    await page.screenshot({ path: screenshotPath('business-time-agent-queue.png') });
    await lead.context().close();

    for (const language of ['ko', 'zh']) {
      const other = await leadOnRouting(browser, service.url, language);
      const otherCard = other.getByTestId('routing-team-Trading');
      await expect(otherCard.getByTestId('business-time-zone')).toHaveValue('Asia/Seoul');
      await otherCard.scrollIntoViewIfNeeded();
      await otherCard.screenshot({ path: screenshotPath(`business-time-${language}.png`) });
      await other.context().close();
    }
  } finally {
    // Back to 24x7 for the specs that follow on this service.
    const restored = await fetch(`${service.url}/api/routing/teams/${String(trading?.id)}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({
        name: trading?.name,
        categories: trading?.categories,
        member_ids: trading?.member_ids,
        strategy: trading?.strategy,
        business_calendar: null,
      }),
    });
    expect(restored.status).toBe(200);
  }
  await expect(clock).toHaveText(/^23h \d+m$/);
});
