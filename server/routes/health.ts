import type { FastifyInstance } from 'fastify';

/** `GET /api/health`: 200 `{"ok": true}` while the service runs. */
export function registerHealthRoutes(app: FastifyInstance): void {
  app.get('/api/health', (_request, reply) => reply.send({ ok: true }));
}
