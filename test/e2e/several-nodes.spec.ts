import { randomBytes } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { createNodeSchema, dropNodeSchema } from '../server/cluster/node-schema';
import { demoAgent, expect, fileTicket, logIn, queueRow, test } from './fixtures';
import { startServiceNode, type ServiceNode } from './service';

const postgresUrl = process.env.TEST_DATABASE_URL ?? '';

/** An agent's console in a browser context of its own (separate storage, separate socket) on `nodeUrl`. */
async function agentOn(browser: Browser, nodeUrl: string, index: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await logIn(page, nodeUrl, demoAgent(index));
  return page;
}

// Issue 21: "an e2e test with two agents on two nodes". Several nodes need PostgreSQL (PGlite belongs to one
// process), so without TEST_DATABASE_URL there is nothing to run this against; CI sets it (.ci/run).
test.describe('two agents on two service nodes', () => {
  test.skip(postgresUrl === '', 'several service nodes need PostgreSQL: set TEST_DATABASE_URL');

  const schema = `e2e_nodes_${randomBytes(6).toString('hex')}`;
  const adminToken = `e2e-nodes-admin-${process.pid}`;
  const nodes: ServiceNode[] = [];

  test.beforeAll(async () => {
    test.setTimeout(360_000);
    const databaseUrl = await createNodeSchema(postgresUrl, schema);
    // One after the other: the first migrates the schema and loads the demo, the second joins.
    nodes.push(await startServiceNode(databaseUrl, adminToken));
    nodes.push(await startServiceNode(databaseUrl, adminToken));
  });

  test.afterAll(async () => {
    await Promise.all(nodes.splice(0).map((node) => node.stop()));
    await dropNodeSchema(postgresUrl, schema);
  });

  test("agent 2 on node B sees agent 1's work on node A live, and agent 1 sees agent 2's", async ({
    browser,
  }) => {
    const [nodeA, nodeB] = nodes;
    if (nodeA === undefined || nodeB === undefined) {
      throw new Error('the nodes did not start');
    }
    const agent1 = await agentOn(browser, nodeA.url, 0);
    const agent2 = await agentOn(browser, nodeB.url, 1);
    const filed = await fileTicket(
      nodeA.url,
      {
        email: 'two-nodes@example.com',
        subject: `Withdrawal stuck in processing ${Date.now()}`,
        body: 'My USDT withdrawal on TRC20 has been processing for three hours.',
      },
      { adminToken },
    );
    // Filed through node A: it reaches agent 2's queue on node B through the change log, without reload.
    await expect(queueRow(agent1, filed.number)).toBeVisible();
    await expect(queueRow(agent2, filed.number)).toBeVisible();
    await expect(queueRow(agent2, filed.number)).toContainText(/new/i);

    // Presence across nodes: agent 1 opens the ticket on node A; agent 2's row on node B shows it.
    await queueRow(agent1, filed.number).click();
    await expect(queueRow(agent2, filed.number).getByTestId('row-presence')).toBeVisible();
    await queueRow(agent2, filed.number).click();
    const viewersSeenBy2 = agent2.getByTestId('ticket-presence');
    await expect(viewersSeenBy2.locator(`[data-agent-name="${demoAgent(0).name}"]`)).toBeVisible();

    // Agent 1 replies through node A: the reply and the ticket's new status reach agent 2 on node B.
    await agent1.getByTestId('composer-body').fill('We are checking the TRC20 withdrawal queue now.');
    await agent1.getByTestId('composer-send').click();
    await expect(agent1.locator('[data-testid="thread-message"][data-kind="reply"]').last()).toContainText(
      'TRC20 withdrawal queue',
    );
    await expect(agent2.locator('[data-testid="thread-message"][data-kind="reply"]').last()).toContainText(
      'TRC20 withdrawal queue',
    );
    await expect(queueRow(agent2, filed.number)).not.toContainText(/\bnew\b/i);

    // And the other way: agent 2 replies through node B. Agent 2 opened the ticket before agent 1's reply,
    // so the stale-reply guard names that reply (it came from node A) before agent 2's goes out.
    await agent2.getByTestId('composer-body').fill('The withdrawal left our hot wallet; the hash follows.');
    await agent2.getByTestId('composer-send').click();
    const guard = agent2.getByTestId('stale-guard');
    await expect(guard.getByTestId('stale-guard-change').first()).toContainText('TRC20 withdrawal queue');
    await guard.getByTestId('stale-guard-send').click();
    await expect(agent2.locator('[data-testid="thread-message"][data-kind="reply"]').last()).toContainText(
      'left our hot wallet',
    );
    await expect(agent1.locator('[data-testid="thread-message"][data-kind="reply"]').last()).toContainText(
      'left our hot wallet',
    );
    await agent1.context().close();
    await agent2.context().close();
  });
});
