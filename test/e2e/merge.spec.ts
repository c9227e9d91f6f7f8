import { answerAsCustomer, expect, fileTicket, queueRow, test } from './fixtures';
import { screenshotPath } from './screenshots';

test('a resubmitted ticket shows the banner; the agent merges, the customer’s reply follows, the agent undoes', async ({
  loggedInPage: page,
  service,
}) => {
  const stamp = Date.now();
  const request = {
    email: `resubmit-${stamp}@example.com`,
    name: 'Dana Whitfield',
    category: 'deposit_withdrawal',
    // The address is unique per run; subject and body are what a real resubmission repeats.
    subject: 'USDT withdrawal pending for two days',
    body: 'I withdrew 250 USDT on TRC20 two days ago and it still shows pending. Please check what is wrong.',
  };
  const older = await fileTicket(service.url, request);
  // Nobody answered, so the customer sends the same request again.
  const newer = await fileTicket(service.url, request);

  await queueRow(page, newer.number).click();
  const banner = page.getByTestId('duplicate-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('earlier ticket from this customer looks like the same issue');

  await page.getByTestId('duplicate-compare').click();
  const compare = page.getByTestId('duplicate-compare-view');
  await expect(compare).toContainText(`#${older.number}`);
  await expect(compare).toContainText(`#${newer.number}`);

  await page.getByTestId('merge-open').click();
  const dialog = page.getByTestId('merge-dialog');
  await expect(dialog).toBeVisible();
  // The older ticket keeps the conversation unless the agent swaps.
  await expect(dialog.getByTestId('merge-target')).toContainText(`#${older.number}`);
  await expect(dialog.getByTestId('merge-preview')).toContainText('Messages in the thread: 1');
  await page.screenshot({ path: screenshotPath('merge.png') });

  // This time the agent keeps the new ticket: the old one folds into it.
  await dialog.getByTestId('merge-swap').click();
  await expect(dialog.getByTestId('merge-target')).toContainText(`#${newer.number}`);
  await expect(dialog.getByTestId('merge-sources')).toContainText(`#${older.number}`);
  await expect(dialog.getByTestId('merge-confirm')).toBeEnabled();
  await dialog.getByTestId('merge-confirm').click();
  await expect(dialog).toBeHidden();

  const merged = page.getByTestId('merged-banner');
  await expect(merged).toContainText(`Merged into this ticket: #${older.number}`);
  await expect(page.getByTestId('duplicate-banner')).toBeHidden();
  await expect(page.getByTestId('message-origin').first()).toContainText(`From #${older.number}`);

  // The customer answers the old ticket's e-mail: the reply lands on the merged ticket, live.
  const reply = `Here is the TxID: ${'9c'.repeat(32)}`;
  await answerAsCustomer(service.url, older, reply);
  const lastMessage = page.locator('[data-testid="thread-message"]').last();
  await expect(lastMessage).toContainText(reply);
  await expect(lastMessage.getByTestId('message-origin')).toContainText(`From #${older.number}`);

  await merged.getByTestId('merge-undo').click();
  await expect(page.getByTestId('merged-banner')).toBeHidden();
  await expect(page.locator('[data-testid="thread-message"]').filter({ hasText: reply })).toHaveCount(0);

  // The old ticket is back as it was, with the reply that was meant for it.
  await queueRow(page, older.number).click();
  await expect(page.getByTestId('ticket-subject')).toContainText(request.subject);
  await expect(page.locator('[data-testid="thread-message"]').last()).toContainText(reply);
  await expect(page.getByTestId('merged-banner')).toBeHidden();
});
