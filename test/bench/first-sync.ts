import { chromium, type Page } from '@playwright/test';
import { generateDemoTickets } from '../../server/demo/generate-demo';
import { chromiumLaunchOptions } from '../e2e/browser';
import { demoLead } from '../e2e/fixtures';
import { startTestService } from '../e2e/service';
import type { BenchResult } from './table';

/** The demo's 2,000 tickets are there already; the rest are imported in batches of this many. */
const importBatch = 10_000;

/**
 * Imports `count` tickets with the demo's customer texts (numbers redrawn, every tenth one open, the rest
 * solved over the past year) through `POST /api/import`, as a desk moving from another tool would.
 */
async function importTickets(serviceUrl: string, adminToken: string, count: number): Promise<void> {
  const texts = generateDemoTickets({ now: new Date(Date.UTC(2026, 0, 1)), count: 5_000 });
  const yearMs = 365 * 24 * 60 * 60 * 1000;
  const now = Date.now();
  for (let start = 0; start < count; start += importBatch) {
    const lines: string[] = [];
    for (let index = start; index < Math.min(count, start + importBatch); index += 1) {
      const source = texts[index % texts.length];
      const createdAt = new Date(now - yearMs + (index / count) * yearMs);
      lines.push(
        JSON.stringify({
          external_id: `bench-${index}`,
          requester: {
            email: `customer-${Math.floor(index / 3)}@bench.example`,
            locale: source?.requester.locale ?? 'en',
          },
          subject: source?.subject ?? 'Question',
          body: `${source?.body ?? 'Question'} (${index})`,
          created_at: createdAt.toISOString(),
          ...(index % 10 === 0 ? { status: 'open' } : { solved_at: createdAt.toISOString() }),
        }),
      );
    }
    const response = await fetch(`${serviceUrl}/api/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/x-ndjson' },
      body: lines.join('\n'),
    });
    const answer = (await response.json()) as { imported?: number; errors?: unknown[] };
    if (response.status !== 200 || (answer.errors?.length ?? 0) > 0) {
      throw new Error(`import failed: ${response.status} ${JSON.stringify(answer).slice(0, 300)}`);
    }
  }
}

/**
 * Logs each API request the page makes as it starts and as it finishes (`FIRST_SYNC_TRACE=1`): time since the
 * trace started, waiting for the answer, receiving it, and its size. Where the seconds go, request by request.
 * Returns a function that logs a moment of the bench (the click on "Sign in") on the same clock.
 */
function traceRequests(page: Page, log: (line: string) => void): (moment: string) => void {
  const started = performance.now();
  page.on('request', (request) => {
    if (request.url().includes('/api/')) {
      const path = request.url().replace(/^.*\/api/, '/api');
      log(`  ${Math.round(performance.now() - started)} ms ${path}: requested`);
    }
  });
  page.on('requestfinished', (request) => {
    if (!request.url().includes('/api/')) {
      return;
    }
    const timing = request.timing();
    void request.sizes().then((sizes) => {
      const path = request.url().replace(/^.*\/api/, '/api');
      log(
        `  ${Math.round(performance.now() - started)} ms ${path}: waited ${Math.round(timing.responseStart - timing.requestStart)} ms, received ${Math.round(timing.responseEnd - timing.responseStart)} ms, ${sizes.responseBodySize} bytes`,
      );
    });
  });
  return (moment) => log(`  ${Math.round(performance.now() - started)} ms ${moment}`);
}

/**
 * The console's first sync on the real path (issue 21, point 5): the service as `npm run web` starts it
 * (PGlite, demo data) with `count` tickets in all, and the built console in Chromium. A lead signs in with an
 * empty cache; the clock runs from the click on "Sign in" to the first queue row, and to the "All tickets"
 * count reaching every ticket (the whole list fetched, parsed and written to IndexedDB).
 */
export async function benchFirstSync(options: {
  count: number;
  log: (line: string) => void;
}): Promise<BenchResult[]> {
  const service = await startTestService();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const importStarted = performance.now();
    await importTickets(service.url, service.adminToken, options.count - 2_000);
    options.log(
      `  ${(options.count - 2_000).toLocaleString('en')} tickets imported in ${Math.round((performance.now() - importStarted) / 1000)} s`,
    );
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const traceMoment =
      process.env.FIRST_SYNC_TRACE === '1' ? traceRequests(page, options.log) : (): void => undefined;
    const lead = demoLead();
    await page.goto(service.url);
    await page.getByTestId('login-email').fill(lead.email);
    await page.getByTestId('login-password').fill(lead.password);
    const started = performance.now();
    traceMoment('sign-in clicked');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('queue-row').first().waitFor({ timeout: 120_000 });
    const rowsMs = performance.now() - started;
    traceMoment('first row');
    if (process.env.FIRST_SYNC_TRACE === '1') {
      // The page's own clock: when the worker's script and the console's files were fetched after sign-in.
      const entries = await page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
          (entry) =>
            `${Math.round(entry.startTime)}-${Math.round(entry.responseEnd)} ms ${entry.name.replace(/^.*\//, '')}`,
        ),
      );
      options.log(`  the page's requests (page clock):\n    ${entries.join('\n    ')}`);
    }
    const total = options.count.toLocaleString('en');
    await page
      .locator('[data-testid="view-item"][data-view-id="all"]')
      .filter({ hasText: total })
      .waitFor({ timeout: 600_000 });
    const allMs = performance.now() - started;
    const scenario = `first sync, ${total} tickets (service on PGlite + Chromium)`;
    return [
      {
        scenario,
        metric: 'sign-in to the first row',
        value: Math.round(rowsMs) / 1000,
        unit: 's',
        target: '<= 1',
      },
      {
        scenario,
        metric: 'sign-in to every ticket cached',
        value: Math.round(allMs) / 1000,
        unit: 's',
        target: '<= 10',
        note: '"All tickets" shows the whole count: fetched, parsed and in IndexedDB',
      },
    ];
  } finally {
    await browser.close();
    await service.stop();
  }
}
