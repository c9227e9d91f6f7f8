import type { FastifyInstance } from 'fastify';
import { changeListQuerySchema, type Agent, type Change, type ChangeList } from '../../shared/domain/schemas';
import type { AppContext } from '../app-context';
import { parseOrFail } from '../errors';
import { currentAgent, requireRole } from '../http/auth';

/** Of `changes`, those `agent` may hear of: changes about no ticket, and those about tickets in their scope. */
export async function visibleChanges(
  context: AppContext,
  agent: Agent,
  changes: readonly Change[],
): Promise<Change[]> {
  if (context.teamScope === undefined || (await context.teamScope.scopeFor(agent)) === null) {
    return [...changes];
  }
  const ticketIds = changes.flatMap((change) => (change.ticket_id === null ? [] : [change.ticket_id]));
  const visible = await context.teamScope.visibleTicketIds(agent, ticketIds);
  return changes.filter((change) => change.ticket_id === null || visible.has(change.ticket_id));
}

/** `GET /api/changes?since=&limit=` (agent): the change log after a cursor, in sequence order. */
export function registerChangeRoutes(app: FastifyInstance, context: AppContext): void {
  app.get('/api/changes', { onRequest: requireRole(context.authenticator, 'agent') }, async (request) => {
    const query = parseOrFail(changeListQuerySchema, request.query);
    const changes = await context.store.changesSince(query.since, query.limit);
    // Under team scope an agent hears only of their tickets; `next` still passes the changes left out.
    const response: ChangeList = {
      changes: await visibleChanges(context, currentAgent(request), changes),
      next: changes.at(-1)?.seq ?? query.since,
    };
    return response;
  });
}
