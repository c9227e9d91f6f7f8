import { demoAgent, expect, fileTicket, test } from './fixtures';
import { screenshotPath } from './screenshots';

test('an agent logs in and sees the demo queue', async ({ loggedInPage: page }) => {
  const rows = page.getByTestId('queue-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(10);
  // The demo holds about 2,000 tickets; the count names them all even though only visible rows render.
  await expect(page.getByTestId('queue-count')).toContainText(/\d{1,2}[,.]?\d{3}/);
  await page.screenshot({ path: screenshotPath('queue-light.png') });
});

test('wrong credentials show an error and no queue', async ({ page, service }) => {
  await page.goto(service.url);
  await page.getByTestId('login-email').fill(demoAgent().email);
  await page.getByTestId('login-password').fill('not the password');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toBeVisible();
  await expect(page.getByTestId('queue-table')).toHaveCount(0);
});

test('a ticket filed through intake appears live and opens with its thread', async ({
  loggedInPage: page,
  service,
}) => {
  const subject = `Withdrawal stuck ${Date.now()}`;
  const body = 'My USDT withdrawal has been pending for 3 hours.\nTxID 0x' + 'ab12'.repeat(16);
  const filed = await fileTicket(service.url, { email: 'live@example.com', subject, body });

  // No reload: the row arrives through socket.io.
  const row = page.locator(`[data-testid="queue-row"][data-ticket-number="${filed.number}"]`);
  await expect(row).toBeVisible({ timeout: 5_000 });
  await row.click();

  const pane = page.getByTestId('ticket-pane');
  await expect(pane.getByTestId('ticket-subject')).toHaveText(subject);
  const opening = pane.locator('[data-testid="thread-message"][data-kind="customer"]').first();
  await expect(opening).toContainText('My USDT withdrawal has been pending for 3 hours.');
  await expect(opening).toContainText('0x' + 'ab12'.repeat(16));
});

test('an agent replies and the reply joins the thread', async ({ loggedInPage: page, service }) => {
  const filed = await fileTicket(service.url, {
    email: 'reply@example.com',
    subject: `KYC rejected ${Date.now()}`,
    body: 'My ID verification was rejected twice.',
  });
  const row = page.locator(`[data-testid="queue-row"][data-ticket-number="${filed.number}"]`);
  await expect(row).toBeVisible({ timeout: 5_000 });
  await row.click();
  const reply = 'Thank you for waiting. Please upload a photo of your ID without glare.';
  await page.getByTestId('composer-body').fill(reply);
  await page.getByTestId('composer-send').click();
  await expect(page.locator('[data-testid="thread-message"][data-kind="reply"]').last()).toContainText(reply);

  // The reply is stored by the service, not only shown (the console's IndexedDB copy would show it either
  // way): the customer, who reads the ticket from the service with their access token, sees it.
  await expect
    .poll(async () => {
      const response = await fetch(`${service.url}/api/tickets/${filed.id}/customer-view`, {
        headers: { authorization: `Bearer ${filed.access_token}` },
      });
      return JSON.stringify(await response.json());
    })
    .toContain(reply);
});
