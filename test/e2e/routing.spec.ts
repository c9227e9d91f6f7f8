import { mkdirSync } from 'node:fs';
import { demoLead, expect, fileTicket, logIn, test } from './fixtures';

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
  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: 'docs/screenshots/routing.png', fullPage: false });

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
