import { mkdirSync } from 'node:fs';
import { agentPage, checklistItem } from './checklist-helpers';
import { expect, fileTicket, queueRow, test } from './fixtures';

/**
 * Issue 17, "a checklist that knows crypto": a pending withdrawal is not asked for a TxID, a deposit on a
 * memo chain is asked for the tag, and the panel reads right in ko, en and zh (screenshots in
 * test-results/screenshots, looked at by eye).
 */

test('a pending withdrawal is not asked for a TxID; the request asks only for what is missing', async ({
  browser,
  service,
}) => {
  mkdirSync('test-results/screenshots', { recursive: true });
  const stamp = Date.now();
  const filed = await fileTicket(service.url, {
    email: 'pending-ko@example.com',
    name: '박지민',
    locale: 'ko',
    category: 'deposit_withdrawal',
    subject: `USDT 출금이 처리 중에서 안 넘어가요 ${stamp}`,
    body: '오늘 오전에 USDT 출금 신청했는데 3시간째 처리 중이에요. TXID는 아직 없어요.',
  });
  const page = await agentPage(browser, service, 'ko-KR');
  await queueRow(page, filed.number).click();

  const transaction = checklistItem(page, 'transaction_id');
  await expect(transaction).toHaveAttribute('data-not-applicable', 'withdrawal_pending');
  await expect(transaction).toHaveAttribute('data-required', 'false');
  await expect(transaction).toContainText('해당 없음');
  await expect(page.getByTestId('checklist-situation')).toContainText('출금 처리 중');
  await expect(checklistItem(page, 'asset')).toHaveAttribute('data-present', 'true');
  await expect(checklistItem(page, 'network')).toHaveAttribute('data-required', 'true');
  await page
    .getByTestId('checklist-panel')
    .screenshot({ path: 'test-results/screenshots/checklist-crypto-ko.png' });

  await page.getByTestId('ask-missing-info').click();
  const composer = page.getByTestId('composer-body');
  await expect(composer).toHaveValue(/네트워크/);
  await expect(composer).not.toHaveValue(/TXID\(트랜잭션 해시\)/);
});

test('a deposit on a memo chain asks for the tag; the panel in en and zh', async ({ browser, service }) => {
  mkdirSync('test-results/screenshots', { recursive: true });
  const stamp = Date.now();
  const english = await fileTicket(service.url, {
    email: 'xrp-en@example.com',
    locale: 'en',
    category: 'deposit_withdrawal',
    subject: `XRP deposit missing ${stamp}`,
    body: 'I deposited 250 XRP two hours ago and it has not been credited to my account.',
  });
  const chinese = await fileTicket(service.url, {
    email: 'wrong-net-zh@example.com',
    locale: 'zh',
    category: 'deposit_withdrawal',
    subject: `充错链了 ${stamp}`,
    body: '我把 300 USDT 用 BEP20 转到了充值地址，好像选错网络了，哈希是 0x' + '4be1'.repeat(16),
  });

  const page = await agentPage(browser, service, 'en-US');
  await queueRow(page, english.number).click();
  await expect(checklistItem(page, 'memo')).toHaveAttribute('data-required', 'true');
  await expect(checklistItem(page, 'memo')).toHaveAttribute('data-present', 'false');
  await expect(checklistItem(page, 'network')).toHaveAttribute('data-present', 'true');
  await expect(page.getByTestId('checklist-situation')).toContainText('Deposit not credited');
  await page
    .getByTestId('checklist-panel')
    .screenshot({ path: 'test-results/screenshots/checklist-crypto-en.png' });

  const chinesePage = await agentPage(browser, service, 'zh-CN');
  await queueRow(chinesePage, chinese.number).click();
  await expect(chinesePage.getByTestId('checklist-situation')).toContainText('转错网络');
  await expect(checklistItem(chinesePage, 'transaction_id')).toHaveAttribute('data-present', 'true');
  await expect(checklistItem(chinesePage, 'network')).toContainText('BEP20');
  await expect(checklistItem(chinesePage, 'memo')).toHaveCount(0);
  await chinesePage
    .getByTestId('checklist-panel')
    .screenshot({ path: 'test-results/screenshots/checklist-crypto-zh.png' });
});
