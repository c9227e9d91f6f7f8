import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import { currentAgent, requireRole } from '../http/auth';
import { isUuid } from '../storage/sql-helpers';

const dismissParamsSchema = z.object({ id: z.string().max(64), duplicate_id: z.string().max(64) });

/**
 * `POST /api/tickets/:id/duplicates/:duplicate_id/dismiss` (docs/api.md): an agent answers "not a
 * duplicate" to one of the ticket's possible duplicates. The answer is the ticket without that offer.
 */
export function registerDuplicateRoutes(app: FastifyInstance, context: AppContext): void {
  const agentOnly = requireRole(context.authenticator, 'agent');

  app.post('/api/tickets/:id/duplicates/:duplicate_id/dismiss', { onRequest: agentOnly }, async (request) => {
    const { id, duplicate_id: duplicateId } = parseOrFail(dismissParamsSchema, request.params);
    if (!isUuid(id)) {
      throw new ApiFailure(404, 'not_found', `no ticket ${id}`);
    }
    if (!isUuid(duplicateId)) {
      throw new ApiFailure(
        404,
        'not_offered',
        `ticket ${duplicateId} is not offered as a duplicate`,
        'duplicate_id',
      );
    }
    const outcome = await context.store.dismissDuplicate(
      id.toLowerCase(),
      duplicateId.toLowerCase(),
      currentAgent(request).id,
    );
    if ('refusal' in outcome) {
      throw outcome.refusal === 'not_found'
        ? new ApiFailure(404, 'not_found', `no ticket ${id}`)
        : new ApiFailure(
            404,
            'not_offered',
            `ticket ${duplicateId} is not offered as a duplicate of ticket ${id}`,
            'duplicate_id',
          );
    }
    await context.reads?.recordAnsweredReads(currentAgent(request), [outcome.ticket]);
    return outcome.ticket;
  });
}
