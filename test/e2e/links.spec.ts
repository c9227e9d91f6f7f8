import { expect, logIn, openView, queueRow, test } from './fixtures';

// A first sync of the 2,000 demo tickets and many view switches: slow when the machine is shared.
test.slow();

/**
 * Browser mode has an address for every view and ticket: a reload keeps the open ticket, Back and Forward
 * move between views and tickets, and "Copy link" gives the ticket's address, which opens it.
 */
test('reload on /tickets/N keeps the ticket open; Back and Forward work; the copied link opens it', async ({
  page,
  context,
  service,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: service.url });
  await logIn(page, service.url);
  await expect(page).toHaveURL(/\/views\/all$/u);
  await openView(page, 'unassigned');
  await expect(page).toHaveURL(/\/views\/unassigned$/u);
  const number = Number(await page.getByTestId('queue-row').first().getAttribute('data-ticket-number'));
  // Click that ticket's row by its number: a live arrival may have moved another row to the top meanwhile.
  await page.locator(`[data-testid="queue-row"][data-ticket-number="${number}"]`).click();
  const header = page.getByTestId('ticket-pane').locator('.ticket-header__number');
  await expect(header).toHaveText(`#${number}`);
  await expect(page).toHaveURL(new RegExp(`/tickets/${number}$`, 'u'));

  await page.reload();
  await expect(header).toHaveText(`#${number}`);
  await expect(page).toHaveURL(new RegExp(`/tickets/${number}$`, 'u'));

  // Back closes the ticket and returns to the view it was opened from; Forward opens it again.
  await page.goBack();
  await expect(page).toHaveURL(/\/views\/unassigned$/u);
  await expect(page.getByTestId('ticket-pane')).toHaveCount(0);
  await expect(page.locator('[data-testid="view-item"][data-view-id="unassigned"]')).toHaveAttribute(
    'aria-current',
    'true',
  );
  await page.goBack();
  await expect(page).toHaveURL(/\/views\/all$/u);
  await expect(page.locator('[data-testid="view-item"][data-view-id="all"]')).toHaveAttribute(
    'aria-current',
    'true',
  );
  await page.goForward();
  await page.goForward();
  await expect(header).toHaveText(`#${number}`);

  // "Copy link" puts the ticket's address on the clipboard; opening it shows the ticket (this tab: where a
  // new tab keeps the session is the accounts work's, issue 16).
  await page.getByTestId('ticket-copy-link').click();
  await expect(page.getByTestId('ticket-link-copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${service.url}/tickets/${number}`);
  await page.screenshot({ path: 'test-results/screenshots/ticket-link.png' });
  await page.goto(link);
  await expect(header).toHaveText(`#${number}`);
  await expect(queueRow(page, number)).toHaveAttribute('aria-selected', 'true');
});
