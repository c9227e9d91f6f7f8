import type { Page } from '@playwright/test';
import { apiToken, demoLead, expect, fileTicket, queueRow, test } from './fixtures';
import { screenshotPath } from './screenshots';

/** The service's copy of a ticket, read with `token` (the test's own look behind the console). */
async function ticketOnService(
  serviceUrl: string,
  token: string,
  id: string,
): Promise<{ status: string; merged_into: string | null }> {
  const response = await fetch(`${serviceUrl}/api/tickets/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  const ticket = (await response.json()) as { status: string; merged_into_ticket_id?: string | null };
  // The service leaves the field out on a ticket that is not merged.
  return { status: ticket.status, merged_into: ticket.merged_into_ticket_id ?? null };
}

/** Merges `sourceId` into `targetId` on the service as the holder of `token`. */
async function mergeOnService(
  serviceUrl: string,
  token: string,
  targetId: string,
  body: { source_ids: string[]; confirm_different_customers?: boolean },
): Promise<void> {
  const response = await fetch(`${serviceUrl}/api/tickets/${targetId}/merge`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBe(201);
}

/** Opens the merge target and waits until its merged banner and the live link are there. */
async function openTarget(page: Page, number: number, sourceNumber: number): Promise<void> {
  await queueRow(page, number).click();
  await expect(page.getByTestId('merged-banner')).toContainText(`Merged into this ticket: #${sourceNumber}`);
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'online');
}

test('a merge undone offline waits, shown as waiting, and lands when the console is back online', async ({
  loggedInPage: page,
  context,
  service,
}) => {
  test.slow();
  const stamp = Date.now();
  const request = {
    email: `undo-offline-${stamp}@example.com`,
    subject: `USDT withdrawal pending ${stamp}`,
    body: 'I withdrew 250 USDT on TRC20 two days ago and it still shows pending.',
  };
  const older = await fileTicket(service.url, request, { adminToken: service.adminToken });
  const newer = await fileTicket(service.url, request, { adminToken: service.adminToken });
  const token = await apiToken(service.url);
  await mergeOnService(service.url, token, older.id, { source_ids: [newer.id] });
  await openTarget(page, older.number, newer.number);
  const source = page.locator(`[data-testid="other-ticket"][data-ticket-id="${newer.id}"]`);
  await expect(source).toContainText('Closed');

  await context.setOffline(true);
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'offline');
  await page.getByTestId('merge-undo').click();
  const banner = page.getByTestId('merged-banner');
  await expect(banner.getByTestId('merge-undo-waiting')).toHaveText(
    'Undo waiting to send: the tickets are restored when the service confirms it.',
  );
  // Not shown as done: the merge still stands, the source is still closed, marked as waiting to be restored.
  await expect(banner).toContainText(`Merged into this ticket: #${newer.number}`);
  await expect(source).toContainText('Closed');
  await expect(source.getByTestId('other-ticket-restoring')).toHaveText('Restore waiting');
  await expect(page.getByTestId('sync-pending-count')).toHaveText('1');
  await page.getByTestId('sync-state').click();
  await expect(page.getByTestId('outbox-item')).toContainText(`Undo of the merge into #${older.number}`);
  await page.screenshot({ path: 'test-results/screenshots/merge-undo-waiting.png' });
  await page.getByTestId('sync-state').click();
  expect((await ticketOnService(service.url, token, newer.id)).merged_into).toBe(older.id);

  await context.setOffline(false);
  await expect(page.getByTestId('sync-pending-count')).toHaveText('0', { timeout: 60_000 });
  await expect(page.getByTestId('merged-banner')).toBeHidden();
  await expect(source).not.toContainText('Closed');
  await expect(source.getByTestId('other-ticket-restoring')).toHaveCount(0);
  const restored = await ticketOnService(service.url, token, newer.id);
  expect(restored.merged_into).toBeNull();
  expect(restored.status).not.toBe('closed');
});

test('an undo queued offline that needs a lead is refused on replay, and the refusal stays shown', async ({
  loggedInPage: page,
  context,
  service,
}) => {
  test.slow();
  const stamp = Date.now();
  const body = 'My XRP deposit has not arrived after an hour.';
  const older = await fileTicket(
    service.url,
    { email: `lead-merge-a-${stamp}@example.com`, subject: `XRP deposit missing ${stamp}`, body },
    { adminToken: service.adminToken },
  );
  const newer = await fileTicket(
    service.url,
    { email: `lead-merge-b-${stamp}@example.com`, subject: `XRP deposit missing again ${stamp}`, body },
    { adminToken: service.adminToken },
  );
  // Two customers: only a lead may merge them, and so only a lead may undo it.
  const leadToken = await apiToken(service.url, demoLead());
  await mergeOnService(service.url, leadToken, older.id, {
    source_ids: [newer.id],
    confirm_different_customers: true,
  });
  await openTarget(page, older.number, newer.number);

  await context.setOffline(true);
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'offline');
  await page.getByTestId('merge-undo').click();
  await expect(page.getByTestId('merge-undo-waiting')).toBeVisible();
  await context.setOffline(false);

  const refused = page.getByTestId('merge-undo-refused');
  await expect(refused).toContainText('this merge needed a lead, so undoing it does too', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('merged-banner')).toContainText(`Merged into this ticket: #${newer.number}`);
  // The indicator does not say "Synced" while the refused undo sits in the outbox.
  const indicator = page.getByTestId('sync-state');
  await expect(indicator).toHaveAttribute('data-state', 'failed');
  await expect(indicator).toContainText('1 change not sent');
  await indicator.getByTestId('sync-failed-open').click();
  await expect(page.getByTestId('outbox-item')).toHaveAttribute('data-state', 'failed');
  await expect(page.getByTestId('outbox-item')).toContainText(
    'The service refused it: this merge needed a lead',
  );
  await page.screenshot({ path: screenshotPath('sync-failed-en.png') });
  await indicator.click();
  // The same in Korean and Chinese: the count, the way in, the lead-in before the service's words.
  const translated = {
    ko: { label: '보내지 못한 변경 1건', leadIn: '서비스가 거부했습니다: this merge needed a lead' },
    zh: { label: '1 项更改未发送', leadIn: '服务拒绝了此操作：this merge needed a lead' },
  } as const;
  try {
    for (const language of ['ko', 'zh'] as const) {
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('settings-language').selectOption(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await page.getByTestId('nav-queue').click();
      await expect(indicator).toContainText(translated[language].label);
      await indicator.click();
      await expect(page.getByTestId('outbox-item')).toContainText(translated[language].leadIn);
      await page.screenshot({ path: screenshotPath(`sync-failed-${language}.png`) });
      await indicator.click();
    }
  } finally {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-language').selectOption('en');
    await page.getByTestId('nav-queue').click();
  }
  expect((await ticketOnService(service.url, leadToken, newer.id)).merged_into).toBe(older.id);

  // Dismissed: the entry leaves the outbox and the banner offers the undo again.
  await refused.getByTestId('merge-undo-dismiss').click();
  await expect(page.getByTestId('merge-undo')).toBeVisible();
  await expect(page.getByTestId('sync-pending-count')).toHaveText('0');
  await expect(indicator).toHaveAttribute('data-state', 'online');
  await expect(indicator).toContainText('Synced');
});
