import type { FastifyInstance } from 'fastify';
import { changeListQuerySchema, type Agent, type Change, type ChangeList } from '../../shared/domain/schemas';
import type { AppContext } from '../app-context';
import { parseOrFail } from '../errors';
import { currentAgent, requireRole } from '../http/auth';

/**
 * Of `changes`, those `agent` may hear of: changes about no ticket, and those about tickets in their scope.
 * `preferences.updated` is personal: only the agent whose preferences changed hears of it.
 */
export async function visibleChanges(
  context: AppContext,
  agent: Agent,
  all: readonly Change[],
): Promise<Change[]> {
  const changes = await withoutOthersPreferences(context, agent, all);
  if (context.teamScope === undefined || (await context.teamScope.scopeFor(agent)) === null) {
    return changes;
  }
  const ticketIds = changes.flatMap((change) => (change.ticket_id === null ? [] : [change.ticket_id]));
  const visible = await context.teamScope.visibleTicketIds(agent, ticketIds);
  // Updates stay in (ids only): one may have taken a ticket out of the agent's scope, and the agent's
  // console must hear of it to drop its copy. New tickets and messages of other teams are left out.
  return changes.filter(
    (change) =>
      change.ticket_id === null || change.type === 'ticket.updated' || visible.has(change.ticket_id),
  );
}

/** `changes` without the `preferences.updated` of agents other than `agent`. */
async function withoutOthersPreferences(
  context: AppContext,
  agent: Agent,
  changes: readonly Change[],
): Promise<Change[]> {
  const personal = changes.filter((change) => change.type === 'preferences.updated');
  if (personal.length === 0) {
    return [...changes];
  }
  const owners = await context.store.changeAgentIds(personal.map((change) => change.seq));
  return changes.filter(
    (change) => change.type !== 'preferences.updated' || owners.get(change.seq) === agent.id,
  );
}

/** `GET /api/changes?since=&limit=` (agent): the change log after a cursor, in sequence order. */
export function registerChangeRoutes(app: FastifyInstance, context: AppContext): void {
  app.get('/api/changes', { onRequest: requireRole(context.authenticator, 'agent') }, async (request) => {
    const query = parseOrFail(changeListQuerySchema, request.query);
    const changes = await context.store.changesSince(query.since, query.limit);
    // Under team scope an agent hears only of their tickets (and of updates); `next` passes the rest.
    const response: ChangeList = {
      changes: await visibleChanges(context, currentAgent(request), changes),
      next: changes.at(-1)?.seq ?? query.since,
    };
    return response;
  });
}
