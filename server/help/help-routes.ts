import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RequiredItemRules } from '../../shared/checklist/items';
import {
  faqPublicSchema,
  intakePreviewRequestSchema,
  type HelpTicket,
} from '../../shared/incidents/incident-schemas';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import { contentDisposition } from '../routes/attachments';
import { bearerToken, requireRole } from '../http/auth';
import type { IncidentService } from '../incidents/incident-service';
import type { SqlDatabase } from '../storage/database';
import { verifyCustomerAssertion } from './customer-assertion';
import { registerExistingTicketRoute } from './existing-ticket';
import {
  customerAttachment,
  customerAttachments,
  expectedAnswerBy,
  publicArticles,
  setArticlePublic,
  ticketIdForAccessToken,
} from './help-store';
import { previewIntake } from './intake-preview';

const idParamsSchema = z.object({ id: z.string().max(64) });
/** Previews per client address and window, on top of intake's: the form asks at most about twice a second. */
const previewsPerIntake = 10;
/** How long the preview trusts the checklist rules it read (a lead's change shows within this). */
const rulesCacheMs = 2_000;

function unauthorized(): ApiFailure {
  return new ApiFailure(
    401,
    'unauthorized',
    "this ticket's access token is required (Authorization: Bearer <token>)",
  );
}

/**
 * The customer help center's public routes (docs/help-center.md, docs/api.md "Help center"): the form's
 * preview, announcements and deflections, public FAQ articles, the status page's ticket by access token and
 * its files, a verified customer's message added to their open ticket; and the lead's switch that makes a FAQ reply a public article.
 */
export function registerHelpRoutes(
  app: FastifyInstance,
  context: AppContext,
  help: { service: IncidentService; database: SqlDatabase },
): void {
  const { database, service: incidents } = help;
  const publicBudget = {
    max: context.intakeRateLimit.max * previewsPerIntake,
    timeWindow: context.intakeRateLimit.windowMs,
  };

  // The form asks on every pause in typing: the checklist rules are read at most once per 2 seconds.
  let rules: { readAt: number; value: Promise<RequiredItemRules> } | null = null;
  const checklistRules = (): Promise<RequiredItemRules> => {
    const now = Date.now();
    if (rules === null || now - rules.readAt > rulesCacheMs) {
      const value = context.store.teamSettings().then((settings) => settings.checklistRules);
      rules = { readAt: now, value };
      value.catch(() => {
        rules = null;
      });
    }
    return rules.value;
  };

  app.post(
    '/api/intake/preview',
    { bodyLimit: 64 * 1024, config: { rateLimit: publicBudget } },
    async (request) => {
      const form = parseOrFail(intakePreviewRequestSchema, request.body ?? {});
      const assertion = request.headers['x-customer-assertion'];
      const customer = await verifyCustomerAssertion(
        typeof assertion === 'string' ? assertion : undefined,
        context.customerAssertionSecret ?? null,
      );
      return previewIntake(form, {
        rules: await checklistRules(),
        incidents,
        duplicates: context.duplicates ?? null,
        database,
        customer,
        receivedAt: new Date(),
      });
    },
  );

  app.get('/api/announcements', { config: { rateLimit: publicBudget } }, async () => ({
    announcements: await incidents.announcements(),
  }));

  app.post(
    '/api/announcements/:id/deflections',
    { config: { rateLimit: publicBudget } },
    async (request, reply) => {
      const { id } = parseOrFail(idParamsSchema, request.params);
      if (!(await incidents.recordDeflection(id))) {
        throw new ApiFailure(404, 'not_found', `no live announcement ${id}`);
      }
      return reply.code(204).send();
    },
  );

  app.get('/api/help/articles', { config: { rateLimit: publicBudget } }, async () => ({
    articles: await publicArticles(database),
  }));

  /** The ticket of the request's access token; the same 401 for every failure. */
  async function ticketOfToken(request: FastifyRequest): Promise<string> {
    const token = bearerToken(request);
    const id = token === null ? null : await ticketIdForAccessToken(database, token);
    if (id === null) {
      throw unauthorized();
    }
    return id;
  }

  app.get('/api/help/ticket', { config: { rateLimit: publicBudget } }, async (request) => {
    const id = await ticketOfToken(request);
    const ticket = await context.store.customerTicket(id);
    if (ticket === null) {
      throw unauthorized();
    }
    const { slaPolicy, teamCalendars } = await context.store.teamSettings();
    const linked = await incidents.ofTicket(id);
    const answer: HelpTicket = {
      ticket,
      attachments: await customerAttachments(database, id),
      expected_answer_by: await expectedAnswerBy(database, id, slaPolicy, teamCalendars),
      incidents: linked
        .filter((incident) => incident.status !== 'resolved')
        .map(({ id: incidentId, title, status }) => ({ id: incidentId, title, status })),
    };
    return answer;
  });

  app.get(
    '/api/help/ticket/attachments/:id',
    { config: { rateLimit: publicBudget } },
    async (request, reply) => {
      const ticketId = await ticketOfToken(request);
      const { id } = parseOrFail(idParamsSchema, request.params);
      const attachment = await customerAttachment(database, ticketId, id);
      if (attachment === null) {
        throw new ApiFailure(404, 'not_found', `no attachment ${id} on this ticket`);
      }
      return reply
        .header(
          'content-type',
          attachment.type === 'text/plain' ? 'text/plain; charset=utf-8' : attachment.type,
        )
        .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
        .header('content-disposition', contentDisposition('attachment', attachment.name))
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(attachment.data.buffer, attachment.data.byteOffset, attachment.data.byteLength));
    },
  );

  registerExistingTicketRoute(app, context, database);

  app.put(
    '/api/faq/:id/public',
    { onRequest: requireRole(context.authenticator, 'lead') },
    async (request) => {
      const { id } = parseOrFail(idParamsSchema, request.params);
      const { public: isPublic } = parseOrFail(faqPublicSchema, request.body);
      if (!(await setArticlePublic(database, id, isPublic))) {
        throw new ApiFailure(404, 'not_found', `no FAQ reply ${id}`);
      }
      return { id, public: isPublic };
    },
  );
}
