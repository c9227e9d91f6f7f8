import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * The URL of a worker entry beside `moduleUrl` (pass `import.meta.url`), named without extension: the
 * TypeScript source when the caller runs from source (tsx, vitest), the bundled `.js` file when it runs
 * from a build (the desktop app bundles each worker entry next to its main file).
 */
export function workerEntryBeside(moduleUrl: string, name: string): URL {
  return new URL(`./${name}${moduleUrl.endsWith('.ts') ? '.ts' : '.js'}`, moduleUrl);
}

/**
 * Starts a worker thread on an ES module. A worker does not inherit the TypeScript loader its parent runs
 * under (tsx, vitest), so for a `.ts` entry the worker first registers tsx (a dependency of the service)
 * and then imports the entry; a `.js` entry starts directly.
 */
export function startModuleWorker(entry: URL, options: WorkerOptions = {}): Worker {
  if (!entry.pathname.endsWith('.ts')) {
    return new Worker(entry, options);
  }
  // The ES module build of tsx's API (its CommonJS build cannot register from a worker): resolved here, so
  // the worker finds it wherever the process was started from.
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(
    /\.cjs$/,
    '.mjs',
  );
  const source = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(source, { ...options, eval: true });
}
