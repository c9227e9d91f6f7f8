import type { FastifyInstance } from 'fastify';
import { changeListQuerySchema, type ChangeList } from '../../shared/domain/schemas';
import type { AppContext } from '../app-context';
import { parseOrFail } from '../errors';
import { requireRole } from '../http/auth';

/** `GET /api/changes?since=&limit=` (agent): the change log after a cursor, in sequence order. */
export function registerChangeRoutes(app: FastifyInstance, context: AppContext): void {
  app.get('/api/changes', { onRequest: requireRole(context.authenticator, 'agent') }, async (request) => {
    const query = parseOrFail(changeListQuerySchema, request.query);
    const changes = await context.store.changesSince(query.since, query.limit);
    const response: ChangeList = { changes, next: changes.at(-1)?.seq ?? query.since };
    return response;
  });
}
