import { demoLead, expect, fileTicket, logIn, queueRow, test } from './fixtures';
import { screenshotPath } from './screenshots';

interface ThreadAnswer {
  status: string;
  messages: { kind: string; body: string }[];
}

async function ticketAsAdmin(serviceUrl: string, adminToken: string, id: string): Promise<ThreadAnswer> {
  const response = await fetch(`${serviceUrl}/api/tickets/${id}`, {
    headers: { authorization: `Bearer ${adminToken}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as ThreadAnswer;
}

const update = {
  ko: '리플 입금이 정상화되었습니다. 지연된 입금은 모두 반영되었습니다.',
  en: 'XRP deposits are back to normal. Every delayed deposit has been credited.',
  zh: 'XRP 充值已恢复正常，所有延迟的充值均已到账。',
};

test('a lead links the tickets of an incident and one update reaches each in its language', async ({
  page,
  service,
}) => {
  // Many steps through the console and the service; on the shared 2-core machine this took 85 to 100 s.
  test.setTimeout(240_000);
  // Three customers write before the lead declares the incident, in Korean, English and Chinese.
  const korean = await fileTicket(service.url, {
    email: 'jiwoo@example.com',
    locale: 'ko',
    category: 'deposit_withdrawal',
    subject: '리플 입금 미반영',
    body: '리플(XRP) 입금을 했는데 두 시간째 반영이 안 돼요.',
  });
  const english = await fileTicket(service.url, {
    email: 'sam@example.com',
    locale: 'en',
    category: 'deposit_withdrawal',
    subject: 'XRP deposit not credited',
    body: 'I deposited XRP two hours ago and it is still not credited.',
  });
  const chinese = await fileTicket(service.url, {
    email: 'lihua@example.com',
    locale: 'zh',
    category: 'deposit_withdrawal',
    subject: 'XRP充值未到账',
    body: '我两个小时前充值的瑞波币XRP还没有到账。',
  });
  const ours = [korean, english, chinese];

  await logIn(page, service.url, demoLead());
  await page.getByTestId('nav-incidents').click();
  await page.getByTestId('incident-new').click();
  await page.getByTestId('incident-title-ko').fill('리플(XRP) 입금 지연');
  await page.getByTestId('incident-title-en').fill('XRP deposits delayed');
  await page.getByTestId('incident-title-zh').fill('XRP 充值延迟');
  await page.getByTestId('incident-body-en').fill('XRP deposits are delayed by network maintenance.');
  await page.getByTestId('incident-body-ko').fill('리플 네트워크 점검으로 입금이 지연되고 있습니다.');
  await page.getByTestId('incident-body-zh').fill('由于网络维护，XRP 充值延迟。');
  await page.locator('[data-testid="incident-category"][value="deposit_withdrawal"]').check();
  await page.getByTestId('incident-create').click();

  // The three tickets are suggested by their text; "link all" links them.
  const detail = page.getByTestId('incident-detail');
  for (const ticket of ours) {
    await expect(
      detail.locator(`[data-testid="incident-suggested"][data-ticket-number="${ticket.number}"]`),
    ).toBeVisible();
  }
  await page.getByTestId('incident-link-all').click();
  for (const ticket of ours) {
    await expect(
      detail.locator(`[data-testid="incident-linked"][data-ticket-number="${ticket.number}"]`),
    ).toBeVisible();
  }

  // Agents see the incident on a linked ticket.
  await page.getByTestId('nav-queue').click();
  await queueRow(page, korean.number).click();
  // The worker's service is shared: the help-center spec may have made an incident with the same title,
  // which a matching ticket is linked to as well. This one is the lead's, still investigating.
  await expect(
    page.getByTestId('incident-banner').filter({ hasText: 'Investigating' }).first(),
  ).toContainText('XRP deposits delayed');
  await page.screenshot({ path: screenshotPath('incident-banner.png') });

  // One update, resolving the incident and solving the tickets.
  await page.getByTestId('nav-incidents').click();
  await page.getByTestId('incident-item').first().click();
  await page.getByTestId('incident-update-body-ko').fill(update.ko);
  await page.getByTestId('incident-update-body-en').fill(update.en);
  await page.getByTestId('incident-update-body-zh').fill(update.zh);
  await page.getByTestId('incident-update-status').selectOption('resolved');
  await page.getByTestId('incident-update-ticket-status').selectOption('solved');
  await page.getByTestId('incident-update-post').click();
  await expect(page.getByTestId('incident-update-result')).toContainText(/Replied on \d+ tickets/);
  await expect(page.getByTestId('incident-status')).toHaveValue('resolved');
  await page.screenshot({ path: screenshotPath('incidents.png') });

  for (const [ticket, expected] of [
    [korean, update.ko],
    [english, update.en],
    [chinese, update.zh],
  ] as const) {
    const thread = await ticketAsAdmin(service.url, service.adminToken, ticket.id);
    expect(
      thread.messages.filter((message) => message.kind === 'reply').map((message) => message.body),
    ).toEqual([expected]);
    expect(thread.status).toBe('solved');
  }
  // The customer sees it on their status page, in their language.
  await page.goto(`${service.url}/help/tickets/${chinese.access_token}?lang=zh`);
  await expect(page.locator('[data-testid="help-message"][data-kind="reply"]')).toContainText(update.zh);
  await expect(page.getByTestId('help-ticket-status')).toHaveText('已解决');
});
