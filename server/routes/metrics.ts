import type { FastifyInstance } from 'fastify';
import { metricsQuerySchema } from '../../shared/domain/metrics-schemas';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import { requireRole } from '../http/auth';
import { MetricsRangeError } from '../metrics/read-metrics';

/** `GET /api/metrics?from=&to=&category=&bucket=hour|day` (lead): the queue's health, docs/metrics.md. */
export function registerMetricsRoutes(app: FastifyInstance, context: AppContext): void {
  app.get('/api/metrics', { onRequest: requireRole(context.authenticator, 'lead') }, async (request) => {
    const query = parseOrFail(metricsQuerySchema, request.query);
    if (query.category !== undefined) {
      const categories = await context.store.listCategories();
      if (!categories.some((category) => category.key === query.category)) {
        throw new ApiFailure(400, 'unknown_category', `category: no category ${query.category}`, 'category');
      }
    }
    try {
      // Who is online is not known here yet: the live presence registry is not exposed to routes.
      return await context.store.readMetrics({ query, onlineAgentIds: null });
    } catch (error) {
      if (error instanceof MetricsRangeError) {
        throw new ApiFailure(400, 'invalid_value', error.message, error.field);
      }
      throw error;
    }
  });
}
