import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  mergeRequestSchema,
  type MergeList,
  type MergeResult,
  type MergeUndoResult,
} from '../../shared/domain/merge-schemas';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import { currentAgent, requireRole } from '../http/auth';
import { answerOnce, idempotentWrite } from '../http/idempotent-write';
import type { MergeOutcome, MergeRefusal, MergeUndoOutcome } from '../merge/merge-store';
import { outsideScope } from './team-scope';

const ticketParamsSchema = z.object({ id: z.string().max(64) });
const mergeParamsSchema = z.object({ merge_id: z.string().max(64) });

/** The HTTP answer of a refused merge or undo. */
function failureOf(refusal: MergeRefusal, subject: string): ApiFailure {
  const about = refusal.ticketId ?? subject;
  switch (refusal.refusal) {
    case 'not_found':
      return new ApiFailure(404, 'not_found', `no ${subject}`);
    case 'source_not_found':
      return new ApiFailure(404, 'source_not_found', `no ticket ${about}`, 'source_ids');
    case 'merge_into_itself':
      return new ApiFailure(400, 'merge_into_itself', 'a ticket cannot be merged into itself', 'source_ids');
    case 'duplicate_source':
      return new ApiFailure(400, 'duplicate_source', `ticket ${about} is named twice`, 'source_ids');
    case 'target_merged':
      return new ApiFailure(409, 'target_merged', 'the target is itself merged into another ticket');
    case 'target_closed':
      return new ApiFailure(409, 'target_closed', 'a closed ticket cannot receive a merge');
    case 'source_already_merged':
      return new ApiFailure(409, 'source_already_merged', `ticket ${about} is already merged`, 'source_ids');
    case 'source_is_merge_target':
      return new ApiFailure(
        409,
        'source_is_merge_target',
        `ticket ${about} holds merged tickets: merge into it, or undo its merges first`,
        'source_ids',
      );
    case 'lead_required':
      return new ApiFailure(403, 'forbidden', 'merging tickets of different customers needs the lead role');
    case 'unverified_into_verified':
      return new ApiFailure(
        403,
        'unverified_merge_needs_lead',
        "this merges an unverified sender's ticket into a verified customer's ticket: a lead must do it",
      );
    case 'undo_role_required':
      return new ApiFailure(403, 'undo_needs_lead', 'this merge needed a lead, so undoing it does too');
    case 'different_customers':
      return new ApiFailure(
        409,
        'different_customers',
        'these tickets belong to different customers: resend with confirm_different_customers true',
        'confirm_different_customers',
      );
    case 'already_undone':
      return new ApiFailure(409, 'already_undone', 'this merge was already undone');
    case 'undo_expired':
      return new ApiFailure(409, 'undo_expired', 'the time to undo this merge has passed');
    case 'undo_blocked':
      return new ApiFailure(
        409,
        'undo_blocked',
        `the target was merged into ticket ${about} since: undo that merge first`,
      );
  }
}

function mergeResultOf(outcome: Exclude<MergeOutcome, MergeRefusal>): MergeResult {
  return { merge: outcome.merge, target: outcome.target };
}

function undoResultOf(outcome: Exclude<MergeUndoOutcome, MergeRefusal>): MergeUndoResult {
  return { merge: outcome.merge, tickets: outcome.tickets };
}

function ticketIdOf(request: FastifyRequest): string {
  return parseOrFail(ticketParamsSchema, request.params).id.toLowerCase();
}

/**
 * Under team scope, merging another team's ticket in (or undoing a merge that holds one) is refused as
 * reading it is: its thread would land on a ticket the agent may open. (The target, in the path, is checked
 * with every `/api/tickets/:id…` route.)
 */
async function assertTicketsInScope(
  context: AppContext,
  request: FastifyRequest,
  ticketIds: readonly string[],
  field = 'source_ids',
): Promise<void> {
  if (context.teamScope === undefined || ticketIds.length === 0) {
    return;
  }
  const [outside] = await context.teamScope.outsideOf(currentAgent(request), ticketIds);
  if (outside !== undefined) {
    throw outsideScope(outside, field);
  }
}

/**
 * Merging duplicates (docs/merging.md): preview, merge, undo and the merge history of a ticket. Any agent
 * merges one customer's tickets; tickets of different customers need a lead and an explicit confirmation.
 */
export function registerMergeRoutes(app: FastifyInstance, context: AppContext): void {
  const agentOnly = requireRole(context.authenticator, 'agent');

  app.post('/api/tickets/:id/merge/preview', { onRequest: agentOnly }, async (request) => {
    const id = ticketIdOf(request);
    const body = parseOrFail(mergeRequestSchema, request.body);
    await assertTicketsInScope(context, request, body.source_ids);
    const preview = await context.store.merges.preview(id, body);
    if ('refusal' in preview) {
      throw failureOf(preview, `ticket ${id}`);
    }
    return preview;
  });

  // Merge and undo take an `Idempotency-Key` like the other writes (docs/sync.md): the outbox resends a
  // merge made offline until it is acknowledged, and a replay gets the first answer without merging again.
  app.post('/api/tickets/:id/merge', { onRequest: agentOnly }, async (request, reply) => {
    const id = ticketIdOf(request);
    const body = parseOrFail(mergeRequestSchema, request.body);
    await assertTicketsInScope(context, request, body.source_ids);
    const idempotency = idempotentWrite<MergeOutcome>(request, null, (outcome) =>
      'refusal' in outcome ? null : { status: 201, body: mergeResultOf(outcome) },
    );
    return answerOnce(reply, async () => {
      const outcome = await context.store.merges.merge(id, body, currentAgent(request), idempotency);
      if ('refusal' in outcome) {
        throw failureOf(outcome, `ticket ${id}`);
      }
      // The answer holds the target ticket whole: logged as a read (docs/security.md "Reads").
      await context.reads?.recordAnsweredReads(currentAgent(request), [outcome.target]);
      return reply.code(201).send(mergeResultOf(outcome));
    });
  });

  app.post('/api/merges/:merge_id/undo', { onRequest: agentOnly }, async (request, reply) => {
    const { merge_id: mergeId } = parseOrFail(mergeParamsSchema, request.params);
    // Undoing a merge touches every ticket in it: under team scope, each must be the agent's to open.
    if (context.teamScope !== undefined) {
      await assertTicketsInScope(context, request, await context.store.merges.ticketsOf(mergeId), 'merge_id');
    }
    const idempotency = idempotentWrite<MergeUndoOutcome>(request, null, (outcome) =>
      'refusal' in outcome ? null : { status: 200, body: undoResultOf(outcome) },
    );
    return answerOnce(reply, async () => {
      const outcome = await context.store.merges.undo(
        mergeId.toLowerCase(),
        currentAgent(request),
        idempotency,
      );
      if ('refusal' in outcome) {
        throw failureOf(outcome, `merge ${mergeId}`);
      }
      await context.reads?.recordAnsweredReads(currentAgent(request), outcome.tickets);
      return undoResultOf(outcome);
    });
  });

  app.get('/api/tickets/:id/merges', { onRequest: agentOnly }, async (request) => {
    const id = ticketIdOf(request);
    const merges = await context.store.merges.mergesOf(id);
    if (merges === null) {
      throw new ApiFailure(404, 'not_found', `no ticket ${id}`);
    }
    const result: MergeList = { merges };
    return result;
  });
}
