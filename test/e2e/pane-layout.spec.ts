import type { Page } from '@playwright/test';
import { answerAsCustomer, apiToken, demoAgent, expect, fileTicket, logIn, queueRow, test } from './fixtures';
import { screenshotPath } from './screenshots';

/**
 * Issue 17, point 8: the ticket pane at 1440×900. It opens at the top with the checklist in view; a long
 * text in the composer (the missing-info request, an FAQ reply) scrolls inside the reply box and the
 * thread's last message stays on screen; the box's size handle works from the keyboard and the size and a
 * folded checklist are remembered. Screenshots in ko, en and zh under test-results/screenshots.
 */

const customers = {
  'en-US': {
    name: 'Alex Kim',
    subject: 'Deposit not credited',
    body: 'I deposited XRP two hours ago and it is not in my account.',
    answers: ['It was about 500 XRP, sent from another exchange.', 'Any news? Last message'],
  },
  'ko-KR': {
    name: '김하늘',
    subject: '입금이 반영되지 않았어요',
    body: '두 시간 전에 XRP를 입금했는데 계정에 들어오지 않았습니다.',
    answers: ['다른 거래소에서 약 500 XRP 보냈어요.', '아직 소식이 없나요? 마지막 메시지'],
  },
  'zh-CN': {
    name: '王芳',
    subject: '充值未到账',
    body: '我两个小时前充值了 XRP，但是账户里还没有到账。',
    answers: ['大约 500 XRP，从另一家交易所转出的。', '有进展吗？最后一条消息'],
  },
} as const;

async function openFiledTicket(page: Page, serviceUrl: string, locale: keyof typeof customers) {
  const customer = customers[locale];
  const stamp = Date.now();
  const filed = await fileTicket(serviceUrl, {
    email: `pane-${stamp}@example.com`,
    name: customer.name,
    locale: locale.slice(0, 2),
    category: 'deposit_withdrawal',
    subject: `${customer.subject} ${stamp}`,
    body: customer.body,
  });
  for (const answer of customer.answers) {
    await answerAsCustomer(serviceUrl, filed, `${answer} ${stamp}`);
  }
  await logIn(page, serviceUrl);
  await queueRow(page, filed.number).click();
  await expect(page.getByTestId('ticket-subject')).toContainText(String(stamp));
  const last = page.getByTestId('thread-message').last();
  await expect(last).toContainText(`${customer.answers[1]} ${stamp}`);
  return { last };
}

/** How far the pane's scrolling area is scrolled. */
function paneScrollTop(page: Page): Promise<number> {
  return page.locator('.ticket-pane__scroll').evaluate((element) => element.scrollTop);
}

for (const locale of ['ko-KR', 'en-US', 'zh-CN'] as const) {
  test(`${locale}: the pane opens at the checklist and the thread stays visible under a long request`, async ({
    browser,
    service,
  }) => {
    const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const { last } = await openFiledTicket(page, service.url, locale);

    // Opened at the top: the checklist is on screen, not scrolled past.
    await expect(page.getByTestId('checklist-panel')).toBeInViewport({ ratio: 0.5 });
    expect(await paneScrollTop(page)).toBe(0);

    // The missing-info request is long; the reply box keeps its size and the last message stays visible.
    await page.getByTestId('ask-missing-info').click();
    const composer = page.getByTestId('composer-body');
    await expect(composer).toBeFocused();
    const request = await composer.inputValue();
    expect(request.split('\n').length).toBeGreaterThan(8);
    const box = await composer.boundingBox();
    expect(box?.height).toBeLessThan(200);
    // The text is longer than the box: it scrolls inside it.
    expect(await composer.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    await expect(last).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('checklist-panel')).toBeVisible();
    await page.screenshot({ path: screenshotPath(`pane-long-request-${locale.slice(0, 2)}.png`) });
    await context.close();
  });
}

