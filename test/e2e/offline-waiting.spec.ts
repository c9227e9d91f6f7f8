import { expect, fileTicket, queueRow, test } from './fixtures';

/**
 * A reply written offline waits in the outbox: the thread marks it "Waiting to send" until the service
 * acknowledges it, then the mark goes and the reply is the service's.
 */
test('an offline reply shows "Waiting to send" until the service acknowledges it', async ({
  loggedInPage: page,
  context,
  service,
}) => {
  test.slow();
  const marker = `waiting-${Date.now()}`;
  const filed = await fileTicket(service.url, {
    email: 'waiting@example.com',
    subject: `Deposit not credited ${marker}`,
    body: 'My XRP deposit has not arrived after an hour.',
  });
  await queueRow(page, filed.number).click();
  await expect(page.getByTestId('ticket-subject')).toContainText(marker);
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'online');

  await context.setOffline(true);
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'offline');
  const reply = `Could you send the destination tag you used? (${marker})`;
  await page.getByTestId('composer-body').fill(reply);
  await page.getByTestId('composer-send').click();
  const last = page.locator('[data-testid="thread-message"]').last();
  await expect(last).toContainText(reply);
  await expect(last.getByTestId('message-waiting')).toHaveText('Waiting to send');
  await page.screenshot({ path: 'test-results/screenshots/waiting-to-send.png' });

  // From here on, count the copies of the reply in the thread at every change of the page: the pending copy
  // must give way to the service's in the same render, never both at once.
  await page.evaluate((text) => {
    const state = window as unknown as { mostCopies: number };
    state.mostCopies = 0;
    const count = (): void => {
      const copies = [...document.querySelectorAll('[data-testid="thread-message"]')].filter((element) =>
        element.textContent?.includes(text),
      ).length;
      state.mostCopies = Math.max(state.mostCopies, copies);
    };
    count();
    new MutationObserver(count).observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  }, reply);
  await context.setOffline(false);
  await expect(page.getByTestId('sync-pending-count')).toHaveText('0', { timeout: 60_000 });
  const sent = page.locator('[data-testid="thread-message"]', { hasText: reply });
  await expect(sent).toHaveCount(1);
  await expect(sent.getByTestId('message-waiting')).toHaveCount(0);
  await expect(page.getByTestId('message-waiting')).toHaveCount(0);
  // Wait for the live change's fresh copy of the ticket too, then check no moment showed two copies.
  await page.waitForTimeout(1500);
  await expect(sent).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { mostCopies: number }).mostCopies)).toBe(1);
});
