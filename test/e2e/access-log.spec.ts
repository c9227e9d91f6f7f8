import { mkdirSync } from 'node:fs';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { apiToken, demoAgent, demoLead, fileTicket, logIn } from './fixtures';
import { startTestService, type TestService } from './service';

/**
 * Issue 16, "Reads": a lead sees the access log and gets the live alert when an agent runs past the read
 * budget. This spec sets a budget of 3, so it runs on a service of its own (the shared one stays at 300).
 */
const test = base.extend<object, { readsService: TestService }>({
  readsService: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the fixtures argument to be destructured.
    async ({}, use) => {
      const service = await startTestService();
      await use(service);
      await service.stop();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
});

async function api(
  service: TestService,
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${service.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null };
}

/** An agent opens distinct unassigned tickets through the API until the budget refuses one. */
async function readPastBudget(service: TestService, agentIndex: number): Promise<number[]> {
  const token = await apiToken(service.url, demoAgent(agentIndex));
  const list = await api(service, 'GET', '/api/tickets?assignee=none&limit=10', token);
  const tickets = (list.json as { tickets: { id: string }[] }).tickets;
  const statuses: number[] = [];
  for (const ticket of tickets.slice(0, 5)) {
    statuses.push((await api(service, 'GET', `/api/tickets/${ticket.id}`, token)).status);
  }
  return statuses;
}

async function leadPage(browser: Browser, service: TestService, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await logIn(page, service.url, demoLead());
  return page;
}

test('a lead sees the access log and the alert when an agent runs past the read budget', async ({
  browser,
  readsService: service,
}) => {
  mkdirSync('test-results/screenshots', { recursive: true });
  // The lead sets a small budget (the console's form does the same: checked below).
  expect(
    (await api(service, 'PUT', '/api/settings/read-limits', service.adminToken, { hourly_ticket_budget: 3 }))
      .status,
  ).toBe(200);
  const filed = await fileTicket(service.url, {
    email: 'mina.e2e.reads@example.com',
    name: 'Mina Reads',
    subject: 'Withdrawal pending for a day',
    body: 'My withdrawal has been pending since yesterday. Write to mina.e2e.reads@example.com please.',
  });

  const page = await leadPage(browser, service, 'en-US');
  // Lists carry masked contact details: the queue never holds the full address.
  await expect(page.locator(`[data-testid="queue-row"][data-ticket-id="${filed.id}"]`)).toBeVisible();
  expect(await page.getByTestId('queue-table').innerText()).not.toContain('mina.e2e.reads@');
  // A search by the full e-mail is answered by the service and still finds the ticket.
  await page.getByTestId('queue-search').fill('mina.e2e.reads@example.com');
  await expect(page.getByTestId('queue-row')).toHaveCount(1);
  await expect(page.getByTestId('queue-row').first()).toHaveAttribute('data-ticket-id', filed.id);
  await page.getByTestId('queue-row').first().click();
  await expect(page.getByTestId('ticket-pane')).toContainText('mina.e2e.reads@example.com');
  await expect(page.getByTestId('requester-unverified')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/access-unverified-en.png' });

  await page.getByTestId('nav-accessLog').click();
  await expect(page.getByTestId('access-log-page')).toBeVisible();
  await expect(page.getByTestId('read-budget-input')).toHaveValue('3');
  // The log's retention: a year by default; a lead keeps 90 days (the service deletes older entries).
  await expect(page.getByTestId('access-log-retention-input')).toHaveValue('365');
  await page.getByTestId('access-log-retention-input').fill('90');
  await page.getByTestId('access-log-retention-save').click();
  await expect(page.getByText('Saved. Entries older than this are deleted.')).toBeVisible();
  // The change itself is on record, with who made it (the lead signed in here).
  const retentionChange = page.locator(
    '[data-testid="security-changes"] li[data-action="security.access_log_retention"]',
  );
  await expect(retentionChange.first()).toContainText('access-log retention 365 → 90 days');

  // An agent opens ticket after ticket: the fourth distinct one is refused.
  const statuses = await readPastBudget(service, 0);
  expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 429]);
  const alert = page.getByTestId('read-budget-alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(demoAgent(0).name);
  await expect(alert).toContainText('3');

  // The log shows the reads and the refusal, newest first.
  await page.getByRole('button', { name: 'Refresh' }).click();
  const refused = page.locator('[data-testid="access-log-entry"][data-kind="refused"]');
  await expect(refused.first()).toBeVisible();
  await expect(refused.first()).toContainText(demoAgent(0).name);
  await expect(page.locator('[data-testid="access-log-entry"][data-kind="read"]').first()).toBeVisible();
  await expect(page.locator('[data-testid="access-log-entry"][data-kind="search"]').first()).toContainText(
    'mina.e2e.reads@example.com',
  );
  await page.screenshot({ path: 'test-results/screenshots/access-log-en.png' });

  // CSV export of what the filters show.
  await page.getByTestId('access-log-kind').selectOption('refused');
  await expect(page.locator('[data-testid="access-log-entry"][data-kind="read"]')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByTestId('access-log-export').click();
  const csvPath = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const csv = readFileSync(csvPath, 'utf8').trim().split('\r\n');
  expect(csv[0]).toBe('at,agent_id,agent_name,kind,ticket_id,ticket_number,query,result_count');
  expect(csv.slice(1).every((line) => line.includes(',refused,'))).toBe(true);
  expect(csv.length).toBeGreaterThan(1);

  // The same page and alert in Korean and Chinese (checked by eye in test-results/screenshots).
  const korean = await leadPage(browser, service, 'ko-KR');
  const chinese = await leadPage(browser, service, 'zh-CN');
  for (const other of [korean, chinese]) {
    await other.getByTestId('nav-accessLog').click();
    await expect(other.getByTestId('access-log-table')).toBeVisible();
    await expect(other.getByTestId('access-log-retention-input')).toHaveValue('90');
  }
  await expect(korean.getByTestId('security-changes')).toContainText('접근 기록 보관 기간 365 → 90일');
  await expect(chinese.getByTestId('security-changes')).toContainText('访问日志保留期限 365 → 90 天');
  for (const [other, language] of [
    [korean, 'ko'],
    [chinese, 'zh'],
  ] as const) {
    await other.getByTestId('security-changes').scrollIntoViewIfNeeded();
    await other.screenshot({ path: `test-results/screenshots/access-log-changes-${language}.png` });
  }
  expect((await readPastBudget(service, 1)).slice(0, 4)).toEqual([200, 200, 200, 429]);
  for (const [other, language] of [
    [korean, 'ko'],
    [chinese, 'zh'],
  ] as const) {
    await expect(other.getByTestId('read-budget-alert')).toContainText(demoAgent(1).name);
    await other.screenshot({ path: `test-results/screenshots/access-log-${language}.png` });
  }
  await expect(korean.getByTestId('read-budget-alert')).toContainText('열람 한도 초과');
  await expect(chinese.getByTestId('read-budget-alert')).toContainText('超出读取限额');
  await korean.getByTestId('nav-queue').click();
  await korean.locator(`[data-testid="queue-row"][data-ticket-id="${filed.id}"]`).click();
  await expect(korean.getByTestId('requester-unverified')).toHaveText('미확인 고객');
  await korean.screenshot({ path: 'test-results/screenshots/access-unverified-ko.png' });
});
