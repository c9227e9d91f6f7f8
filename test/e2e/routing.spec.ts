import { demoLead, expect, fileTicket, logIn, test } from './fixtures';
import { screenshotPath } from './screenshots';

/**
 * A lead adds a priority rule on the Routing page, checks it in the preview box, and the next ticket that
 * arrives follows it. The pattern is unique to this test so other specs' tickets never match it.
 */
test('a lead adds a priority rule and the next intake follows it', async ({ page, service }) => {
  const pattern = 'e2e-routing-vip';
  await logIn(page, service.url, demoLead());
  await page.getByTestId('nav-routing').click();
  await expect(page.getByTestId('routing-page')).toBeVisible();
  await expect(page.getByTestId('routing-team-Funds')).toBeVisible();

  await page.getByTestId('routing-rule-add').click();
  const rule = page.getByTestId('routing-rule').last();
  await rule.getByRole('textbox', { name: 'Rule name' }).fill('VIP customers');
  await rule.getByTestId('routing-rule-patterns').fill(pattern);
  await rule.getByTestId('routing-rule-priority').selectOption('urgent');
  await page.getByTestId('routing-rules-save').click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await page.getByTestId('routing-preview-subject').fill(`Question from ${pattern}`);
  await page.getByTestId('routing-preview-category').selectOption('deposit_withdrawal');
  const result = page.getByTestId('routing-preview-result');
  await expect(result).toContainText('This ticket would go to Funds and wait there unassigned');
  await expect(result).toContainText('priority Urgent');
  await expect(result).toContainText('Rule “VIP customers” set the priority.');
  await page.getByTestId('routing-page').evaluate((element) => element.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath('routing.png'), fullPage: false });

  const { id } = await fileTicket(service.url, {
    email: 'vip.customer@example.com',
    subject: `Withdrawal question (${pattern})`,
    body: 'When will my withdrawal arrive?',
    category: 'deposit_withdrawal',
  });
  const response = await fetch(`${service.url}/api/tickets/${id}`, {
    headers: { authorization: `Bearer ${service.adminToken}` },
  });
  expect(((await response.json()) as { priority: string }).priority).toBe('urgent');

  // The audit log records the change, with the lead's name.
  await expect(page.getByTestId('routing-audit')).toContainText('changed the priority rules');
});

/**
 * Two leads: while one has the Routing page open, the other changes the rules. The open page says so
 * without overwriting what its lead may be typing, and shows the new rules when asked.
 */
test("another lead's routing change raises a notice, applied on request", async ({ page, service }) => {
  await logIn(page, service.url, demoLead());
  await page.getByTestId('nav-routing').click();
  const skillWait = page.getByRole('spinbutton', { name: 'Drop the skill requirement after (minutes)' });
  await expect(skillWait).toBeVisible();
  const before = Number(await skillWait.inputValue());

  const headers = { authorization: `Bearer ${service.adminToken}`, 'content-type': 'application/json' };
  const current = (await (await fetch(`${service.url}/api/routing`, { headers })).json()) as {
    rules: unknown[];
    skill_wait_minutes: number;
  };
  const saved = await fetch(`${service.url}/api/routing/rules`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ rules: current.rules, skill_wait_minutes: current.skill_wait_minutes + 7 }),
  });
  expect(saved.status).toBe(200);

  const notice = page.getByTestId('routing-changed-elsewhere');
  await expect(notice).toContainText('Another lead changed routing.');
  await expect(skillWait).toHaveValue(String(before));
  await page.screenshot({ path: screenshotPath('routing-changed-elsewhere.png'), fullPage: false });
  await notice.getByRole('button', { name: 'Show the latest' }).click();
  await expect(skillWait).toHaveValue(String(before + 7));
  await expect(notice).toHaveCount(0);
});
