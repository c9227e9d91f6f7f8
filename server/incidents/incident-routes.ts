import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  incidentCreateSchema,
  incidentLinkSchema,
  incidentPatchSchema,
  incidentUpdateCreateSchema,
  type IncidentUpdateResult,
  type LocalizedText,
} from '../../shared/incidents/incident-schemas';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import { currentAgent, requireRole } from '../http/auth';
import { answerOnce, idempotentWrite } from '../http/idempotent-write';
import type { IncidentService } from './incident-service';

const idParamsSchema = z.object({ id: z.string().max(64) });

/** Every language's text of the given titles and bodies. */
function texts(...localized: LocalizedText[]): string[] {
  return localized
    .flatMap((text) => [text.ko, text.en, text.zh])
    .filter((text): text is string => text !== undefined);
}

function notFound(id: string): ApiFailure {
  return new ApiFailure(404, 'not_found', `no incident ${id}`);
}

/**
 * Incidents for leads (docs/incidents.md, docs/api.md "Incidents"): create, read, change, link tickets,
 * post an update to every linked ticket; and, for any agent, the incidents of one ticket (the banner).
 */
export function registerIncidentRoutes(
  app: FastifyInstance,
  context: AppContext,
  incidents: IncidentService,
): void {
  const lead = { onRequest: requireRole(context.authenticator, 'lead') };
  const agent = { onRequest: requireRole(context.authenticator, 'agent') };

  app.post('/api/incidents', lead, async (request, reply) => {
    const input = parseOrFail(incidentCreateSchema, request.body);
    await assertKnownCategories(context, input.categories);
    // Announcements are public and updates reach every linked customer: the reply lint applies to both.
    await context.safety?.assertSafeReply(texts(input.title, input.body));
    const incident = await incidents.create(input, currentAgent(request));
    return reply.code(201).send(incident);
  });

  app.get('/api/incidents', agent, async () => ({ incidents: await incidents.list() }));

  app.get('/api/incidents/:id', agent, async (request) => {
    const { id } = parseOrFail(idParamsSchema, request.params);
    const incident = await incidents.get(id);
    if (incident === null) {
      throw notFound(id);
    }
    return incident;
  });

  app.patch('/api/incidents/:id', lead, async (request) => {
    const { id } = parseOrFail(idParamsSchema, request.params);
    const patch = parseOrFail(incidentPatchSchema, request.body);
    await assertKnownCategories(context, patch.categories ?? []);
    await context.safety?.assertSafeReply(texts(patch.title ?? {}, patch.body ?? {}));
    const incident = await incidents.patch(id, patch, currentAgent(request));
    if (incident === null) {
      throw notFound(id);
    }
    return incident;
  });

  app.get('/api/incidents/:id/tickets', lead, async (request) => {
    const { id } = parseOrFail(idParamsSchema, request.params);
    const tickets = await incidents.tickets(id);
    if (tickets === null) {
      throw notFound(id);
    }
    return tickets;
  });

  app.post('/api/incidents/:id/tickets', { ...lead, bodyLimit: 2 * 1024 * 1024 }, async (request) => {
    const { id } = parseOrFail(idParamsSchema, request.params);
    const { ticket_ids: references } = parseOrFail(incidentLinkSchema, request.body);
    const result = await incidents.link(id, references, currentAgent(request));
    if (result === null) {
      throw notFound(id);
    }
    return result;
  });

  app.post('/api/incidents/:id/updates', lead, async (request, reply) => {
    const { id } = parseOrFail(idParamsSchema, request.params);
    const update = parseOrFail(incidentUpdateCreateSchema, request.body);
    await context.safety?.assertSafeReply(texts(update.body));
    const idempotency = idempotentWrite<IncidentUpdateResult | null>(request, null, (result) =>
      result === null ? null : { status: 201, body: result },
    );
    return answerOnce(reply, async () => {
      const result = await incidents.postUpdate(id, update, currentAgent(request), idempotency);
      if (result === null) {
        throw notFound(id);
      }
      return reply.code(201).send(result);
    });
  });

  app.get('/api/tickets/:id/incidents', agent, async (request) => {
    const { id } = parseOrFail(idParamsSchema, request.params);
    return { incidents: await incidents.ofTicket(id.toLowerCase()) };
  });
}

async function assertKnownCategories(context: AppContext, categories: readonly string[]): Promise<void> {
  if (categories.length === 0) {
    return;
  }
  const known = new Set((await context.store.listCategories()).map((category) => category.key));
  const unknown = categories.find((category) => !known.has(category));
  if (unknown !== undefined) {
    throw new ApiFailure(400, 'unknown_category', `no category ${unknown}`, 'categories');
  }
}
