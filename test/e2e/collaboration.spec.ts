import type { Browser, Page } from '@playwright/test';
import { demoAgent, expect, fileTicket, logIn, queueRow, test } from './fixtures';

/** A second agent in a browser context of their own (separate storage, separate socket). */
async function secondAgent(browser: Browser, serviceUrl: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await logIn(page, serviceUrl, demoAgent(1));
  return page;
}

test('two agents: B sees A viewing and typing, and A’s reply reaches B’s queue without reload', async ({
  loggedInPage: agentA,
  browser,
  service,
}) => {
  const agentB = await secondAgent(browser, service.url);
  const filed = await fileTicket(service.url, {
    email: 'presence@example.com',
    subject: `Futures position closed unexpectedly ${Date.now()}`,
    body: 'My BTCUSDT long was closed at 14:02 without hitting my stop.',
  });
  await expect(queueRow(agentA, filed.number)).toBeVisible();
  await expect(queueRow(agentB, filed.number)).toBeVisible();
  await expect(queueRow(agentB, filed.number)).toContainText(/new/i);

  await queueRow(agentA, filed.number).click();
  // B's queue row shows A's avatar while A has the ticket open.
  await expect(queueRow(agentB, filed.number).getByTestId('row-presence')).toBeVisible();

  await queueRow(agentB, filed.number).click();
  const viewersSeenByB = agentB.getByTestId('ticket-presence');
  await expect(viewersSeenByB.locator(`[data-agent-name="${demoAgent(0).name}"]`)).toBeVisible();

  await agentA.getByTestId('composer-body').click();
  await agentA.keyboard.type('Thank you for the details, ');
  await expect(viewersSeenByB).toContainText(/typing/i);

  await agentA.keyboard.type('we are checking the liquidation log now.');
  await agentA.getByTestId('composer-send').click();
  await expect(agentA.locator('[data-testid="thread-message"][data-kind="reply"]').last()).toContainText(
    'liquidation log',
  );

  // B, with the same ticket open, sees the reply arrive, and the status change reaches B's queue row.
  await expect(agentB.locator('[data-testid="thread-message"][data-kind="reply"]').last()).toContainText(
    'liquidation log',
  );
  await expect(queueRow(agentB, filed.number)).not.toContainText(/\bnew\b/i);
  await agentB.context().close();
});

test('the stale-reply guard shows what changed before a reply goes out', async ({
  loggedInPage: agentA,
  browser,
  service,
}) => {
  const agentB = await secondAgent(browser, service.url);
  const filed = await fileTicket(service.url, {
    email: 'stale@example.com',
    subject: `Deposit not credited ${Date.now()}`,
    body: 'I sent 0.5 ETH two hours ago and it is not in my account.',
  });
  await queueRow(agentA, filed.number).click();
  await agentA.getByTestId('composer-body').fill('Could you send us the transaction hash?');

  // Meanwhile B answers the same customer.
  await queueRow(agentB, filed.number).click();
  await agentB
    .getByTestId('composer-body')
    .fill('We found your deposit; it will be credited within the hour.');
  await agentB.getByTestId('composer-send').click();
  await expect(agentB.locator('[data-testid="thread-message"][data-kind="reply"]').last()).toContainText(
    'credited within the hour',
  );

  await agentA.getByTestId('composer-send').click();
  const guard = agentA.getByTestId('stale-guard');
  await expect(guard).toBeVisible();
  await expect(guard.getByTestId('stale-guard-change').first()).toContainText('credited within the hour');
  // A decides the question still stands and sends anyway; nothing is lost.
  await guard.getByTestId('stale-guard-send').click();
  await expect(agentA.locator('[data-testid="thread-message"][data-kind="reply"]').last()).toContainText(
    'transaction hash?',
  );
  await agentB.context().close();
});

test('keyboard only: from the queue to a sent reply', async ({ loggedInPage: page, service }) => {
  const filed = await fileTicket(service.url, {
    email: 'keyboard@example.com',
    subject: `API key returns 401 ${Date.now()}`,
    body: 'Every private endpoint answers 401 invalid signature since this morning.',
  });
  await expect(queueRow(page, filed.number)).toBeVisible();
  // The newest ticket is first in the queue: focus the table, move to it, open it, reply, send.
  await page.getByTestId('queue-table').focus();
  await page.keyboard.press('j');
  await expect(queueRow(page, filed.number)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ticket-subject')).toContainText('API key returns 401');
  await page.keyboard.press('r');
  await expect(page.getByTestId('composer-body')).toBeFocused();
  await page.keyboard.type(
    'Please check that your server clock is in sync; signatures expire after 5 seconds.',
  );
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.locator('[data-testid="thread-message"][data-kind="reply"]').last()).toContainText(
    'server clock is in sync',
  );
});

test('bulk assign: three selected tickets are assigned in one action', async ({
  loggedInPage: page,
  service,
}) => {
  const numbers: number[] = [];
  for (const index of [1, 2, 3]) {
    const filed = await fileTicket(service.url, {
      email: `bulk${index}@example.com`,
      subject: `Bulk ${index} ${Date.now()}`,
      body: 'Where is my withdrawal?',
    });
    numbers.push(filed.number);
  }
  for (const number of numbers) {
    await expect(queueRow(page, number)).toBeVisible();
    await queueRow(page, number).getByTestId('queue-select').check();
  }
  const bar = page.getByTestId('bulk-bar');
  await expect(bar).toContainText('3');
  await bar.getByTestId('bulk-assign').selectOption({ label: 'Assign to me' });
  await expect(page.getByTestId('bulk-result')).toContainText('3');
  for (const number of numbers) {
    await expect(queueRow(page, number)).toContainText(demoAgent(0).name);
  }
});
