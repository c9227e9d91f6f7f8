import type { FastifyInstance } from 'fastify';
import { limits } from '../../shared/domain/schemas';
import { existingTicketMessageSchema } from '../../shared/incidents/incident-schemas';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import type { SqlDatabase } from '../storage/database';
import { emailKey } from '../storage/agent-store';
import { acceptCustomerMessage, customerMessageReceipt } from '../tickets/accept-intake';
import { decodeAttachments } from '../tickets/attachments';
import { assertStorableText } from '../tickets/storable-text';
import { verifyCustomerAssertion } from './customer-assertion';

/**
 * `POST /api/help/existing-ticket/messages`: the form's "add this to your open ticket instead" for a verified
 * customer (X-Customer-Assertion). The preview named the ticket by number; this adds the text (and files) to
 * it as a customer message, the way the status page does, instead of opening a resubmission. Only the
 * customer's own open ticket, matched by the assertion's e-mail as the preview matches it; any other number
 * answers the same 404, so the route reveals nothing about other tickets.
 */
export function registerExistingTicketRoute(
  app: FastifyInstance,
  context: AppContext,
  database: SqlDatabase,
): void {
  app.post(
    '/api/help/existing-ticket/messages',
    {
      bodyLimit: limits.intakeRequestBytes,
      config: {
        rateLimit: { max: context.intakeRateLimit.max, timeWindow: context.intakeRateLimit.windowMs },
      },
    },
    async (request, reply) => {
      const assertion = request.headers['x-customer-assertion'];
      const customer = await verifyCustomerAssertion(
        typeof assertion === 'string' ? assertion : undefined,
        context.customerAssertionSecret ?? null,
      );
      if (customer === null) {
        throw new ApiFailure(
          401,
          'customer_assertion_required',
          "adding to an open ticket needs the exchange's X-Customer-Assertion of a logged-in customer",
        );
      }
      const message = parseOrFail(existingTicketMessageSchema, request.body);
      assertStorableText(message);
      const rows = await database.query<{ id: string }>(
        `select t.id from tickets t join customers c on c.id = t.customer_id
         where t.number = $1 and c.email_key = $2 and t.status not in ('solved', 'closed')`,
        [message.ticket_number, emailKey(customer.email)],
      );
      const ticketId = rows[0]?.id;
      if (ticketId === undefined) {
        throw new ApiFailure(404, 'not_found', `you have no open ticket #${message.ticket_number}`);
      }
      const attachments = decodeAttachments(message.attachments ?? []);
      const outcome = await acceptCustomerMessage(context, ticketId, { body: message.body, attachments });
      if ('refusal' in outcome) {
        throw new ApiFailure(404, 'not_found', `you have no open ticket #${message.ticket_number}`);
      }
      return reply.code(201).send(await customerMessageReceipt(context, ticketId, outcome));
    },
  );
}
