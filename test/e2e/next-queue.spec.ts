import type { Page } from '@playwright/test';
import { demoAgent, expect, fileTicket, logIn, openView, queueRow, test } from './fixtures';

// A first sync of the 2,000 demo tickets and many view switches: slow when the machine is shared.
test.slow();

/** The ticket numbers of the first `count` rows the queue shows. */
async function firstNumbers(page: Page, count: number): Promise<number[]> {
  const rows = page.getByTestId('queue-row');
  await expect(rows.nth(count - 1)).toBeVisible();
  const numbers: number[] = [];
  for (let index = 0; index < count; index += 1) {
    numbers.push(Number(await rows.nth(index).getAttribute('data-ticket-number')));
  }
  return numbers;
}

/**
 * An agent lands on "My work" (their tickets and the unassigned ones), most urgent deadline first; Breached
 * and At risk are separate views; each view keeps its own sort across sessions; `n` and a sent reply open
 * the next ticket.
 */
test('the agent lands on My work by SLA due time and works through it with n and replies', async ({
  page,
  service,
}) => {
  await logIn(page, service.url, demoAgent(), { view: null });
  const myWork = page.locator('[data-testid="view-item"][data-view-id="next"]');
  await expect(myWork).toHaveAttribute('aria-current', 'true');
  await expect(page).toHaveURL(/\/views\/next$/u);
  // Most urgent first: the top row is past due (the first sync of 2,000 tickets may take a while).
  await expect(page.getByTestId('queue-row').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('queue-row').first().getByTestId('queue-sla')).toHaveAttribute(
    'data-sla-state',
    'breached',
  );
  await page.screenshot({ path: 'test-results/screenshots/my-work.png' });

  // Breached holds only breached clocks; At risk none.
  await openView(page, 'sla_breached');
  const breachedStates = await page
    .getByTestId('queue-sla')
    .evaluateAll((cells) => cells.slice(0, 15).map((cell) => cell.getAttribute('data-sla-state')));
  expect(breachedStates.length).toBeGreaterThan(0);
  expect(new Set(breachedStates)).toEqual(new Set(['breached']));
  await openView(page, 'sla_at_risk');
  const atRiskStates = await page
    .getByTestId('queue-sla')
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-sla-state')));
  expect(atRiskStates).not.toContain('breached');

  // Sorting Mine by subject does not change My work's order, now or in the next session.
  await openView(page, 'next');
  const workOrder = await firstNumbers(page, 3);
  await openView(page, 'mine');
  await page.locator('[role="columnheader"][data-column-id="subject"] button').first().click();
  await expect(page.locator('[role="columnheader"][data-column-id="subject"]')).toHaveAttribute(
    'aria-sort',
    /ascending|descending/u,
  );
  // Polled: after a view switch or a reload the rows show from the cache first and settle as the live copy
  // arrives (a single read once caught a half-updated list with one ticket twice).
  await openView(page, 'next');
  await expect.poll(() => firstNumbers(page, 3)).toEqual(workOrder);
  await page.reload();
  await expect(myWork).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => firstNumbers(page, 3), { timeout: 30_000 }).toEqual(workOrder);

  // n opens the next ticket of the view.
  const [first, second, third] = workOrder as [number, number, number];
  await queueRow(page, first).click();
  const pane = page.getByTestId('ticket-pane');
  const number = pane.locator('.ticket-header__number');
  await expect(number).toHaveText(`#${first}`);
  await page.keyboard.press('n');
  await expect(number).toHaveText(`#${second}`);
  await expect(page).toHaveURL(new RegExp(`/tickets/${second}$`, 'u'));

  // A reply sent opens the most urgent ticket left: the first one (skipped, not answered).
  await pane
    .getByTestId('composer-body')
    .fill('We are checking this with the wallet team and will update you shortly.');
  await pane.getByTestId('composer-send').click();
  await expect(number).toHaveText(`#${first}`);
  // The pane's "Next ticket" skips the one just answered.
  await pane.getByTestId('ticket-next').click();
  await expect(number).toHaveText(`#${third}`);
  await page.screenshot({ path: 'test-results/screenshots/next-ticket.png' });
});

/** The first reply to an unassigned ticket assigns it to the agent who wrote it (service side). */
test('a reply to an unassigned ticket assigns it to the agent', async ({ page, service }) => {
  const filed = await fileTicket(service.url, {
    email: 'reply.assigns@example.com',
    subject: `Deposit not credited (reply-assigns ${Date.now()})`,
    body: 'I sent 120 USDT on TRON two hours ago and it is not in my account.',
  });
  await logIn(page, service.url);
  await page.getByTestId('queue-search').fill('reply-assigns');
  await queueRow(page, filed.number).click();
  const pane = page.getByTestId('ticket-pane');
  await expect(pane.getByTestId('ticket-subject')).toContainText('reply-assigns');
  await pane.getByTestId('composer-body').fill('Thank you, we are checking the deposit now.');
  await pane.getByTestId('composer-send').click();
  // The service assigned it in the reply's transaction, and the pane shows it.
  const agents = (await (
    await fetch(`${service.url}/api/agents`, { headers: { authorization: `Bearer ${service.adminToken}` } })
  ).json()) as { agents: Array<{ id: string; email: string }> };
  const minji = agents.agents.find((agent) => agent.email === demoAgent().email);
  await expect
    .poll(async () => {
      const response = await fetch(`${service.url}/api/tickets/${filed.id}`, {
        headers: { authorization: `Bearer ${service.adminToken}` },
      });
      return ((await response.json()) as { assignee_id: string | null }).assignee_id;
    })
    .toBe(minji?.id);
  await expect(pane.getByTestId('ticket-assignee')).toHaveValue(minji?.id ?? '');
});
