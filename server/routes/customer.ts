import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { limits } from '../../shared/domain/schemas';
import { customerMessageCreateSchema } from '../../shared/domain/workflow-schemas';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import { bearerToken } from '../http/auth';
import { acceptCustomerMessage, customerMessageReceipt } from '../tickets/accept-intake';
import { decodeAttachments } from '../tickets/attachments';
import { assertStorableText } from '../tickets/storable-text';

const ticketParamsSchema = z.object({ id: z.string().max(64) });

/** Request bytes of a customer message: the body plus up to ten attachments, as at intake. */
const customerMessageRequestBytes = limits.intakeRequestBytes;

function unauthorized(): ApiFailure {
  // One answer for every failure, so a token never tells whether another ticket exists.
  return new ApiFailure(
    401,
    'unauthorized',
    "this ticket's access token is required (Authorization: Bearer <token>)",
  );
}

/** The ticket id of the route, lower-cased (ids are UUIDs); anything else is treated as a wrong token. */
function ticketIdOf(request: FastifyRequest): string {
  const parsed = ticketParamsSchema.safeParse(request.params);
  if (!parsed.success) {
    throw unauthorized();
  }
  return parsed.data.id.toLowerCase();
}

/**
 * The customer's routes, authenticated by the access token intake gave for THAT ticket: read the public
 * thread, and answer it. Agent and admin tokens, and other tickets' access tokens, get 401 `unauthorized`,
 * as does an unknown ticket. Answers are rate-limited per client address with intake's budget.
 */
export function registerCustomerRoutes(app: FastifyInstance, context: AppContext): void {
  // Runs before the body is read: an unauthenticated upload is refused without parsing megabytes of base64.
  const customerOnly: onRequestAsyncHookHandler = async (request) => {
    const token = bearerToken(request);
    if (token === null || !(await context.store.isCustomerToken(ticketIdOf(request), token))) {
      throw unauthorized();
    }
  };

  app.get('/api/tickets/:id/customer-view', { onRequest: customerOnly }, async (request) => {
    const ticket = await context.store.customerTicket(ticketIdOf(request));
    if (ticket === null) {
      throw unauthorized();
    }
    return ticket;
  });

  app.post(
    '/api/tickets/:id/customer-messages',
    {
      onRequest: customerOnly,
      bodyLimit: customerMessageRequestBytes,
      config: {
        rateLimit: {
          max: context.intakeRateLimit.max,
          timeWindow: context.intakeRateLimit.windowMs,
        },
      },
    },
    async (request, reply) => {
      const id = ticketIdOf(request);
      const message = parseOrFail(customerMessageCreateSchema, request.body);
      assertStorableText(message);
      const attachments = decodeAttachments(message.attachments ?? []);
      const outcome = await acceptCustomerMessage(context, id, { body: message.body, attachments });
      if ('refusal' in outcome) {
        if (outcome.refusal === 'ticket_closed') {
          throw new ApiFailure(
            409,
            'ticket_closed',
            'this ticket is closed; please open a new ticket (you may mention this one)',
          );
        }
        throw unauthorized();
      }
      return reply.code(201).send(await customerMessageReceipt(context, id, outcome));
    },
  );
}
