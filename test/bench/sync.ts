import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser';
import type { BenchResult } from './table';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves dist/web as static files: the sync bench page needs no service. */
function serveStatic(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const file = join(
      root,
      normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://bench').pathname)),
    );
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
      resolve({
        server,
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      });
    });
  });
}

interface SyncBenchApi {
  firstSync(count: number): Promise<number>;
  coldStart: { firstPageMs: number; allMs: number; warmMs: number; count: number } | null;
}

/**
 * The offline cache in Chromium's IndexedDB (renderer/bench/sync-bench.ts): the first full sync of `count`
 * tickets into the cache (pages of 1,000 through the queue store's write-through), and a cold start (page
 * load, cache open, queue store filled and queue view warmed) with `count` cached tickets.
 */
export async function benchSync(options: { webRoot: string; count: number }): Promise<BenchResult[]> {
  const page = '/bench/sync-bench.html';
  if (!existsSync(join(options.webRoot, page))) {
    throw new Error(`${options.webRoot}${page} is missing: run npm run build:web first`);
  }
  const { server, url } = await serveStatic(options.webRoot);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${url}${page}`);
    await tab.waitForFunction(() => 'syncBench' in window);
    const syncMs = await tab.evaluate(
      (count) => (window as unknown as { syncBench: SyncBenchApi }).syncBench.firstSync(count),
      options.count,
    );
    const colds: { firstPageMs: number; allMs: number; warmMs: number; count: number }[] = [];
    for (let round = 0; round < 3; round += 1) {
      await tab.goto(`${url}${page}?cold`);
      await tab.waitForFunction(() => 'syncBench' in window, undefined, { timeout: 60_000 });
      const cold = await tab.evaluate(
        () => (window as unknown as { syncBench: SyncBenchApi }).syncBench.coldStart,
      );
      if (cold) {
        colds.push(cold);
      }
    }
    const median = (pick: (cold: (typeof colds)[number]) => number): number =>
      Math.round(
        colds.map(pick).sort((left, right) => left - right)[Math.floor(colds.length / 2)] ?? Number.NaN,
      ) / 1000;
    const label = `${options.count.toLocaleString('en')} tickets (Chromium IndexedDB)`;
    const cached = (colds[0]?.count ?? 0).toLocaleString('en');
    return [
      {
        scenario: `sync: first full sync, ${label}`,
        metric: 'duration',
        value: Math.round(syncMs) / 1000,
        unit: 's',
        target: '<= 10',
        note: 'pages of 1,000 through the store write-through into Dexie; network not included',
      },
      {
        scenario: `sync: cold start to an interactive queue, ${label}`,
        metric: 'median of 3',
        value: median((cold) => cold.firstPageMs),
        unit: 's',
        target: '<= 1',
        note: 'from navigation start: page load, cache open, the newest 2,000 tickets in the queue store',
      },
      {
        scenario: `sync: cold start, every cached ticket in the queue, ${label}`,
        metric: 'median of 3',
        value: median((cold) => cold.allMs),
        unit: 's',
        target: '',
        note: `${cached} tickets in the store; queue view warm (idle work) at ${median((cold) => cold.warmMs)} s`,
      },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
