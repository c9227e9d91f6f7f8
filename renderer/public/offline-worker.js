/* global self, caches -- a service worker script: its globals are the worker's, not a page's. */
// The console's service worker (browser mode only, docs/offline.md): it keeps the console's own files so a
// reload while offline still opens the console, which then works from its IndexedDB cache. It never touches
// the service's API or live socket: those must fail offline so the outbox and the indicator know.
const shellCache = 'support-console-shell-v1';

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((name) => name !== shellCache).map((name) => caches.delete(name))),
      )
      .then(() => self.clients.claim()),
  );
});

/** Whether a request is for the console's own files (not the API, not the live socket). */
function isShellRequest(request) {
  if (request.method !== 'GET') {
    return false;
  }
  const url = new URL(request.url);
  return (
    url.origin === self.location.origin &&
    !url.pathname.startsWith('/api/') &&
    !url.pathname.startsWith('/socket.io')
  );
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (!isShellRequest(request)) {
    return;
  }
  const isPage = request.mode === 'navigate';
  // Network first (a new build shows at once), the kept copy when offline; hashed assets come from the cache.
  event.respondWith(
    (async () => {
      const cache = await caches.open(shellCache);
      const url = new URL(request.url);
      const isHashedAsset = url.pathname.includes('/assets/');
      if (isHashedAsset) {
        const kept = await cache.match(request);
        if (kept) {
          return kept;
        }
      }
      try {
        const response = await fetch(request);
        if (response.ok) {
          await cache.put(isPage ? new URL('./', self.location.href).href : request, response.clone());
        }
        return response;
      } catch (error) {
        const kept = await cache.match(isPage ? new URL('./', self.location.href).href : request);
        if (kept) {
          return kept;
        }
        throw error;
      }
    })(),
  );
});
