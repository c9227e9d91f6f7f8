import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Paths that are never the console's: unknown ones there get a JSON 404, not index.html. */
function isServicePath(url: string): boolean {
  return url.startsWith('/api/') || url === '/api' || url.startsWith('/socket.io');
}

/**
 * The console page for any route: the build's `index.html` with its relative references (`./assets/…`, the
 * build's `base: './'`, which the desktop app needs) made root-relative, so `/tickets/2942` and
 * `/views/mine` load `/assets/…` and not `/tickets/assets/…`. The CSP forbids `<base>`, hence the rewrite.
 */
export function consolePageHtml(indexHtml: string): string {
  return indexHtml.replace(/(\s(?:src|href)=")\.\//gu, '$1/');
}

/**
 * Serves the built console from `directory` at `/`. Resolves with the not-found fallback that answers
 * other GET paths with `index.html` (the console routes on the client), or null when there is no build.
 */
export async function serveConsole(
  app: FastifyInstance,
  directory: string,
  log: (line: string) => void,
): Promise<((request: FastifyRequest, reply: FastifyReply) => Promise<boolean>) | null> {
  const root = resolve(directory);
  if (!existsSync(resolve(root, 'index.html'))) {
    log(`warning: no console build at ${root} (index.html missing); serving the API only`);
    return null;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    // Every page (`/` included) is sent by `sendPage` below, with root-relative references.
    index: false,
    wildcard: true,
    dotfiles: 'ignore',
    cacheControl: false,
    setHeaders: (response, path) => {
      // Built assets carry a content hash in their names; everything else must be re-checked.
      const isHashedAsset = path.includes(`${sep}assets${sep}`);
      response.setHeader('cache-control', isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const sendPage = async (reply: FastifyReply): Promise<void> => {
    const html = consolePageHtml(await readFile(resolve(root, 'index.html'), 'utf8'));
    await reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  };
  app.get('/', async (_request, reply) => sendPage(reply));
  const hasHelpCenter = (): boolean => existsSync(resolve(root, 'help', 'index.html'));
  const sendHelpPage = async (reply: FastifyReply): Promise<void> => {
    await reply.header('cache-control', 'no-cache').sendFile('help/index.html', root);
  };
  // `/help/` is the help center's folder: the static wildcard would refuse it (403, no directory index).
  app.get('/help/', async (_request, reply) => (hasHelpCenter() ? sendHelpPage(reply) : sendPage(reply)));
  return async (request, reply) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isServicePath(request.url)) {
      return false;
    }
    // The customer help center (help-center/, built into `help/`) routes on the client under /help.
    if (/^\/help(?:[/?#]|$)/.test(request.url) && hasHelpCenter()) {
      await sendHelpPage(reply);
      return true;
    }
    await sendPage(reply);
    return true;
  };
}
