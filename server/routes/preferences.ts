import type { FastifyInstance } from 'fastify';
import {
  agentPreferencesPatchSchema,
  agentPreferencesSchema,
  savedViewSchema,
} from '../../shared/domain/workflow-schemas';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import { currentAgent, requireRole } from '../http/auth';
import { maximumSavedViews } from '../storage/agent-preferences';
import { assertStorableText } from '../tickets/storable-text';

/**
 * `GET`/`PUT /api/me/preferences`: the signed-in agent's console preferences (saved views, queue columns and
 * sort), kept by the service so they follow the agent to any machine. PUT replaces the whole document;
 * PATCH sets the preferences it names (`null` removes one) and keeps the rest, saved views included.
 * `PUT /api/me/preferences/saved-views/:id` adds or replaces one saved view and leaves the rest as stored
 * (the console's outbox sends a view saved offline this way; repeating it changes nothing more).
 * `DELETE /api/me/preferences/saved-views/:id` removes one saved view, the rest kept; deleting a view that is
 * already gone answers 200 as well (the outbox may send it again, another machine may have deleted it).
 */
export function registerPreferenceRoutes(app: FastifyInstance, context: AppContext): void {
  const agentOnly = requireRole(context.authenticator, 'agent');

  app.get('/api/me/preferences', { onRequest: agentOnly }, async (request) =>
    context.store.agentPreferences(currentAgent(request).id),
  );

  app.put('/api/me/preferences', { onRequest: agentOnly }, async (request) => {
    const preferences = parseOrFail(agentPreferencesSchema, request.body);
    assertStorableText(preferences);
    await context.store.saveAgentPreferences(currentAgent(request).id, preferences);
    return preferences;
  });

  app.patch('/api/me/preferences', { onRequest: agentOnly }, async (request) => {
    const patch = parseOrFail(agentPreferencesPatchSchema, request.body);
    assertStorableText(patch);
    return context.store.patchAgentPreferences(currentAgent(request).id, patch);
  });

  app.put<{ Params: { id: string } }>(
    '/api/me/preferences/saved-views/:id',
    { onRequest: agentOnly },
    async (request) => {
      const view = parseOrFail(savedViewSchema, request.body);
      if (view.id !== request.params.id) {
        throw new ApiFailure(400, 'invalid_value', 'the view id must be the id in the path', 'id');
      }
      assertStorableText(view);
      const saved = await context.store.saveAgentView(currentAgent(request).id, view);
      if (saved === null) {
        throw new ApiFailure(
          409,
          'too_many_views',
          `an agent keeps at most ${maximumSavedViews} saved views: delete one first`,
          'id',
        );
      }
      return saved;
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/me/preferences/saved-views/:id',
    { onRequest: agentOnly },
    async (request) => {
      const { id } = request.params;
      if (id.length === 0 || id.length > savedViewIdLength) {
        throw new ApiFailure(
          400,
          'invalid_value',
          `a view id has 1 to ${savedViewIdLength} characters`,
          'id',
        );
      }
      return context.store.deleteAgentView(currentAgent(request).id, id);
    },
  );
}

/** The longest saved view id (as `savedViewSchema` allows). */
const savedViewIdLength = 64;
