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
    await navigator.serviceWorker.register(new URL('./offline-worker.js', location.href), { scope: './' });
    const ownFiles = [
      ...Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'), (script) => script.src),
      ...Array.from(document.querySelectorAll<HTMLLinkElement>('link[href]'), (link) => link.href),
    ].filter((url) => new URL(url).origin === location.origin);
    const cache = await caches.open(shellCache);
    await cache.addAll([new URL('./', location.href).href, ...ownFiles]);
  } catch (error) {
    logger.warn('the offline copy of the console could not be set up', error);
  }
}
