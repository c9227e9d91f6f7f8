import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  limits,
  messageCreateSchema,
  ticketListQuerySchema,
  ticketUpdateSchema,
  type TicketListQuery,
} from '../../shared/domain/schemas';
import type { Agent, TicketList } from '../../shared/domain/schemas';
import { maskTicketContacts } from '../../shared/access/mask-email';
import { bulkUpdateSchema, type BulkUpdateResult } from '../../shared/domain/workflow-schemas';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import { currentAgent, requireRole } from '../http/auth';
import { isUuid } from '../storage/sql-helpers';
import type { BulkFailureCode, BulkOutcome } from '../storage/bulk-updates';
import { answerOnce, idempotentWrite } from '../http/idempotent-write';
import { pruneIdempotencyKeys } from '../storage/idempotency';
import type { TicketFilter } from '../storage/ticket-reads';
import type { UpdateOutcome, UpdateRefusal } from '../storage/ticket-writes';
import type { AgentMessageOutcome } from '../storage/agent-messages';
import { assertStorableText } from '../tickets/storable-text';
import { outsideScope } from './team-scope';

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
  if (query.customer_id !== undefined && !isUuid(query.customer_id)) {
    throw new ApiFailure(400, 'invalid_value', 'customer_id: a customer id', 'customer_id');
  }
  let ids: string[] | undefined;
  if (query.ids !== undefined) {
    ids = query.ids.split(',').filter((id) => id !== '');
    if (ids.length > 100 || !ids.every(isUuid)) {
      throw new ApiFailure(400, 'invalid_value', 'ids: at most 100 ticket ids, comma-separated', 'ids');
    }
    ids = ids.map((id) => id.toLowerCase());
  }
  return {
    ...(ids === undefined ? {} : { ids }),
    status: query.status,
    category: query.category,
    assigneeId,
    customerId: query.customer_id?.toLowerCase(),
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

/** The `failed` entry of a bulk change for one refused ticket, with the message the single-ticket route gives. */
function bulkFailure(id: string, code: BulkFailureCode): BulkUpdateResult['failed'][number] {
  const message =
    code === 'too_many_tags'
      ? `ticket ${id} would have more than ${limits.tagCount} tags`
      : refusals[code](id).message;
  return { id, code, message };
}

/** The agent routes on tickets: list, read, change properties, add replies and notes. */
export function registerTicketRoutes(app: FastifyInstance, context: AppContext): void {
  const agentOnly = requireRole(context.authenticator, 'agent');
  // Keys older than the retention go when the service starts (docs/sync.md); younger ones are never deleted.
  app.addHook('onReady', async () => {
    await context.store.loadInTransaction(pruneIdempotencyKeys);
  });

  // Lists carry the requester's e-mail masked; only the detail has it whole, and every detail read is
  // logged and counted against the agent's read budget (docs/security.md "Reads").
  app.get('/api/tickets', { onRequest: agentOnly }, async (request): Promise<TicketList> => {
    const query = parseOrFail(ticketListQuerySchema, request.query);
    assertStorableText(query);
    const agent = currentAgent(request);
    const scope = await context.teamScope?.scopeFor(agent);
    const list = await context.store.listTickets({
      ...filterOf(query, agent),
      ...(scope ? { scope } : {}),
    });
    if (query.q !== undefined && query.q !== '') {
      await context.reads?.recordSearch(agent, query.q, list.total);
    }
    return { ...list, tickets: list.tickets.map(maskTicketContacts) };
  });

  app.post('/api/tickets/bulk', { onRequest: agentOnly }, async (request, reply) => {
    const bulk = parseOrFail(bulkUpdateSchema, request.body);
    assertStorableText(bulk);
    // An unknown category or assignee would fail every ticket alike: refuse the request before any write.
    const refusal = await context.store.bulkReferenceRefusal(bulk.changes);
    if (refusal === 'unknown_category') {
      throw new ApiFailure(400, refusal, 'changes.category: no such category', 'changes.category');
    }
    if (refusal === 'unknown_assignee') {
      throw new ApiFailure(400, refusal, 'changes.assignee_id: no such agent', 'changes.assignee_id');
    }
    // Under team scope, another team's tickets fail as their detail would (403 outside_team_scope there)
    // and are never written; the rest are changed as usual.
    const agent = currentAgent(request);
    const outside = new Set((await context.teamScope?.outsideOf(agent, bulk.ticket_ids)) ?? []);
    const allowed = bulk.ticket_ids.filter((id) => !outside.has(id));
    const answer = (outcome: BulkOutcome): BulkUpdateResult => ({
      updated: outcome.updated,
      failed: [
        ...outcome.failed.map((failure) => bulkFailure(failure.id, failure.code)),
        ...[...outside].map((id) => ({ id, code: 'outside_team_scope', message: outsideScope(id).message })),
      ],
    });
    if (allowed.length === 0) {
      return answer({ updated: [], failed: [] });
    }
    const idempotency = idempotentWrite<BulkOutcome>(request, null, (outcome) => ({
      status: 200,
      body: answer(outcome),
    }));
    return answerOnce(reply, async () =>
      answer(
        await context.store.bulkUpdate({ ...bulk, ticket_ids: allowed }, { agentId: agent.id }, idempotency),
      ),
    );
  });

  app.get('/api/tickets/:id', { onRequest: agentOnly }, async (request) => {
    const { id } = parseOrFail(ticketParamsSchema, request.params);
    const ticket = await context.store.getTicket(id);
    if (ticket === null) {
      throw notFound(id);
    }
    if (context.reads && !(await context.reads.openTicket(currentAgent(request), ticket))) {
      const { hourly_ticket_budget: budget } = await context.reads.readLimits();
      throw new ApiFailure(
        429,
        'read_budget_exceeded',
        `you opened ${budget} different tickets within the hour, the most a lead allows; tickets assigned to you still open`,
      );
    }
    return context.safety ? context.safety.withLinkWarnings(ticket) : ticket;
  });

  app.patch('/api/tickets/:id', { onRequest: agentOnly }, async (request, reply) => {
    const id = ticketIdOf(request);
    const update = parseOrFail(ticketUpdateSchema, request.body);
    assertStorableText(update);
    const expectedVersion = expectedVersionOf(request);
    const idempotency = idempotentWrite<UpdateOutcome>(request, expectedVersion, (outcome) =>
      'refusal' in outcome ? null : { status: 200, body: outcome.ticket },
    );
    return answerOnce(reply, async () => {
      const outcome = await context.store.updateTicket(id, update, {
        agentId: currentAgent(request).id,
        expectedVersion,
        ...(idempotency ? { idempotency } : {}),
      });
      if ('refusal' in outcome) {
        throw refusals[outcome.refusal](id);
      }
      // The answer is the whole ticket, as a detail read is: it is logged as one (docs/security.md "Reads").
      await context.reads?.recordAnsweredReads(currentAgent(request), [outcome.ticket]);
      return outcome.ticket;
    });
  });

  app.post('/api/tickets/:id/messages', { onRequest: agentOnly }, async (request, reply) => {
    const id = ticketIdOf(request);
    const message = parseOrFail(messageCreateSchema, request.body);
    assertStorableText(message);
    // A public reply that asks for a secret or links outside the official domains is refused (422).
    if (message.kind === 'reply') {
      await context.safety?.assertSafeReply(message.body);
    }
    const expectedVersion = expectedVersionOf(request);
    const idempotency = idempotentWrite<AgentMessageOutcome>(request, expectedVersion, (outcome) =>
      'refusal' in outcome ? null : { status: 201, body: outcome.message },
    );
    return answerOnce(reply, async () => {
      const outcome = await context.store.addAgentMessage(
        id,
        message,
        currentAgent(request),
        expectedVersion,
        idempotency,
      );
      if ('refusal' in outcome) {
        throw refusals[outcome.refusal](id);
      }
      return reply.code(201).send(outcome.message);
    });
  });
}
