import { answerAsCustomer, expect, fileTicket, queueRow, test } from './fixtures';
import { screenshotPath } from './screenshots';

/**
 * Issue 17, point 7: a ticket this console never opened holds only its queue row in the offline cache.
 * Opened offline it shows the opening message with "Partly loaded: reconnect to see the whole thread";
 * back online the whole thread loads and the notice goes.
 */
test('a ticket never opened says it is partly loaded while offline, and loads whole when back', async ({
  loggedInPage: page,
  context,
  service,
}) => {
  test.slow();
  const stamp = Date.now();
  const filed = await fileTicket(service.url, {
    email: 'partial@example.com',
    subject: `Withdrawal stuck ${stamp}`,
    body: 'My BTC withdrawal has been pending since the morning.',
  });
  await answerAsCustomer(service.url, filed, `It was 0.5 BTC. ${stamp}`);
  await answerAsCustomer(service.url, filed, `Any update? ${stamp}`);
  await expect(queueRow(page, filed.number)).toBeVisible();
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'online');

  await context.setOffline(true);
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'offline');
  await queueRow(page, filed.number).click();
  await expect(page.getByTestId('ticket-subject')).toContainText(String(stamp));
  const notice = page.getByTestId('thread-partly-loaded');
  await expect(notice).toHaveText('Partly loaded: reconnect to see the whole thread');
  await expect(page.getByTestId('thread-message')).toHaveCount(1);
  await page.screenshot({ path: screenshotPath('thread-partly-loaded-en.png') });

  await context.setOffline(false);
  await expect(page.getByTestId('thread-message')).toHaveCount(3, { timeout: 30_000 });
  await expect(page.getByTestId('thread-message').last()).toContainText(`Any update? ${stamp}`);
  await expect(notice).toHaveCount(0);

  // Opened once, the ticket is whole in the cache: offline again, no notice.
  await page.getByRole('button', { name: 'Close' }).first().click();
  await context.setOffline(true);
  await queueRow(page, filed.number).click();
  await expect(page.getByTestId('thread-message')).toHaveCount(3);
  // The failed fetch decides the notice: give it time to fail before checking the notice stays away.
  await page.waitForTimeout(1500);
  await expect(notice).toHaveCount(0);
  await context.setOffline(false);
});
