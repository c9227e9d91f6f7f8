import type { FastifyInstance } from 'fastify';
import { intakeRequestSchema, limits } from '../../shared/domain/schemas';
import type { IntakeReceipt } from '../../shared/domain/workflow-schemas';
import type { AppContext } from '../app-context';
import { parseOrFail } from '../errors';
import { bearerToken } from '../http/auth';
import { generateToken, hashToken } from '../storage/credentials';
import { decodeAttachments } from '../tickets/attachments';
import { analyzeIntake } from '../intake-analysis/analysis';
import { composeIntake, intakeAnalysisInput } from '../tickets/intake';
import { maskIntake } from '../safety/mask-entries';
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
      const parsed = parseOrFail(intakeRequestSchema, request.body);
      assertStorableText(parsed);
      // Secrets are masked before the text goes anywhere: the analysis worker, the duplicate index, storage.
      const { intake, attachments, safety } = maskIntake(parsed, decodeAttachments(parsed.attachments ?? []));
      const accessToken = generateToken();
      const receivedAt = new Date();
      // Triage, the checklist and the duplicate description: on the analysis worker thread when the service
      // runs one (server/intake-analysis).
      const input = intakeAnalysisInput(intake, attachments, receivedAt);
      const analysis = context.intakeAnalyzer
        ? await context.intakeAnalyzer.analyze(input)
        : analyzeIntake(input, (text) => context.triage?.suggest(text) ?? null);
      const ticket = {
        ...composeIntake(intake, attachments, analysis, context.triage?.misfiledThreshold() ?? 1),
        ...safety,
      };
      // Duplicate detection gives the ticket its id and indexes it before the insert (docs/duplicates.md).
      const duplicates = context.duplicates?.annotate(ticket, receivedAt, analysis.duplicateDocument);
      // Routing decides in memory from its cached state, and the decision lands in the same insert.
      const routing = context.routing?.router.routeIntake({
        id: duplicates?.id ?? '',
        subject: ticket.subject,
        body: ticket.body,
        category: ticket.categoryKey,
        suggestedCategory: ticket.suggestedCategory ?? null,
        language: ticket.language,
        createdAt: receivedAt.getTime(),
      });
      const routed = routing
        ? { priority: routing.priority, assigneeId: routing.assignee_id, teamId: routing.team_id }
        : null;
      const created = await context.store
        .createTicket({ ...ticket, ...duplicates, accessTokenHash: hashToken(accessToken), routing: routed })
        .catch((error: unknown) => {
          if (duplicates) {
            context.duplicates?.forget(duplicates.id);
          }
          throw error;
        });
      if (duplicates) {
        context.duplicates?.linked(duplicates);
      }
      // A ticket about a live incident joins it, and the receipt names the announcement (docs/incidents.md).
      const incident =
        (await context.incidents?.service.linkNewTicket(created.id, analysis.duplicateDocument)) ?? null;
      const response: IntakeReceipt = {
        id: created.id,
        number: created.number,
        access_token: accessToken,
        ...(incident ? { incident: { id: incident.id, title: incident.title } } : {}),
      };
      return reply.code(201).send(response);
    },
  );
}
