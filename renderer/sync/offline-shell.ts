import { createLogger } from '../logging/logger';

const logger = createLogger('offline');
const shellCache = 'support-console-shell-v1';

/**
 * In browser mode, registers the service worker that keeps the console's files (renderer/public/
 * offline-worker.js) so a reload while offline opens the console. The files this page already loaded are
 * put in its cache at once, since the worker only sees requests made after it took control. The desktop
 * shell loads its files from disk and needs none of this.
 */
export async function registerOfflineShell(location: Location = window.location): Promise<void> {
  if (!('serviceWorker' in navigator) || !(location.protocol === 'http:' || location.protocol === 'https:')) {
    return;
  }
  try {
    // The service serves the console at its root, under any route (/tickets/2942): the worker and the page
    // it keeps live at the root, whatever route this page was opened on.
    const root = new URL('/', location.href);
    await navigator.serviceWorker.register(new URL('offline-worker.js', root), { scope: root.pathname });
    const ownFiles = [
      ...Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'), (script) => script.src),
      ...Array.from(document.querySelectorAll<HTMLLinkElement>('link[href]'), (link) => link.href),
    ].filter((url) => new URL(url).origin === location.origin);
    const cache = await caches.open(shellCache);
    await cache.addAll([root.href, ...ownFiles]);
  } catch (error) {
    logger.warn('the offline copy of the console could not be set up', error);
  }
}
