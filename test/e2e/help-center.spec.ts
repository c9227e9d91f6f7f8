import { SignJWT } from 'jose';
import { expect, fileTicket, test } from './fixtures';
import { screenshotPath } from './screenshots';
import { customerAssertionSecret } from './service';

const txid = '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060';

/** Creates a live incident through the API with the admin token, as a lead would from the console. */
async function createIncident(serviceUrl: string, adminToken: string): Promise<{ id: string }> {
  const response = await fetch(`${serviceUrl}/api/incidents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({
      title: { ko: '리플(XRP) 입금 지연', en: 'XRP deposits delayed', zh: 'XRP 充值延迟' },
      body: {
        ko: '리플 네트워크 점검으로 XRP 입금 반영이 지연되고 있습니다. 자산은 안전합니다.',
        en: 'XRP deposits are delayed by network maintenance. Your funds are safe.',
        zh: '由于网络维护，XRP 充值到账延迟。您的资产安全。',
      },
      categories: ['deposit_withdrawal'],
      status: 'identified',
    }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string };
}

test.use({ viewport: { width: 390, height: 844 }, locale: 'ko-KR', hasTouch: true, isMobile: true });

test('a Korean customer on a phone is asked for the TxID, sees the announcement, submits, and replies on the status page', async ({
  page,
  service,
}) => {
  await createIncident(service.url, service.adminToken);
  await page.goto(`${service.url}/help`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByTestId('help-announcement')).toContainText('리플(XRP) 입금 지연');
  await page.screenshot({ path: screenshotPath('help-center-home-ko.png') });

  await page.getByTestId('help-new-ticket').click();
  await page.getByTestId('help-email').fill('minsu@example.com');
  await page.getByTestId('help-category').selectOption('deposit_withdrawal');
  await page.getByTestId('help-subject').fill('리플 입금이 안 들어와요');
  await page
    .getByTestId('help-body')
    .fill('어제 오후 3시에 리플 500개를 입금했는데 아직 잔고에 반영이 안 됐어요.');

  // The form asks for the TxID, with where to find it, and offers the announcement.
  const missing = page.locator('[data-testid="help-missing-item"][data-key="transaction_id"]');
  await expect(missing).toContainText('트랜잭션 ID');
  await missing.locator('summary').click();
  await expect(missing).toContainText('지갑 앱');
  await expect(page.getByTestId('help-suggested-announcement')).toContainText(
    '혹시 이 문제인가요: 리플(XRP) 입금 지연?',
  );
  await page.getByTestId('help-suggested-announcement').scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('help-center-form-ko.png') });

  // The customer adds the TxID: the request for it goes away. An XRP deposit also needs the receiving
  // address and the destination tag; once given, nothing is missing.
  const deposit = `어제 오후 3시에 리플 500개를 입금했는데 아직 잔고에 반영이 안 됐어요. TxID: ${txid}`;
  await page.getByTestId('help-body').fill(deposit);
  await expect(missing).toHaveCount(0);
  await expect(page.locator('[data-testid="help-missing-item"][data-key="memo"]')).toBeVisible();
  await page
    .getByTestId('help-body')
    .fill(`${deposit}\n받는 주소: rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh, 데스티네이션 태그 104928`);
  await expect(page.getByTestId('help-missing')).toHaveCount(0);
  await page.getByTestId('help-submit').click();

  const submitted = page.getByTestId('help-submitted');
  await expect(submitted).toContainText('접수되었습니다');
  await expect(submitted).toContainText('24시간 이내');
  await expect(submitted).toContainText('시드 문구');
  await expect(page.getByTestId('help-submitted-incident')).toContainText('리플(XRP) 입금 지연');
  const number = await submitted.getAttribute('data-ticket-number');
  expect(Number(number)).toBeGreaterThan(0);
  await page.screenshot({ path: screenshotPath('help-center-submitted-ko.png') });

  // The status page: status, expected answer time, the incident, the thread; the customer replies.
  await page.getByTestId('help-status-link').click();
  await expect(page).toHaveURL(/\/help\/tickets\/[A-Za-z0-9_-]{40,}$/);
  const ticket = page.getByTestId('help-ticket');
  await expect(ticket).toContainText(`문의 #${number}`);
  await expect(page.getByTestId('help-expected')).toContainText('답변 예정');
  await expect(page.getByTestId('help-ticket-incident')).toContainText('리플(XRP) 입금 지연');
  await page.getByTestId('help-reply').fill('업비트 지갑에서 보냈고 메모(태그)도 정확히 입력했어요.');
  await page.getByTestId('help-send').click();
  await expect(page.locator('[data-testid="help-message"][data-kind="customer"]')).toContainText(
    '메모(태그)',
  );
  // The reply is stored by the service: a reload shows it again.
  await page.reload();
  await expect(page.locator('[data-testid="help-message"][data-kind="customer"]')).toContainText(
    '메모(태그)',
  );
  await page.screenshot({ path: screenshotPath('help-center-status-ko.png'), fullPage: true });

  // The same address with a wrong token opens nothing.
  await page.goto(`${service.url}/help/tickets/not-the-right-token-0000000000`);
  await expect(page.getByTestId('help-ticket-error')).toBeVisible();
});

test('a logged-in customer about to resubmit adds the text to the open ticket instead', async ({
  page,
  service,
}) => {
  const email = `jiwoo-${Date.now()}@example.com`;
  const filed = await fileTicket(service.url, {
    email,
    subject: '이더리움 출금이 대기 중이에요',
    body: '이더리움 출금 신청이 다섯 시간째 대기 중입니다. 언제 처리되나요?',
    locale: 'ko',
    category: 'deposit_withdrawal',
  });
  // The exchange's site opens the help center for its logged-in customer with a signed assertion.
  const assertion = await new SignJWT({ email })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('account-jiwoo')
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(customerAssertionSecret));
  await page.goto(`${service.url}/help#assertion=${assertion}`);
  await expect(page).not.toHaveURL(/assertion=/);
  await page.getByTestId('help-new-ticket').click();
  await page.getByTestId('help-email').fill(email);
  await page.getByTestId('help-category').selectOption('deposit_withdrawal');
  await page.getByTestId('help-subject').fill('이더리움 출금이 아직도 대기 중');
  await page.getByTestId('help-body').fill('이더리움 출금이 여전히 대기 중입니다. 다섯 시간이 넘었어요.');

  const existing = page.getByTestId('help-existing-ticket');
  await expect(existing).toContainText(`#${filed.number}`);
  await page.screenshot({ path: screenshotPath('help-center-existing-ko.png'), fullPage: true });
  await existing.getByTestId('help-add-to-existing').click();
  await expect(page.getByTestId('help-added-to-existing')).toContainText(`#${filed.number}`);

  // No new ticket: the text is a customer message on the open one, seen on its status page.
  await page.goto(`${service.url}/help/tickets/${filed.access_token}`);
  await expect(page.locator('[data-testid="help-message"][data-kind="customer"]').last()).toContainText(
    '다섯 시간이 넘었어요',
  );
});
