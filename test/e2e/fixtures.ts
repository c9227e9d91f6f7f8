import { test as base, expect, type Page } from '@playwright/test';
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
    { scope: 'worker', timeout: 120_000 },
  ],
  loggedInPage: async ({ page, service }, use) => {
    await logIn(page, service.url);
    await use(page);
  },
});

export { expect };

/** The first demo agent (not the lead): the credentials the service prints at start. */
export function demoAgent(): { email: string; password: string } {
  const agent = demoAgents.find((candidate) => candidate.role === 'agent');
  if (!agent) {
    throw new Error('the demo data has no agent');
  }
  return agent;
}

/** Logs in through the console's login form, as an agent would. */
export async function logIn(page: Page, serviceUrl: string): Promise<void> {
  const agent = demoAgent();
  await page.goto(serviceUrl);
  await page.getByTestId('login-email').fill(agent.email);
  await page.getByTestId('login-password').fill(agent.password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('queue-table')).toBeVisible();
}

/** Files a ticket through the public intake API, as the customer web form does. */
export async function fileTicket(
  serviceUrl: string,
  ticket: { email: string; subject: string; body: string; name?: string },
): Promise<{ id: string; number: number }> {
  const response = await fetch(`${serviceUrl}/api/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      requester: { email: ticket.email, name: ticket.name ?? 'E2E Customer', locale: 'en' },
      subject: ticket.subject,
      body: ticket.body,
    }),
  });
  if (response.status !== 201) {
    throw new Error(`intake answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as { id: string; number: number };
}
