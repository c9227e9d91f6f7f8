import { apiToken, expect, fileTicket, queueRow, test } from './fixtures';

async function ticketOnService(serviceUrl: string, token: string, id: string) {
  const response = await fetch(`${serviceUrl}/api/tickets/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await response.json()) as {
    status: string;
    priority: string;
    messages: { kind: string; body: string }[];
  };
}

test('offline: reply and change status, reload offline, go online, everything lands once; survives a service crash', async ({
  loggedInPage: page,
  context,
  service,
}) => {
  test.setTimeout(180_000);
  const marker = `offline-${Date.now()}`;
  const filed = await fileTicket(service.url, {
    email: 'offline@example.com',
    subject: `Withdrawal stuck ${marker}`,
    body: 'My withdrawal has been pending for two days.',
  });
  await expect(queueRow(page, filed.number)).toBeVisible();
  // Open it once online: the ticket is cached when opened.
  await queueRow(page, filed.number).click();
  await expect(page.getByTestId('ticket-subject')).toContainText(marker);
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'online');
  // The page's own files must be kept before going offline (the service worker took control).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'offline');
  const reply = `We are checking it (${marker})`;
  await page.getByTestId('composer-body').fill(reply);
  await page.getByTestId('composer-send').click();
  await expect(page.locator('[data-testid="thread-message"]').last()).toContainText(reply);
  await page.getByTestId('ticket-status').selectOption('on_hold');
  await expect(page.getByTestId('sync-pending-count')).toHaveText('2');

  // A reload while offline still opens the console, from the cache, with the work still waiting.
  await page.reload();
  await expect(queueRow(page, filed.number)).toBeVisible();
  await expect(page.getByTestId('sync-pending-count')).toHaveText('2');
  await queueRow(page, filed.number).click();
  await expect(page.locator('[data-testid="thread-message"]').last()).toContainText(reply);

  await context.setOffline(false);
  await expect(page.getByTestId('sync-pending-count')).toHaveText('0', { timeout: 30_000 });
  const token = await apiToken(service.url);
  const landed = await ticketOnService(service.url, token, filed.id);
  expect(landed.messages.filter((message) => message.body === reply)).toHaveLength(1);
  expect(landed.status).toBe('on_hold');

  // The service crashes; a change made during the outage waits in the outbox, and lands once it is back.
  await service.restart({
    downtimeMs: 500,
    whileDown: async () => {
      await expect(page.getByTestId('ticket-subject')).toContainText(marker);
      await page.getByTestId('ticket-priority').selectOption('urgent');
      await expect(page.getByTestId('sync-pending-count')).toHaveText('1');
    },
  });
  await expect(page.getByTestId('sync-pending-count')).toHaveText('0', { timeout: 60_000 });
  await expect
    .poll(async () => (await ticketOnService(service.url, token, filed.id)).priority, { timeout: 30_000 })
    .toBe('urgent');
  const final = await ticketOnService(service.url, token, filed.id);
  expect(final.messages.filter((message) => message.body === reply)).toHaveLength(1);
});
