import type { FastifyInstance } from 'fastify';

/**
 * The console's Content-Security-Policy: its own scripts only, no plugins, no framing, and connections
 * (fetch, socket.io) to the service that served it only, so a script that got in cannot send what it reads
 * anywhere else. `host` (the request's Host, `name:port`) adds the same origin's WebSocket URLs, which older
 * browsers do not count as `'self'`.
 */
export function consoleContentSecurityPolicy(host?: string): string {
  const sockets =
    host !== undefined && /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i.test(host)
      ? ` ws://${host} wss://${host}`
      : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self'${sockets}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Adds security headers to every response: `nosniff`, no framing, no referrer, and the console's CSP unless
 * a route set a stricter one (attachments do). API answers are never cached.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    if (!reply.hasHeader('content-security-policy')) {
      reply.header('content-security-policy', consoleContentSecurityPolicy(request.headers.host));
    }
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });
}
