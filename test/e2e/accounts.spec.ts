import type { Browser, Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { demoAgent, demoLead, expect, logIn, test, type DemoLogin } from './fixtures';
import { screenshotPath } from './screenshots';

const strongPassword = 'lantern-orbit-cactus-47';

/** Calls the service's API as `token` and returns the parsed answer (throws on a failure status). */
async function api<T>(
  baseUrl: string,
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The console's offline-cache databases in this page's origin. */
function cacheDatabases(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases())
      .map((database) => database.name ?? '')
      .filter((name) => name.startsWith('support-console:')),
  );
}

/** The code an authenticator app would show for `secret` now, in a later time step than `after` when given. */
async function freshCode(secret: string, after: number | null): Promise<{ code: string; step: number }> {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  // A code is accepted once per 30-second step: wait for the next step when this one was used.
  while (after !== null && totp.counter() <= after) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { code: totp.generate(), step: totp.counter() };
}

async function localePage(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 860 } });
  return context.newPage();
}

test('an agent disabled by a lead while working is signed out and the console deletes its cache', async ({
  page,
  service,
}) => {
  const agent = demoAgent(1);
  await logIn(page, service.url, agent);
  // The queue filled the agent's offline cache.
  await expect.poll(() => cacheDatabases(page)).toHaveLength(1);
  expect(await page.evaluate(() => localStorage.getItem('support-console.session'))).not.toBeNull();

  const lead = await api<{ token: string }>(service.url, 'POST', '/api/login', null, {
    email: demoLead().email,
    password: demoLead().password,
  });
  const { accounts } = await api<{ accounts: { id: string; email: string }[] }>(
    service.url,
    'GET',
    '/api/accounts',
    lead.token,
  );
  const target = accounts.find((account) => account.email === agent.email);
  expect(target).toBeDefined();
  await api(service.url, 'POST', `/api/agents/${target?.id ?? ''}/disable`, lead.token);
  try {
    // The socket's session:ended signs the console out without any action of the agent.
    await expect(page.getByTestId('login-notice')).toContainText('disabled by a lead');
    await expect(page.getByTestId('queue-table')).toHaveCount(0);
    await expect.poll(() => cacheDatabases(page)).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('support-console.session'))).toBeNull();
    // Signing in again is refused while disabled.
    await page.getByTestId('login-email').fill(agent.email);
    await page.getByTestId('login-password').fill(agent.password);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error')).toBeVisible();
  } finally {
    await api(service.url, 'POST', `/api/agents/${target?.id ?? ''}/enable`, lead.token);
  }
});

test('an agent sets up two-step verification and signs in with a code', async ({
  page,
  browser,
  service,
}) => {
  // Six consoles open in three languages, and a wait of up to 30 s for a fresh code.
  test.setTimeout(300_000);
  const created: DemoLogin[] = [];
  for (const language of ['en', 'ko', 'zh']) {
    const login = {
      email: `mfa-${language}@demo.exchange`,
      password: strongPassword,
      name: `MFA ${language}`,
    };
    await api(service.url, 'POST', '/api/agents', service.adminToken, { ...login, role: 'agent' });
    created.push(login);
  }
  // The login form and the enrolment, as each language shows them.
  const enrolments = new Map<string, string>();
  for (const [index, locale] of ['en-US', 'ko-KR', 'zh-CN'].entries()) {
    const localized = index === 0 ? page : await localePage(browser, locale);
    const account = created[index] as DemoLogin;
    await localized.goto(service.url);
    await expect(localized.getByTestId('login-submit')).toBeVisible();
    await localized.screenshot({ path: screenshotPath(`accounts-login-${locale}.png`) });
    await localized.getByTestId('login-email').fill(account.email);
    await localized.getByTestId('login-password').fill(account.password);
    await localized.getByTestId('login-submit').click();
    await expect(localized.getByTestId('queue-table')).toBeVisible();
    await localized.getByTestId('nav-settings').click();
    await localized.getByTestId('mfa-set-up').click();
    await expect(localized.getByTestId('mfa-qr')).toBeVisible();
    enrolments.set(locale, (await localized.getByTestId('mfa-secret').textContent()) ?? '');
    await localized
      .getByTestId('mfa-settings')
      .screenshot({ path: screenshotPath(`accounts-enrolment-${locale}.png`) });
  }

  const secret = enrolments.get('en-US') ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const first = await freshCode(secret, null);
  await page.getByTestId('mfa-settings-code').fill(first.code);
  await page.getByTestId('mfa-settings-confirm').click();
  await expect(page.getByTestId('recovery-codes').locator('li')).toHaveCount(10);
  await page.getByTestId('recovery-codes-done').click();
  await expect(page.getByTestId('mfa-settings')).toHaveAttribute('data-mfa-enabled', 'true');

  // Signing out (nothing unsent) returns to the login form; the next login asks for a code.
  await page.getByRole('button', { name: 'Sign out', exact: true }).first().click();
  await expect(page.getByTestId('login-submit')).toBeVisible();
  await page.getByTestId('login-email').fill(created[0]?.email ?? '');
  await page.getByTestId('login-password').fill(strongPassword);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-mfa')).toBeVisible();
  await page.screenshot({ path: screenshotPath('accounts-mfa-code-en-US.png') });
  await page.getByTestId('mfa-code').fill('000000');
  await page.getByTestId('mfa-submit').click();
  await expect(page.getByTestId('mfa-error')).toBeVisible();
  const second = await freshCode(secret, first.step);
  await page.getByTestId('mfa-code').fill(second.code);
  await page.getByTestId('mfa-submit').click();
  await expect(page.getByTestId('queue-table')).toBeVisible();

  // The code step in Korean and Chinese (the enrolled agents of those languages confirm first).
  for (const locale of ['ko-KR', 'zh-CN']) {
    const localized = await localePage(browser, locale);
    const account = created[locale === 'ko-KR' ? 1 : 2] as DemoLogin;
    const token = (
      await api<{ token: string }>(service.url, 'POST', '/api/login', null, {
        email: account.email,
        password: strongPassword,
      })
    ).token;
    await api(service.url, 'POST', '/api/me/mfa/confirm', token, {
      code: (await freshCode(enrolments.get(locale) ?? '', null)).code,
    });
    await localized.goto(service.url);
    await localized.getByTestId('login-email').fill(account.email);
    await localized.getByTestId('login-password').fill(strongPassword);
    await localized.getByTestId('login-submit').click();
    await expect(localized.getByTestId('login-mfa')).toBeVisible();
    await localized.screenshot({ path: screenshotPath(`accounts-mfa-code-${locale}.png`) });
  }
});
