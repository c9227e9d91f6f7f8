import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  messageCreateSchema,
  ticketListQuerySchema,
  ticketUpdateSchema,
  type TicketListQuery,
} from '../../shared/domain/schemas';
import type { Agent } from '../../shared/domain/schemas';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import { currentAgent, requireRole } from '../http/auth';
import { isUuid } from '../storage/sql-helpers';
import type { TicketFilter } from '../storage/ticket-reads';
import type { UpdateRefusal } from '../storage/ticket-writes';
import { assertStorableText } from '../tickets/storable-text';

const ticketParamsSchema = z.object({ id: z.string().max(64) });

function notFound(id: string): ApiFailure {
  return new ApiFailure(404, 'not_found', `no ticket ${id}`);
}

/** The ticket id of a `:id` route (a UUID), or a 404. */
function ticketIdOf(request: FastifyRequest): string {
  const { id } = parseOrFail(ticketParamsSchema, request.params);
  if (!isUuid(id)) {
    throw notFound(id);
  }
  return id.toLowerCase();
}

/** The list filter of a validated query: `assignee` is an agent id, `me` or `none`. */
function filterOf(query: TicketListQuery, agent: Agent): TicketFilter {
  let assigneeId: string | null | undefined;
  if (query.assignee === 'me') {
    assigneeId = agent.id;
  } else if (query.assignee === 'none') {
    assigneeId = null;
  } else if (query.assignee !== undefined) {
    if (!isUuid(query.assignee)) {
      throw new ApiFailure(400, 'invalid_value', 'assignee: an agent id, "me" or "none"', 'assignee');
    }
    assigneeId = query.assignee;
  }
  return {
    status: query.status,
    category: query.category,
    assigneeId,
    text: query.q,
    limit: query.limit,
    cursor: query.cursor,
  };
}

/** `If-Match: <version>` (quotes allowed) as a number, null when absent; a 400 when it is not a version. */
function expectedVersionOf(request: FastifyRequest): number | null {
  const header = request.headers['if-match'];
  if (header === undefined) {
    return null;
  }
  const match = typeof header === 'string' ? /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header) : null;
  if (!match?.[1]) {
    throw new ApiFailure(
      400,
      'invalid_value',
      'If-Match: the ticket version the change is based on',
      'If-Match',
    );
  }
  return Number(match[1]);
}

const refusals: Record<UpdateRefusal, (id: string) => ApiFailure> = {
  not_found: notFound,
  version_conflict: (id) =>
    new ApiFailure(409, 'version_conflict', `ticket ${id} changed since that version; read it again`),
  invalid_transition: (id) =>
    new ApiFailure(
      409,
      'invalid_transition',
      `ticket ${id} cannot move to that status from its current one (closed is final; solved reopens to open or closes)`,
      'status',
    ),
  unknown_category: () => new ApiFailure(400, 'unknown_category', 'category: no such category', 'category'),
  unknown_assignee: () =>
    new ApiFailure(400, 'unknown_assignee', 'assignee_id: no such agent', 'assignee_id'),
};

/** The agent routes on tickets: list, read, change properties, add replies and notes. */
export function registerTicketRoutes(app: FastifyInstance, context: AppContext): void {
  const agentOnly = requireRole(context.authenticator, 'agent');

  app.get('/api/tickets', { onRequest: agentOnly }, async (request) => {
    const query = parseOrFail(ticketListQuerySchema, request.query);
    assertStorableText(query);
    return context.store.listTickets(filterOf(query, currentAgent(request)));
  });

  app.get('/api/tickets/:id', { onRequest: agentOnly }, async (request) => {
    const { id } = parseOrFail(ticketParamsSchema, request.params);
    const ticket = await context.store.getTicket(id);
    if (ticket === null) {
      throw notFound(id);
    }
    return ticket;
  });

  app.patch('/api/tickets/:id', { onRequest: agentOnly }, async (request) => {
    const id = ticketIdOf(request);
    const update = parseOrFail(ticketUpdateSchema, request.body);
    assertStorableText(update);
    const outcome = await context.store.updateTicket(id, update, {
      agentId: currentAgent(request).id,
      expectedVersion: expectedVersionOf(request),
    });
    if ('refusal' in outcome) {
      throw refusals[outcome.refusal](id);
    }
    return outcome.ticket;
  });

  app.post('/api/tickets/:id/messages', { onRequest: agentOnly }, async (request, reply) => {
    const id = ticketIdOf(request);
    const message = parseOrFail(messageCreateSchema, request.body);
    assertStorableText(message);
    const stored = await context.store.addMessage(id, message, currentAgent(request));
    if (stored === null) {
      throw notFound(id);
    }
    return reply.code(201).send(stored);
  });
}
