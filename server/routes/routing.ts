import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  agentRoutingProfileInputSchema,
  routingPreviewRequestSchema,
  routingRulesInputSchema,
  routingTeamInputSchema,
  type RoutingConfiguration,
  type RoutingPreview,
} from '../../shared/domain/routing-schemas';
import { holidayPresetQuerySchema } from '../../shared/domain/calendar-schemas';
import { detectLanguage } from '../../shared/language/detect-language';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import { currentAgent, requireRole } from '../http/auth';
import { holidayPreset } from '../routing/holiday-presets';
import { readAudit, saveProfile, saveRules, saveTeam, type RoutingRefusal } from '../routing/routing-store';
import { triageText } from '../triage/history';

const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  scope: z.enum(['all', 'security', 'routing']).default('all'),
});

/** The answer for a refused routing edit. */
function failureFor(refusal: RoutingRefusal, what: string): ApiFailure {
  if (refusal.refusal === 'not_found') {
    return new ApiFailure(404, 'not_found', `no such ${what}`);
  }
  return refusal.refusal === 'unknown_category'
    ? new ApiFailure(400, 'unknown_category', `${refusal.field}: no such category`, refusal.field)
    : new ApiFailure(400, 'unknown_agent', `${refusal.field}: no such agent`, refusal.field);
}

/**
 * Routing (docs/routing.md): every agent reads the configuration and may preview where a draft would go;
 * leads edit teams, agent profiles and priority rules, each edit audit-logged and applied at once (the
 * router re-reads and hands out waiting tickets). `GET /api/audit` lists the audit log for leads.
 */
export function registerRoutingRoutes(app: FastifyInstance, context: AppContext): void {
  if (context.routing === undefined) {
    return;
  }
  const { router, database } = context.routing;
  const agentOnly = requireRole(context.authenticator, 'agent');
  const leadOnly = requireRole(context.authenticator, 'lead');

  app.get('/api/routing', { onRequest: agentOnly }, async (): Promise<RoutingConfiguration> => {
    // Read again: agents created since the last edit appear with their default profile.
    await router.refresh();
    return router.configuration();
  });

  app.post('/api/routing/teams', { onRequest: leadOnly }, async (request, reply) => {
    const input = parseOrFail(routingTeamInputSchema, request.body);
    const outcome = await saveTeam(database, null, input, currentAgent(request).id);
    if ('refusal' in outcome) {
      throw failureFor(outcome, 'team');
    }
    await router.reload();
    return reply.code(201).send(router.configuration());
  });

  app.put<{ Params: { id: string } }>('/api/routing/teams/:id', { onRequest: leadOnly }, async (request) => {
    const input = parseOrFail(routingTeamInputSchema, request.body);
    if (!router.configuration().teams.some((team) => team.id === request.params.id.toLowerCase())) {
      throw new ApiFailure(404, 'not_found', 'no such team');
    }
    const outcome = await saveTeam(
      database,
      request.params.id.toLowerCase(),
      input,
      currentAgent(request).id,
    );
    if ('refusal' in outcome) {
      throw failureFor(outcome, 'team');
    }
    await router.reload();
    return router.configuration();
  });

  // Public holidays a lead adds to a team's business calendar (the team is saved with them afterwards).
  app.get('/api/routing/holiday-presets', { onRequest: leadOnly }, (request) =>
    holidayPreset(parseOrFail(holidayPresetQuerySchema, request.query)),
  );

  app.put<{ Params: { id: string } }>('/api/routing/agents/:id', { onRequest: leadOnly }, async (request) => {
    const input = parseOrFail(agentRoutingProfileInputSchema, request.body);
    const outcome = await saveProfile(
      database,
      request.params.id.toLowerCase(),
      input,
      currentAgent(request).id,
    );
    if ('refusal' in outcome) {
      throw failureFor(outcome, 'agent');
    }
    await router.reload();
    return router.configuration();
  });

  app.put('/api/routing/rules', { onRequest: leadOnly }, async (request) => {
    const input = parseOrFail(routingRulesInputSchema, request.body);
    const ids = input.rules.map((rule) => rule.id);
    const repeated = ids.findIndex((id, index) => ids.indexOf(id) !== index);
    if (repeated >= 0) {
      throw new ApiFailure(400, 'duplicate_rule', `rules.${repeated}.id: used twice`, `rules.${repeated}.id`);
    }
    const outcome = await saveRules(database, input, currentAgent(request).id);
    if ('refusal' in outcome) {
      throw failureFor(outcome, 'rule');
    }
    await router.reload();
    return router.configuration();
  });

  app.post('/api/routing/preview', { onRequest: agentOnly }, (request): RoutingPreview => {
    const draft = parseOrFail(routingPreviewRequestSchema, request.body);
    const language = draft.language ?? detectLanguage(`${draft.subject}\n${draft.body}`, null);
    const text = triageText(draft.subject, draft.body);
    const decision = router.preview({
      id: 'preview',
      subject: draft.subject,
      body: draft.body,
      category: draft.category ?? null,
      suggestedCategory: context.triage?.suggest(text) ?? null,
      language,
      createdAt: Date.now(),
    });
    return { ...decision, language };
  });

  app.get('/api/audit', { onRequest: leadOnly }, async (request) => {
    const { limit, scope } = parseOrFail(auditQuerySchema, request.query);
    return { entries: await readAudit(database, limit, scope) };
  });
}
