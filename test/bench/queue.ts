import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser';
import { quantile, type BenchResult } from './table';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Serves the built console (dist/web) as static files; the queue bench page needs no service. */
function serveStatic(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://bench').pathname));
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}

interface QueueBenchApi {
  filter(text: string): Promise<number>;
  view(viewId: string): Promise<number>;
  countViews(): number;
  readonly viewIds: readonly string[];
  sort(columnId: string): Promise<number>;
  scroll(): Promise<number[]>;
}

/**
 * The queue with `count` tickets in Chromium: filtering, sorting and scrolling the real table component on
 * the bench page that `npm run build:web` produces, plus the page's JavaScript heap.
 */
export async function benchQueue(options: { webRoot: string; count: number }): Promise<BenchResult[]> {
  const page = '/bench/queue-bench.html';
  if (!existsSync(join(options.webRoot, page))) {
    throw new Error(`${options.webRoot}${page} is missing: run npm run build:web first`);
  }
  const { server, url } = await serveStatic(options.webRoot);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const tab = await context.newPage();
    const openedAt = Date.now();
    await tab.goto(`${url}${page}?count=${options.count}`);
    await tab.waitForFunction(() => 'queueBench' in window, undefined, { timeout: 120_000 });
    const loadSeconds = (Date.now() - openedAt) / 1000;

    // Each search starts from an empty box (a pasted query), so no search narrows the previous one.
    const searchTimes = async (queries: readonly string[]): Promise<number[]> => {
      const times: number[] = [];
      for (let round = 0; round < 3; round += 1) {
        for (const query of queries) {
          await tab.evaluate(() =>
            (window as unknown as { queueBench: QueueBenchApi }).queueBench.filter(''),
          );
          times.push(
            await tab.evaluate(
              (text) => (window as unknown as { queueBench: QueueBenchApi }).queueBench.filter(text),
              query,
            ),
          );
        }
      }
      return times;
    };
    const latinTimes = await searchTimes([
      'withdraw',
      'kim',
      'tx',
      '1042',
      'pending deposit',
      'zzzz-nothing',
    ]);
    const cjkTimes = await searchTimes(['출금', '提现', '입금 지연', '충전', '提现 失败', '출']);

    // Views: selecting each built-in view (filters over every ticket), then counting all of them at once.
    const viewIds = await tab.evaluate(
      () => (window as unknown as { queueBench: QueueBenchApi }).queueBench.viewIds,
    );
    await tab.evaluate(() => (window as unknown as { queueBench: QueueBenchApi }).queueBench.filter(''));
    const filterTimes: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      for (const viewId of [...viewIds, 'none']) {
        filterTimes.push(
          await tab.evaluate(
            (id) => (window as unknown as { queueBench: QueueBenchApi }).queueBench.view(id),
            viewId,
          ),
        );
      }
    }
    const countTimes: number[] = [];
    for (let round = 0; round < 10; round += 1) {
      countTimes.push(
        await tab.evaluate(() =>
          (window as unknown as { queueBench: QueueBenchApi }).queueBench.countViews(),
        ),
      );
    }
    const sortTimes: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      for (const column of ['subject', 'updated', 'priority', 'status', 'number']) {
        sortTimes.push(
          await tab.evaluate(
            (id) => (window as unknown as { queueBench: QueueBenchApi }).queueBench.sort(id),
            column,
          ),
        );
      }
    }
    const frames = await tab.evaluate(() =>
      (window as unknown as { queueBench: QueueBenchApi }).queueBench.scroll(),
    );

    const session = await context.newCDPSession(tab);
    await session.send('HeapProfiler.collectGarbage');
    await session.send('Performance.enable');
    const metrics = await session.send('Performance.getMetrics');
    const heapBytes = metrics.metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;

    const scenario = `queue, ${options.count.toLocaleString('en')} tickets (Chromium)`;
    return [
      {
        scenario,
        metric: 'page ready (generate + first render)',
        value: loadSeconds * 1000,
        unit: 'ms',
        target: '',
      },
      { scenario, metric: 'search, Latin p50', value: quantile(latinTimes, 0.5), unit: 'ms', target: '' },
      {
        scenario,
        metric: `search, Latin p95 (${latinTimes.length} searches)`,
        value: quantile(latinTimes, 0.95),
        unit: 'ms',
        target: '<= 50',
      },
      {
        scenario,
        metric: 'search, Korean/Chinese p50',
        value: quantile(cjkTimes, 0.5),
        unit: 'ms',
        target: '',
      },
      {
        scenario,
        metric: `search, Korean/Chinese p95 (${cjkTimes.length} searches)`,
        value: quantile(cjkTimes, 0.95),
        unit: 'ms',
        target: '<= 50',
      },
      { scenario, metric: 'filter (view) p50', value: quantile(filterTimes, 0.5), unit: 'ms', target: '' },
      {
        scenario,
        metric: `filter (view) p95 (${filterTimes.length} views)`,
        value: quantile(filterTimes, 0.95),
        unit: 'ms',
        target: '<= 50',
      },
      {
        scenario,
        metric: `count ${viewIds.length} views p50 (off the keystroke path)`,
        value: quantile(countTimes, 0.5),
        unit: 'ms',
        target: '',
      },
      {
        scenario,
        metric: `count ${viewIds.length} views p95`,
        value: quantile(countTimes, 0.95),
        unit: 'ms',
        target: '',
      },
      { scenario, metric: 'sort p50', value: quantile(sortTimes, 0.5), unit: 'ms', target: '' },
      {
        scenario,
        metric: `sort p95 (${sortTimes.length} sorts)`,
        value: quantile(sortTimes, 0.95),
        unit: 'ms',
        target: '<= 50',
      },
      {
        scenario,
        metric: `scroll frame p95 (${frames.length} frames)`,
        value: quantile(frames, 0.95),
        unit: 'ms',
        target: '<= 16.7',
      },
      { scenario, metric: 'JS heap after GC', value: heapBytes / 2 ** 20, unit: 'MB', target: '<= 300' },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
