import { agentIdByEmail, demoAgent, demoLead, expect, fileTicket, logIn, queueRow, test } from './fixtures';
import { screenshotPath } from './screenshots';

/**
 * A lead changes the High first-response target from 4 h to 8 h and back in the Settings page; an agent's
 * console, open the whole time, moves the ticket's clock in the queue and in the open pane without a
 * reload, and a reload (from the offline cache) shows the same.
 */
test('a lead changes the SLA policy and the agent’s clocks follow without a reload', async ({
  page,
  browser,
  service,
}) => {
  const headers = { authorization: `Bearer ${service.adminToken}`, 'content-type': 'application/json' };
  const agent = demoAgent();
  const filed = await fileTicket(service.url, {
    email: 'sla.truth@example.com',
    subject: `Withdrawal missing (sla-truth ${Date.now()})`,
    body: 'My BTC withdrawal has not arrived.',
    category: 'deposit_withdrawal',
  });
  const patched = await fetch(`${service.url}/api/tickets/${filed.id}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({
      priority: 'high',
      assignee_id: await agentIdByEmail(service.url, service.adminToken, agent.email),
    }),
  });
  expect(patched.status).toBe(200);

  await logIn(page, service.url, agent);
  await page.getByTestId('queue-search').fill('sla-truth');
  const clock = queueRow(page, filed.number).getByTestId('queue-sla');
  await expect(clock).toHaveText(/^3h \d+m$/);
  await queueRow(page, filed.number).click();
  const paneClock = page.getByTestId('ticket-sla-first-response');
  await expect(paneClock).toHaveText(/^3h \d+m$/);
  // Marks this page: a reload would drop it.
  await page.evaluate(() => ((window as unknown as { slaMarker: boolean }).slaMarker = true));

  const leadContext = await browser.newContext();
  const leadPage = await leadContext.newPage();
  await logIn(leadPage, service.url, demoLead());
  await leadPage.getByTestId('nav-settings').click();
  const highFirstResponse = leadPage.getByTestId('sla-high-firstResponse');
  await expect(highFirstResponse).toHaveValue('4');
  await highFirstResponse.fill('8');
  await leadPage.getByTestId('settings-sla-save').click();

  await expect(clock).toHaveText(/^7h \d+m$/);
  await expect(paneClock).toHaveText(/^7h \d+m$/);
  expect(await page.evaluate(() => (window as unknown as { slaMarker?: boolean }).slaMarker)).toBe(true);
  await page.screenshot({ path: screenshotPath('ticket-sla.png') });

  // And back, still without a reload.
  await highFirstResponse.fill('4');
  await leadPage.getByTestId('settings-sla-save').click();
  await expect(clock).toHaveText(/^3h \d+m$/);
  await leadContext.close();

  // The offline cache holds the moved clocks too.
  await page.reload();
  await page.getByTestId('queue-search').fill('sla-truth');
  await expect(queueRow(page, filed.number).getByTestId('queue-sla')).toHaveText(/^3h \d+m$/);
});
