import { answerAsCustomer, expect, fileTicket, queueRow, test } from './fixtures';
import { screenshotPath } from './screenshots';

const transactionHash = '0x' + '7f3a9c2e'.repeat(8);

test('a deposit ticket without a tx hash: ask in Korean in one click, the customer answers, the item turns present', async ({
  loggedInPage: page,
  service,
}) => {
  const filed = await fileTicket(service.url, {
    email: 'deposit-ko@example.com',
    name: '이서준',
    locale: 'ko',
    category: 'deposit_withdrawal',
    subject: `이더리움 입금이 안 들어왔어요 ${Date.now()}`,
    body: '어제 오후 3시쯤 다른 거래소에서 ETH 0.8개를 보냈는데 아직 입금이 안 됐습니다. 확인 부탁드립니다.',
  });
  await queueRow(page, filed.number).click();

  const panel = page.getByTestId('checklist-panel');
  const transactionItem = panel.locator('[data-testid="checklist-item"][data-key="transaction_id"]');
  await expect(transactionItem).toHaveAttribute('data-present', 'false');
  await expect(transactionItem).toHaveAttribute('data-required', 'true');
  // The time was given ("어제 오후 3시쯤"), so it is not asked for again.
  await expect(panel.locator('[data-testid="checklist-item"][data-key="occurred_at"]')).toHaveAttribute(
    'data-present',
    'true',
  );

  await panel.getByTestId('ask-missing-info').click();
  const composer = page.getByTestId('composer-body');
  await expect(composer).toHaveValue(/고객님/);
  await expect(composer).toHaveValue(/TxID|트랜잭션|해시/);
  await page.getByTestId('composer-send').click();
  await expect(page.getByTestId('ticket-status')).toContainText(/awaiting|답변 대기|고객/i);

  const receipt = await answerAsCustomer(service.url, filed, `TxID 보내드립니다: ${transactionHash}`);
  expect(receipt.newly_present).toContain('transaction_id');

  // No reload: the console learns of the answer live.
  await expect(transactionItem).toHaveAttribute('data-present', 'true');
  await expect(transactionItem).toContainText(transactionHash.slice(0, 10));
  await expect(page.getByTestId('ticket-status')).toContainText(/open|열림/i);
  await expect(page.locator('[data-testid="thread-message"][data-kind="customer"]').last()).toContainText(
    transactionHash,
  );
  // The evidence, clicked, is highlighted where the customer wrote it.
  await transactionItem.getByTestId('checklist-evidence').click();
  await expect(page.getByTestId('evidence-highlight')).toContainText(transactionHash.slice(0, 10));
  await page.screenshot({ path: screenshotPath('ticket-checklist.png') });
});

test('the customer access token opens only its own ticket', async ({ service }) => {
  const first = await fileTicket(service.url, {
    email: 'token-a@example.com',
    subject: 'Token A',
    body: 'First ticket',
  });
  const second = await fileTicket(service.url, {
    email: 'token-b@example.com',
    subject: 'Token B',
    body: 'Second ticket',
  });
  const crossed = await fetch(`${service.url}/api/tickets/${second.id}/customer-messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${first.access_token}` },
    body: JSON.stringify({ body: 'not my ticket' }),
  });
  expect(crossed.status).toBe(401);
  const agentToken = await fetch(`${service.url}/api/tickets/${second.id}/customer-messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${service.adminToken}` },
    body: JSON.stringify({ body: 'an agent posing as the customer' }),
  });
  expect(agentToken.status).toBe(401);
});
