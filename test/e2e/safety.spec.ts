import type { Page } from '@playwright/test';
import { expect, fileTicket, queueRow, test } from './fixtures';
import { screenshotPath } from './screenshots';

/** A valid BIP-39 test vector (controls no funds). */
const seedPhrase = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
const seedWords = ['sausage worth useful', 'legal winner thank year'];

/** Everything the console keeps in IndexedDB, as one string (read from the page itself). */
async function indexedDbText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump: unknown[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) {
        continue;
      }
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name as string);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      for (const storeName of Array.from(database.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = database.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(new Error(String(request.error)));
        });
        dump.push({ database: info.name, storeName, rows });
      }
      database.close();
    }
    return JSON.stringify(dump);
  });
}

test('a pasted seed phrase is masked for the agent, with a banner, and never reaches IndexedDB; a reply asking for the OTP is refused in the composer', async ({
  loggedInPage: page,
  service,
}) => {
  const domains = await fetch(`${service.url}/api/settings/official-domains`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${service.adminToken}` },
    body: JSON.stringify({ domains: ['upbit.com'] }),
  });
  expect(domains.status).toBe(200);
  const filed = await fileTicket(service.url, {
    email: 'drained@example.com',
    name: 'Drained Wallet',
    subject: `My wallet was emptied ${Date.now()}`,
    body: `Someone took everything. Here is my seed so you can check: ${seedPhrase}\nI also got a mail to log in at https://upbit-support.com/verify`,
  });
  await queueRow(page, filed.number).click();

  const banner = page.getByTestId('safety-banner');
  await expect(banner).toHaveAttribute('data-kind', 'seed_phrase');
  await expect(banner).toContainText('treat that wallet as compromised');
  const opening = page.locator('[data-testid="thread-message"][data-kind="customer"]').first();
  await expect(opening).toContainText('[seed phrase removed]');
  // The customer's notice, in their language, from the service.
  await expect(page.locator('[data-testid="thread-message"][data-kind="reply"]').first()).toContainText(
    'new wallet',
  );
  // The phishing link is text with its reason, not a link.
  await expect(opening).toContainText('https://upbit-support.com/verify [⚠');
  await expect(opening.locator('a[href*="upbit-support"]')).toHaveCount(0);
  const pageText = await page.locator('body').innerText();
  for (const words of seedWords) {
    expect(pageText).not.toContain(words);
  }
  const cached = await indexedDbText(page);
  expect(cached).toContain('[seed phrase removed]');
  for (const words of seedWords) {
    expect(cached).not.toContain(words);
  }

  const composer = page.getByTestId('composer-body');
  await composer.fill('Sorry to hear that. To verify your identity, please send us your OTP code.');
  const findings = page.getByTestId('reply-lint');
  await expect(findings).toBeVisible();
  await expect(findings.locator('[data-testid="reply-lint-finding"][data-kind="otp_code"]')).toBeVisible();
  await expect(page.getByTestId('composer-send')).toBeDisabled();
  await page.screenshot({ path: screenshotPath('safety-en.png') });

  await composer.fill(
    'We will never ask for your password, seed phrase or OTP code. Please move your funds now.',
  );
  await expect(findings).toHaveCount(0);
  await expect(page.getByTestId('composer-send')).toBeEnabled();
});
