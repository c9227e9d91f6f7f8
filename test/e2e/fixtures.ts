import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { demoAgents } from '../../server/demo/generate-demo';
import { startTestService, type TestService } from './service';

/** One real service per worker (PGlite and demo data take a few seconds to set up). */
export const test = base.extend<{ loggedInPage: Page }, { service: TestService }>({
  service: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the fixtures argument to be destructured.
    async ({}, use) => {
      const service = await startTestService();
      await use(service);
      await service.stop();
    },
    { scope: 'worker', timeout: 240_000 },
  ],
  loggedInPage: async ({ page, service }, use) => {
    await logIn(page, service.url);
    await use(page);
  },
});

export { expect };

/** A demo console user's credentials and display name. */
export interface DemoLogin {
  email: string;
  password: string;
  name: string;
}

/** The `index`th demo agent (not the lead; 0 is Minji, 1 is Wei): the credentials the service prints at start. */
export function demoAgent(index = 0): DemoLogin {
  const agent = demoAgents.filter((candidate) => candidate.role === 'agent')[index];
  if (!agent) {
    throw new Error(`the demo data has no agent number ${index}`);
  }
  return agent;
}

/** The demo team lead. */
export function demoLead(): DemoLogin {
  const lead = demoAgents.find((candidate) => candidate.role === 'lead');
  if (!lead) {
    throw new Error('the demo data has no lead');
  }
  return lead;
}

/**
 * Stores the console's preferences in every page of `context` before it loads: `language`, and the theme
 * (`system` follows the context's emulated color scheme).
 */
export async function preferLanguage(
  context: BrowserContext,
  language: string,
  theme: 'light' | 'dark' | 'system' = 'system',
): Promise<void> {
  await context.addInitScript(
    ([preferredLanguage, preferredTheme]) => {
      window.localStorage.setItem(
        'support-console.preferences',
        JSON.stringify({ language: preferredLanguage, theme: preferredTheme }),
      );
    },
    [language, theme] as const,
  );
}

/** An API token for `login` (the demo's first agent unless told), to set up or check the service's side. */
export async function apiToken(serviceUrl: string, login: DemoLogin = demoAgent()): Promise<string> {
  const response = await fetch(`${serviceUrl}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: login.email, password: login.password }),
  });
  expect(response.status, `logging in ${login.email}`).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

/**
 * Logs in through the console's login form, as an agent would (the first demo agent unless told), then
 * opens the `view` (default "All tickets", newest first, where a just-filed ticket is the top row); `null`
 * stays on the view the agent lands on (docs/agent-day.md).
 */
export async function logIn(
  page: Page,
  serviceUrl: string,
  agent: DemoLogin = demoAgent(),
  options: { view?: string | null } = {},
): Promise<void> {
  await page.goto(serviceUrl);
  await page.getByTestId('login-email').fill(agent.email);
  await page.getByTestId('login-password').fill(agent.password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('queue-table')).toBeVisible();
  const view = options.view === undefined ? 'all' : options.view;
  if (view !== null) {
    await openView(page, view);
  }
}

/** Selects a queue view in the sidebar (`all`, `next`, `mine`, `sla_breached`, …). */
export async function openView(page: Page, viewId: string): Promise<void> {
  const item = page.locator(`[data-testid="view-item"][data-view-id="${viewId}"]`);
  await item.click();
  await expect(item).toHaveAttribute('aria-current', 'true');
}

/** Files a ticket through the public intake API, as the customer web form does. */
export async function fileTicket(
  serviceUrl: string,
  ticket: { email: string; subject: string; body: string; name?: string; locale?: string; category?: string },
  /**
   * `adminToken`: file through the service's own token, which the per-address intake budget (60 a minute)
   * exempts, for a test that seeds dozens of tickets as an import would.
   */
  options: { adminToken?: string } = {},
): Promise<{ id: string; number: number; access_token: string }> {
  const response = await fetch(`${serviceUrl}/api/tickets`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.adminToken === undefined ? {} : { authorization: `Bearer ${options.adminToken}` }),
    },
    body: JSON.stringify({
      requester: { email: ticket.email, name: ticket.name ?? 'E2E Customer', locale: ticket.locale ?? 'en' },
      subject: ticket.subject,
      body: ticket.body,
      ...(ticket.category ? { category: ticket.category } : {}),
    }),
  });
  if (response.status !== 201) {
    throw new Error(`intake answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as { id: string; number: number; access_token: string };
}

/** The customer answers their own ticket with the access token intake gave them. */
export async function answerAsCustomer(
  serviceUrl: string,
  ticket: { id: string; access_token: string },
  body: string,
): Promise<{ newly_present: string[] }> {
  const response = await fetch(`${serviceUrl}/api/tickets/${ticket.id}/customer-messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ticket.access_token}` },
    body: JSON.stringify({ body }),
  });
  if (response.status !== 201) {
    throw new Error(`customer-messages answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as { newly_present: string[] };
}

/** The queue row of a ticket number. */
export function queueRow(page: Page, number: number): Locator {
  return page.locator(`[data-testid="queue-row"][data-ticket-number="${number}"]`);
}

/** The id of the console user `email`, as the directory lists it (asked with the admin token). */
export async function agentIdByEmail(serviceUrl: string, adminToken: string, email: string): Promise<string> {
  const response = await fetch(`${serviceUrl}/api/agents`, {
    headers: { authorization: `Bearer ${adminToken}` },
  });
  const { agents } = (await response.json()) as { agents: Array<{ id: string; email: string }> };
  const agent = agents.find((candidate) => candidate.email === email);
  if (!agent) {
    throw new Error(`no agent ${email}`);
  }
  return agent.id;
}
