import type { Page } from '@playwright/test';
import type { AgentPreferences } from '../../shared/domain/workflow-schemas';
import { apiToken, expect, openView, type DemoLogin } from './fixtures';

/** The service's copy of an agent's preferences (the test's own look behind the console). */
export async function preferencesOnService(serviceUrl: string, token: string): Promise<AgentPreferences> {
  const response = await fetch(`${serviceUrl}/api/me/preferences`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as AgentPreferences;
}

/** Saves the toolbar's priority filter as a view named `name`, from "All tickets". */
export async function saveView(page: Page, priority: string, name: string): Promise<void> {
  await openView(page, 'all');
  await page.getByTestId('filter-priority').selectOption(priority);
  await page.getByTestId('view-save').click();
  await page.getByTestId('view-name').fill(name);
  await page.getByTestId('view-name').press('Enter');
  await expect(page.locator('[data-testid="view-item"]', { hasText: name })).toHaveAttribute(
    'aria-current',
    'true',
  );
}

/** A new agent (its saved views are the test's own), signed in through the API too. */
export async function newAgent(
  service: { url: string; adminToken: string },
  name: string,
): Promise<{ login: DemoLogin; token: string }> {
  const login: DemoLogin = {
    email: `views-${Date.now()}-${Math.floor(Math.random() * 1e6)}@demo.exchange`,
    password: 'views-lantern-orbit-47',
    name,
  };
  const created = await fetch(`${service.url}/api/agents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${service.adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...login, role: 'agent' }),
  });
  expect(created.status).toBe(201);
  return { login, token: await apiToken(service.url, login) };
}
