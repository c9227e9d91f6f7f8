import type { Page } from '@playwright/test';
import { expect, logIn, openView, test } from './fixtures';
import { newAgent, preferencesOnService, saveView } from './saved-view-helpers';
import { screenshotPath } from './screenshots';
import { demoAgents } from '../../server/demo/generate-demo';

/** Any demo agent's name, as the queue's assignee column shows it. */
const assigneeNames = new RegExp(`^(${demoAgents.map((agent) => agent.name).join('|')})$`, 'u');

const statusHeader = (page: Page) => page.locator('[role="columnheader"][data-column-id="status"]');

test('a saved view re-sorted and another deleted offline survive a reload, land once, and a refusal shows', async ({
  page,
  context,
  service,
}) => {
  test.slow();
  // An agent of its own: the test fills the agent's views up to the limit at the end.
  const { login, token } = await newAgent(service, 'Views Offline');
  await logIn(page, service.url, login);

  await saveView(page, 'urgent', 'Urgent kept');
  await saveView(page, 'high', 'High dropped');
  await expect(page.getByTestId('sync-pending-count')).toHaveText('0');
  await expect
    .poll(async () => (await preferencesOnService(service.url, token)).saved_views?.map((view) => view.name))
    .toEqual(['Urgent kept', 'High dropped']);

  await context.setOffline(true);
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'offline');
  const kept = page.locator('[data-testid="view-item"]', { hasText: 'Urgent kept' });
  // On the name: the rename and delete buttons sit over the row's right end.
  await kept.click({ position: { x: 12, y: 8 } });
  await statusHeader(page).locator('button').first().click();
  await expect(statusHeader(page)).toHaveAttribute('aria-sort', /^(ascending|descending)$/u);
  const direction = (await statusHeader(page).getAttribute('aria-sort')) ?? '';
  // The row's actions show on hover, as an agent's pointer brings them.
  await page.locator('.queue-views__row', { hasText: 'High dropped' }).hover();
  await page.getByRole('button', { name: 'Delete view High dropped' }).click();
  await expect(page.locator('[data-testid="view-item"]', { hasText: 'High dropped' })).toHaveCount(0);
  // Both wait in the outbox (the sort after its short pause).
  await expect(page.getByTestId('sync-pending-count')).toHaveText('2');

  // A reload while offline: the deletion and the view's own sort are still there, from the outbox.
  await page.reload();
  await expect(page.getByTestId('queue-table')).toBeVisible();
  await expect(kept).toHaveAttribute('aria-current', 'true');
  await expect(statusHeader(page)).toHaveAttribute('aria-sort', direction);
  await expect(page.locator('[data-testid="view-item"]', { hasText: 'High dropped' })).toHaveCount(0);
  await expect(page.getByTestId('sync-pending-count')).toHaveText('2');
  // Another view keeps its own sort.
  await openView(page, 'all');
  await expect(statusHeader(page)).toHaveAttribute('aria-sort', 'none');
  // Still offline after the reload: assignees keep their names, from the copy the cache kept.
  await expect(page.getByTestId('queue-table').getByText(assigneeNames).first()).toBeVisible();
  await expect(page.getByTestId('queue-table').getByText('Unknown agent')).toHaveCount(0);

  await context.setOffline(false);
  await expect(page.getByTestId('sync-pending-count')).toHaveText('0', { timeout: 60_000 });
  // Once the service is back, its list replaces the kept copy: still every assignee by name.
  await expect(page.getByTestId('queue-table').getByText('Unknown agent')).toHaveCount(0);
  const stored = await preferencesOnService(service.url, token);
  expect(stored.saved_views?.map((view) => [view.name, view.sort])).toEqual([
    ['Urgent kept', [{ id: 'status', desc: direction === 'descending' }]],
  ]);

  // Another machine filled the agent's views to the limit: the next view saved here is refused, and the
  // console says so instead of "Synced".
  const full = Array.from({ length: 50 }, (_, index) => ({
    id: `elsewhere-${index}`,
    name: `Elsewhere ${index}`,
    filters: {},
  }));
  const filled = await fetch(`${service.url}/api/me/preferences`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...stored, saved_views: full }),
  });
  expect(filled.status).toBe(200);
  // Saved as any view (not with `saveView`: the refusal may come back, and the view leave the list, before a
  // check that it is the current view could run).
  await openView(page, 'all');
  await page.getByTestId('filter-priority').selectOption('low');
  await page.getByTestId('view-save').click();
  await page.getByTestId('view-name').fill('One too many');
  await page.getByTestId('view-name').press('Enter');
  const indicator = page.getByTestId('sync-state');
  await expect(indicator).toHaveAttribute('data-state', 'failed');
  await expect(indicator).toContainText('1 change not sent');
  await indicator.getByTestId('sync-failed-open').click();
  const item = page.getByTestId('outbox-item');
  await expect(item).toHaveAttribute('data-state', 'failed');
  await expect(item).toContainText('Saved view “One too many”');
  await expect(item).toContainText('at most 50 saved views');
  // The sidebar shows the service's views again: the refused one leaves (the outbox panel keeps it, with the
  // reason), and the views the other machine saved are there without a reload.
  const views = page.getByTestId('view-item');
  await expect(views.filter({ hasText: 'One too many' })).toHaveCount(0);
  await expect(views.filter({ hasText: 'Elsewhere 49' })).toHaveCount(1);
  await expect(views.filter({ hasText: 'Urgent kept' })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('saved-view-refused-en.png') });
  expect((await preferencesOnService(service.url, token)).saved_views).toHaveLength(50);
});

test('a saved view sorted right before a reload keeps its sort', async ({ page, service }) => {
  test.slow();
  const { login, token } = await newAgent(service, 'Views Reload');
  await logIn(page, service.url, login);
  await saveView(page, 'urgent', 'Sorted then reloaded');
  await expect(page.getByTestId('sync-pending-count')).toHaveText('0');
  expect(await statusHeader(page).getAttribute('aria-sort')).toBe('none');
  // The sort and the reload in one go, as a quick agent's click then F5: well within the 0.8 s the view waits
  // before its change is queued.
  await statusHeader(page)
    .locator('button')
    .first()
    .evaluate((button: HTMLElement) => {
      button.click();
      window.location.reload();
    });
  await page.waitForLoadState('load');
  await expect(page.getByTestId('queue-table')).toBeVisible();
  const view = page.locator('[data-testid="view-item"]', { hasText: 'Sorted then reloaded' });
  await expect(view).toHaveAttribute('aria-current', 'true');
  await expect(statusHeader(page)).toHaveAttribute('aria-sort', /^(ascending|descending)$/u);
  const direction = await statusHeader(page).getAttribute('aria-sort');
  await expect
    .poll(async () =>
      (await preferencesOnService(service.url, token)).saved_views?.map((saved) => saved.sort),
    )
    .toEqual([[{ id: 'status', desc: direction === 'descending' }]]);
  await expect(page.getByTestId('sync-pending-count')).toHaveText('0');

  // A built-in view's sort is saved with the other preferences (PATCH, after a pause): the saved view stays.
  await openView(page, 'all');
  await statusHeader(page).locator('button').first().click();
  await expect
    .poll(async () => (await preferencesOnService(service.url, token)).view_sorts?.['all']?.[0]?.id)
    .toBe('status');
  expect((await preferencesOnService(service.url, token)).saved_views?.map((saved) => saved.name)).toEqual([
    'Sorted then reloaded',
  ]);
});
