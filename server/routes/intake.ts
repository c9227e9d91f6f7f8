import type { FastifyInstance } from 'fastify';
import { intakeRequestSchema, limits } from '../../shared/domain/schemas';
import type { IntakeReceipt } from '../../shared/domain/workflow-schemas';
import type { AppContext } from '../app-context';
import { parseOrFail } from '../errors';
import { bearerToken } from '../http/auth';
import { decodeAttachments } from '../tickets/attachments';
import { acceptIntake } from '../tickets/accept-intake';
import { verifiedAccountOf } from '../tickets/customer-assertion';
import { assertStorableText } from '../tickets/storable-text';

/**
 * `POST /api/tickets`: public intake. Validates everything before writing anything, then stores the ticket
 * in one transaction (shared with concurrent intakes: see the store's group commit). Rate-limited per client
 * address unless the request carries the admin token. Answers CONTRACT.md's id and number plus the
 * customer's access token (256 random bits, base64url), shown this once: only its hash is stored, in the same
 * batched insert as the ticket.
 */
export function registerIntakeRoutes(app: FastifyInstance, context: AppContext): void {
  app.post(
    '/api/tickets',
    {
      bodyLimit: limits.intakeRequestBytes,
      config: {
        rateLimit: {
          max: context.intakeRateLimit.max,
          timeWindow: context.intakeRateLimit.windowMs,
          allowList: (request) => context.authenticator.isAdminToken(bearerToken(request)),
        },
      },
    },
    async (request, reply) => {
      const intake = parseOrFail(intakeRequestSchema, request.body);
      assertStorableText(intake);
      const attachments = decodeAttachments(intake.attachments ?? []);
      // A valid customer assertion from the exchange's site verifies the requester (CONTRACT.md v2); any
      // other (absent, forged, expired, or naming another e-mail) leaves the ticket unverified.
      const verifiedAccountId = await verifiedAccountOf(
        request.headers['x-customer-assertion'],
        intake.requester.email,
        context.customerAssertionSecret ?? null,
      );
      const created = await acceptIntake(context, intake, attachments, {
        receivedAt: new Date(),
        source: 'web',
        verifiedAccountId,
      });
      const response: IntakeReceipt = {
        id: created.id,
        number: created.number,
        access_token: created.accessToken,
        ...(created.incident ? { incident: { id: created.incident.id, title: created.incident.title } } : {}),
      };
      return reply.code(201).send(response);
    },
  );
}