test('a ticket whose last reply is the agent’s own still opens at the checklist once its whole thread arrives', async ({
  browser,
  service,
}) => {
  // The agent answered this ticket earlier (elsewhere); this browser's cache holds only its first message, so
  // the whole thread arrives after the pane opened. It must not scroll the checklist away.
  const stamp = Date.now();
  const filed = await fileTicket(
    service.url,
    {
      email: `pane-own-${stamp}@example.com`,
      locale: 'en',
      category: 'deposit_withdrawal',
      subject: `Withdrawal still pending ${stamp}`,
      body: 'My USDT withdrawal has been pending for three hours.',
    },
    { adminToken: service.adminToken },
  );
  const agent = demoAgent();
  const token = await apiToken(service.url, agent);
  const paragraph = 'We are checking the withdrawal with the wallet team and will write again soon.';
  for (const round of [1, 2, 3]) {
    const reply = await fetch(`${service.url}/api/tickets/${filed.id}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'reply', body: Array(6).fill(`${paragraph} (${round})`).join('\n\n') }),
    });
    expect(reply.status).toBe(201);
  }

  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await logIn(page, service.url, agent);
  await queueRow(page, filed.number).click();
  await expect(page.getByTestId('thread-message')).toHaveCount(4);
  await expect(page.getByTestId('thread-message').last()).toContainText('(3)');
  await expect(page.getByTestId('thread-message').last()).not.toBeInViewport();
  await expect(page.getByTestId('checklist-panel')).toBeInViewport({ ratio: 0.5 });
  expect(await paneScrollTop(page)).toBe(0);
  await context.close();
});

test('the reply box resizes from the keyboard, keeps its size, and the checklist folds', async ({
  browser,
  service,
}) => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const { last } = await openFiledTicket(page, service.url, 'en-US');
  const handle = page.getByTestId('composer-resize');
  const composer = page.getByTestId('composer-body');
  const before = Number(await handle.getAttribute('aria-valuenow'));
  const heightBefore = (await composer.boundingBox())?.height ?? 0;

  await handle.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(handle).toHaveAttribute('aria-valuenow', String(before + 48));
  expect(Math.round((await composer.boundingBox())?.height ?? 0)).toBe(Math.round(heightBefore + 48));
  // End: as tall as the window allows, which still leaves the thread room.
  await page.keyboard.press('End');
  const tallest = Number(await handle.getAttribute('aria-valuemax'));
  await expect(handle).toHaveAttribute('aria-valuenow', String(tallest));

  // An FAQ reply (the `/` picker) fills the tall box; the message it answers is still on screen.
  await composer.focus();
  await page.keyboard.press('/');
  await expect(page.getByTestId('faq-picker')).toBeVisible();
  await page.getByTestId('faq-option').first().click();
  await page.getByTestId('faq-insert').click();
  await expect(page.getByTestId('faq-picker')).toHaveCount(0);
  expect((await composer.inputValue()).length).toBeGreaterThan(120);
  await expect(last).toBeInViewport();
  await page.screenshot({ path: screenshotPath('pane-faq-reply-tall-en.png') });

  // Dragging the grip with the mouse: up makes the box taller, down shorter.
  await page.keyboard.press('Escape');
  await handle.focus();
  await page.keyboard.press('Home');
  const grip = await handle.boundingBox();
  if (!grip) {
    throw new Error('the size handle has no box');
  }
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2 - 80, { steps: 5 });
  await page.mouse.up();
  const dragged = Number(await handle.getAttribute('aria-valuenow'));
  expect(dragged).toBeGreaterThan(100);

  // Fold the checklist; both choices survive a reload.
  await page.getByTestId('checklist-toggle').click();
  await expect(page.getByTestId('checklist-toggle')).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('checklist-item')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('ticket-pane')).toBeVisible();
  await expect(page.getByTestId('composer-resize')).toHaveAttribute('aria-valuenow', String(dragged));
  await expect(page.getByTestId('checklist-toggle')).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('checklist-item')).toHaveCount(0);
  await page.getByTestId('checklist-toggle').click();
  await expect(page.getByTestId('checklist-item').first()).toBeVisible();
  await context.close();
});
