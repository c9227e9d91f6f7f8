import { demoLead, expect, fileTicket, logIn, queueRow, test } from './fixtures';
import { screenshotPath } from './screenshots';

const transactionHash = '0x' + '5be1c0de'.repeat(8);

test('keyboard only: the Korean withdrawal reply is suggested, its tx hash prompt blocks sending until filled', async ({
  loggedInPage: page,
  service,
}) => {
  const marker = `출금지연${Date.now()}`;
  const filed = await fileTicket(service.url, {
    email: 'withdrawal-ko@example.com',
    name: '박지훈',
    locale: 'ko',
    category: 'deposit_withdrawal',
    subject: `USDT 출금이 몇 시간째 대기 중입니다 ${marker}`,
    body: '어제 저녁에 USDT 출금을 신청했는데 아직도 처리 중으로 나옵니다. 출금이 언제 완료되는지 알려 주세요.',
  });

  // Find and open the ticket, then go to the reply box, all from the keyboard.
  await page.keyboard.press('/');
  await expect(page.getByTestId('queue-search')).toBeFocused();
  await page.keyboard.type(marker);
  await expect(queueRow(page, filed.number)).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ticket-subject')).toContainText(marker);
  await page.keyboard.press('r');
  const composer = page.getByTestId('composer-body');
  await expect(composer).toBeFocused();

  // `/` at the start of a line opens the picker with suggestions for this ticket, before any query.
  await page.keyboard.press('/');
  const picker = page.getByTestId('faq-picker');
  await expect(picker).toBeVisible();
  await expect(page.getByTestId('faq-search')).toBeFocused();
  const options = picker.getByTestId('faq-option');
  await expect(options.first()).toBeVisible();
  const firstThree = await options.evaluateAll((elements) =>
    elements.slice(0, 3).map((element) => ({
      language: element.getAttribute('data-language'),
      title: element.textContent ?? '',
    })),
  );
  const position = firstThree.findIndex((option) => option.title.includes('출금 지연'));
  expect(position, JSON.stringify(firstThree)).toBeGreaterThanOrEqual(0);
  expect(firstThree[position]?.language).toBe('ko');

  for (let step = 0; step < position; step += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(options.nth(position)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('faq-preview')).toContainText('출금 신청이 정상 접수되어');
  await page.keyboard.press('Enter');

  // The reply asks for the transaction hash inline.
  const prompt = page.locator('[data-testid="faq-prompt"][data-key="tx_hash"]');
  await expect(prompt).toBeFocused();
  await page.keyboard.type(transactionHash.slice(0, 12));
  await picker.screenshot({ path: screenshotPath('faq-picker.png') });
  // Leave it empty and insert anyway: the placeholder stays, highlighted, and blocks sending.
  await prompt.fill('');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(composer).toBeFocused();
  await expect(composer).toHaveValue(/출금 신청이 정상 접수되어.*\{\{prompt\.tx_hash\}\}/s);
  await expect(page.getByTestId('composer-unfilled')).toContainText('{{prompt.tx_hash}}');
  await expect(page.getByTestId('composer-send')).toBeDisabled();
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('[data-testid="thread-message"][data-kind="reply"]')).toHaveCount(0);

  // Tab to the unfilled placeholder, Enter selects it in the text, typing replaces it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(composer).toBeFocused();
  await page.keyboard.type(transactionHash);
  await expect(page.getByTestId('composer-unfilled')).toBeHidden();
  await expect(page.getByTestId('composer-send')).toBeEnabled();
  await page.keyboard.press('Control+Enter');

  const sent = page.locator('[data-testid="thread-message"][data-kind="reply"]').last();
  await expect(sent).toContainText('출금 신청이 정상 접수되어 현재 처리 중입니다.');
  await expect(sent).toContainText(`트랜잭션 해시(${transactionHash})로`);
  await expect(sent).not.toContainText('{{');
  await expect(composer).toHaveValue('');
});

test('a lead browses the library by folder, edits a reply and exports it', async ({ page, service }) => {
  await logIn(page, service.url, demoLead());
  await page.getByTestId('nav-faq').click();
  const library = page.getByTestId('faq-library');
  await library.getByRole('button', { name: /^Withdrawals/ }).click();
  const items = library.getByTestId('faq-library-item');
  await expect(items.first()).toBeVisible();
  await items.filter({ hasText: 'Withdrawal pending' }).click();
  const editor = page.getByTestId('faq-editor');
  await expect(editor.getByTestId('faq-editor-folder')).toHaveValue('Withdrawals::Pending');
  await editor.getByLabel('Add tags').fill('withdrawal-delay');
  // Published as a help-center article with the same save.
  await editor.getByTestId('faq-editor-public').check();
  await editor.screenshot({ path: screenshotPath('faq-editor-public.png') });
  await editor.getByTestId('faq-editor-save').click();
  await expect(page.getByTestId('faq-saved')).toContainText('Saved.');
  await expect(items.filter({ hasText: 'Withdrawal pending' }).getByTestId('faq-library-public')).toHaveText(
    'Public',
  );

  const download = page.waitForEvent('download');
  await library.getByRole('button', { name: 'Export JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('faq-library.json');

  // Customers read it in the help center, in their language.
  const help = await page.context().newPage();
  await help.goto(`${service.url}/help?lang=en`);
  await expect(help.getByTestId('help-article').filter({ hasText: 'Withdrawal pending' })).toBeVisible();
  await help.close();
});
