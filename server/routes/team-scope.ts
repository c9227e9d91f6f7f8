import type { FastifyInstance, FastifyRequest } from 'fastify';
import { teamScopeSettingSchema } from '../../shared/access/team-scope-schemas';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import { currentAgent, requireRole } from '../http/auth';

/** The answer to a scoped agent who asks for a ticket outside their teams. */
export function outsideScope(id: string, field?: string): ApiFailure {
  return new ApiFailure(
    403,
    'outside_team_scope',
    `ticket ${id} belongs to another team; a lead limits agents to their teams' tickets and their own`,
    field,
  );
}

/**
 * The lead's team scope (docs/security.md "Team scope"): `GET/PUT /api/settings/team-scope`, and the guard
 * every `/api/tickets/:id…` route passes before its handler runs: an agent outside the ticket's teams gets
 * `403 outside_team_scope` (an unknown ticket still gets the route's own 404).
 */
export function registerTeamScopeRoutes(app: FastifyInstance, context: AppContext): void {
  const { teamScope } = context;
  if (teamScope === undefined) {
    return;
  }
  const leadOnly = requireRole(context.authenticator, 'lead');
  app.get('/api/settings/team-scope', { onRequest: leadOnly }, async () => teamScope.setting());
  app.put('/api/settings/team-scope', { onRequest: leadOnly }, async (request) =>
    teamScope.setSetting(parseOrFail(teamScopeSettingSchema, request.body), currentAgent(request).id),
  );
  // Runs after the route's own role check (onRequest), so `request.agent` is set for agent routes.
  app.addHook('preHandler', async (request: FastifyRequest) => {
    const url = request.routeOptions.url;
    if (url === undefined || !url.startsWith('/api/tickets/:id') || request.agent === null) {
      return;
    }
    const params = request.params as { id?: unknown };
    if (typeof params.id !== 'string') {
      return;
    }
    if (!(await teamScope.maySee(currentAgent(request), params.id))) {
      throw outsideScope(params.id);
    }
  });
}
