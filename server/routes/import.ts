import type { FastifyInstance } from 'fastify';
import { limits, type ImportResult } from '../../shared/domain/schemas';
import type { AppContext } from '../app-context';
import { requireRole } from '../http/auth';
import { prepareImport, splitImportPayload } from '../tickets/import';

/**
 * `POST /api/import` (admin): historical tickets as a JSON array or NDJSON (`application/x-ndjson`), up to
 * `limits.importRequestBytes`. Idempotent by `external_id`; invalid records are reported by index and the
 * valid ones are still imported. The token is checked before the body is read.
 */
export function registerImportRoutes(app: FastifyInstance, context: AppContext): void {
  app.post(
    '/api/import',
    { bodyLimit: limits.importRequestBytes, onRequest: requireRole(context.authenticator, 'admin') },
    async (request) => {
      const payload = splitImportPayload(request.body);
      const { tickets, errors } = prepareImport(payload.records, payload.errors);
      const { imported, skipped } = await context.store.importTickets(tickets);
      if (imported > 0) {
        // Imported history joins the duplicate index, so later intakes find resubmissions of it.
        await context.duplicates?.catchUp();
      }
      if (imported > 0) {
        // "After an import, new tickets are triaged with what was imported" (CONTRACT.md): retrain soon.
        context.triage?.scheduleRetraining(`${imported} tickets imported`);
      }
      const result: ImportResult = { imported, skipped, errors };
      return result;
    },
  );
}
