import type { FastifyInstance } from 'fastify';
import { agentPreferencesSchema } from '../../shared/domain/workflow-schemas';
import type { AppContext } from '../app-context';
import { parseOrFail } from '../errors';
import { currentAgent, requireRole } from '../http/auth';
import { assertStorableText } from '../tickets/storable-text';

/**
 * `GET`/`PUT /api/me/preferences`: the signed-in agent's console preferences (saved views, queue columns and
 * sort), kept by the service so they follow the agent to any machine. PUT replaces the whole document.
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
}
