import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { demoLead, expect, fileTicket, logIn, preferLanguage, test } from './fixtures';
import { screenshotPath } from './screenshots';

/**
 * Every page of the console and of the customer help center, checked by axe-core against WCAG 2.0/2.1 A and
 * AA, in each language and theme. A pass fails on any violation of impact "serious" or "critical" and prints
 * each one (rule, help, the elements) so it can be fixed; lesser ones ("moderate", "minor") are printed only.
 */

test.slow();

const languages = ['en', 'ko', 'zh'] as const;
const themes = ['light', 'dark'] as const;

interface Finding {
  page: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe on what the page shows now and returns its findings, labelled with `name`. */
async function audit(page: Page, name: string): Promise<Finding[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map((violation) => ({
    page: name,
    id: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** Opens a console page through the sidebar and waits for what marks it as shown. */
async function openPage(page: Page, name: string, ready: string): Promise<void> {
  await page.getByTestId(`nav-${name}`).click();
  await expect(page.getByTestId(`nav-${name}`)).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId(ready).first()).toBeVisible();
}

for (const language of languages) {
  for (const theme of themes) {
    test(`no serious or critical axe violations on every page in ${language}, ${theme}`, async ({
      browser,
      service,
    }) => {
      const context = await browser.newContext({
        locale: language,
        colorScheme: theme,
        viewport: { width: 1440, height: 900 },
      });
      // The console's stored preferences pick the language; the theme follows the emulated system scheme.
      await preferLanguage(context, language);
      const page = await context.newPage();
      const findings: Finding[] = [];
      const lead = demoLead();

      await page.goto(service.url);
      await expect(page.getByTestId('login-email')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      findings.push(...(await audit(page, 'login')));

      await page.getByTestId('login-email').fill(lead.email);
      await page.getByTestId('login-password').fill(lead.password);
      await page.getByTestId('login-submit').click();
      await expect(page.getByTestId('queue-table')).toBeVisible({ timeout: 60_000 });
      await page.locator('[data-testid="view-item"][data-view-id="all"]').click();
      await page.getByTestId('queue-row').first().click();
      await expect(page.getByTestId('ticket-pane')).toBeVisible();
      findings.push(...(await audit(page, 'queue with a ticket open')));
      if (language === 'ko' && theme === 'dark') {
        await page.screenshot({ path: screenshotPath('ticket-ko-dark.png') });
      }

      await openPage(page, 'metrics', 'metrics-chart');
      findings.push(...(await audit(page, 'metrics')));
      await openPage(page, 'routing', 'routing-page');
      findings.push(...(await audit(page, 'routing')));
      await openPage(page, 'faq', 'faq-library');
      findings.push(...(await audit(page, 'faq library')));
      await openPage(page, 'settings', 'settings-language');
      findings.push(...(await audit(page, 'settings')));

      // The customer help center: its form, and a ticket's status page.
      await page.goto(`${service.url}/help?lang=${language}`);
      await page.getByTestId('help-new-ticket').click();
      await expect(page.getByTestId('help-email')).toBeVisible();
      findings.push(...(await audit(page, 'help center form')));
      const ticket = await fileTicket(service.url, {
        email: 'a11y@example.com',
        subject: 'Deposit not credited',
        body: 'My deposit from yesterday is not in my balance yet.',
        locale: language,
      });
      await page.goto(`${service.url}/help/tickets/${ticket.access_token}?lang=${language}`);
      await expect(page.getByTestId('help-ticket')).toBeVisible();
      findings.push(...(await audit(page, 'help center ticket status')));

      for (const finding of findings) {
        console.log(
          `[${language} ${theme}] ${finding.page}: ${finding.impact} ${finding.id} (${finding.help}) at ${finding.targets.slice(0, 5).join(' | ')}${finding.targets.length > 5 ? ` and ${finding.targets.length - 5} more` : ''}`,
        );
      }
      const blocking = findings.filter(
        (finding) => finding.impact === 'serious' || finding.impact === 'critical',
      );
      expect(
        blocking.map((finding) => `${finding.page}: ${finding.id} at ${finding.targets.join(' | ')}`),
      ).toEqual([]);
      await context.close();
    });
  }
}

/** Where keyboard focus is now: the part of the main screen that holds it. */
async function focusRegion(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) {
      return 'body';
    }
    const regions: [string, string][] = [
      ['nav', 'nav.sidebar'],
      ['ticket', '[data-testid="ticket-pane"]'],
      ['grid', '[data-testid="queue-table"]'],
      ['search', '[data-testid="queue-search"]'],
      ['dialog', '[role="dialog"]'],
    ];
    return regions.find(([, selector]) => active.closest(selector))?.[0] ?? 'other';
  });
}

test('Tab moves through the sidebar, the search, the queue and the ticket in that order and out again; the ? dialog traps and restores focus', async ({
  page,
  service,
}) => {
  await logIn(page, service.url);
  await page.getByTestId('queue-row').first().click();
  await expect(page.getByTestId('ticket-pane')).toBeVisible();

  // From the first sidebar item, Tab until focus has been in the ticket pane and left it again.
  await page.getByTestId('nav-queue').focus();
  const visited: string[] = ['nav'];
  let leftTicket = false;
  for (let press = 0; press < 250 && !leftTicket; press += 1) {
    await page.keyboard.press('Tab');
    const region = await focusRegion(page);
    if (region !== visited[visited.length - 1]) {
      leftTicket = visited[visited.length - 1] === 'ticket';
      visited.push(region);
    }
  }
  console.log(`focus order: ${visited.join(' → ')}`);
  const firstVisit = (region: string): number => visited.indexOf(region);
  expect(firstVisit('search')).toBeGreaterThan(firstVisit('nav'));
  expect(firstVisit('grid')).toBeGreaterThan(firstVisit('search'));
  expect(firstVisit('ticket')).toBeGreaterThan(firstVisit('grid'));
  // No trap outside dialogs: Tab gets out of the ticket pane (back to the page's start, or the browser).
  expect(leftTicket).toBe(true);
  expect(visited).not.toContain('dialog');

  // The shortcut help: focus moves in, Tab and Shift+Tab stay in, Escape closes and focus goes back.
  await page.getByTestId('queue-row').nth(1).click();
  await page.evaluate(() => document.activeElement?.setAttribute('data-focus-before-dialog', ''));
  await page.keyboard.press('?');
  const dialog = page.getByTestId('shortcut-help');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button')).toBeFocused();
  for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Tab']) {
    await page.keyboard.press(key);
    expect(await focusRegion(page)).toBe('dialog');
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('[data-focus-before-dialog]')).toBeFocused();
});
