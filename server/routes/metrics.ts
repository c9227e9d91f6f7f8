import type { FastifyInstance } from 'fastify';
import { metricsQuerySchema } from '../../shared/domain/metrics-schemas';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import { requireRole } from '../http/auth';
import { MetricsRangeError, type MetricsTeam } from '../metrics/read-metrics';

/** `GET /api/metrics?from=&to=&category=&team=&bucket=hour|day` (lead): the queue's health, docs/metrics.md. */
export function registerMetricsRoutes(app: FastifyInstance, context: AppContext): void {
  app.get('/api/metrics', { onRequest: requireRole(context.authenticator, 'lead') }, async (request) => {
    const query = parseOrFail(metricsQuerySchema, request.query);
    if (query.category !== undefined) {
      const categories = await context.store.listCategories();
      if (!categories.some((category) => category.key === query.category)) {
        throw new ApiFailure(400, 'unknown_category', `category: no category ${query.category}`, 'category');
      }
    }
    let team: MetricsTeam | null = null;
    if (query.team !== undefined) {
      // The router's in-memory configuration is re-read after every lead's edit: no query needed here.
      const found = context.routing?.router
        .configuration()
        .teams.find((candidate) => candidate.id === query.team);
      if (found === undefined) {
        throw new ApiFailure(400, 'unknown_team', `team: no team ${query.team}`, 'team');
      }
      team = { id: found.id, categories: found.categories, memberIds: found.member_ids };
    }
    try {
      // Apps built without live sockets cannot tell who is online: null, and the page says so.
      const onlineAgentIds = context.onlineAgentIds?.() ?? null;
      return await context.store.readMetrics({ query, team, onlineAgentIds });
    } catch (error) {
      if (error instanceof MetricsRangeError) {
        throw new ApiFailure(400, 'invalid_value', error.message, error.field);
      }
      throw error;
    }
  });
}
