import { expect, fileTicket, test } from './fixtures';

const payloads = [
  '<img src=x onerror="window.__xss = (window.__xss || 0) + 1">',
  '<script>window.__xss = (window.__xss || 0) + 1</script>',
  '<a href="javascript:window.__xss=1">click me</a>',
  '<svg onload="window.__xss = 1"><circle r="5"/></svg>',
  '"><iframe src="javascript:parent.__xss=1"></iframe>',
];

test('customer content with XSS payloads renders as text and runs nothing', async ({
  loggedInPage: page,
  service,
}) => {
  const subject = `<b onmouseover="window.__xss=1">Deposit</b> missing ${Date.now()}`;
  const body = payloads.join('\n');
  const filed = await fileTicket(service.url, {
    email: 'attacker@example.com',
    subject,
    body,
    name: '<img src=x onerror="window.__xss=1">',
  });
  const row = page.locator(`[data-testid="queue-row"][data-ticket-number="${filed.number}"]`);
  await expect(row).toBeVisible({ timeout: 5_000 });
  await row.hover();
  await row.click();

  const pane = page.getByTestId('ticket-pane');
  await expect(pane.getByTestId('ticket-subject')).toHaveText(subject);
  const opening = pane.locator('[data-testid="thread-message"][data-kind="customer"]').first();
  // The agent sees exactly what the customer typed ...
  await expect(opening).toContainText('<img src=x onerror=');
  await expect(opening).toContainText('<script>window.__xss');
  // ... and none of it became markup or ran.
  const thread = pane.getByTestId('thread-message');
  await expect(thread.locator('img, script, iframe, svg, [onerror], [onload], [onmouseover]')).toHaveCount(0);
  await expect(page.locator('[onerror], [onload], [onmouseover], a[href^="javascript:"]')).toHaveCount(0);
  await page.mouse.move(10, 10);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});
