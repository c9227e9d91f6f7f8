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
/** Longest an import waits for the model trained on it before answering (training goes on after). */
const importModelWaitMs = 120_000;

/** Whether the import should answer only once the new model is in force (`?wait=false` opts out). */
function waitsForModel(query: unknown): boolean {
  const wait = (query as Record<string, unknown> | undefined)?.['wait'];
  return wait !== 'false' && wait !== '0';
}

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
        // ...and gets its own possible duplicates and related tickets (docs/duplicates.md).
        await context.duplicates?.annotateBacklog();
      }
      if (imported > 0 && context.triage) {
        // "After an import, new tickets are triaged with what was imported" (CONTRACT.md): the answer waits
        // until a model trained on it is in force (at most `importModelWaitMs`; `?wait=false` answers at
        // once). Tickets filed before it lands are suggested again when it does.
        const reason = `${imported} tickets imported`;
        if (waitsForModel(request.query)) {
          await context.triage.retrainAndWait(reason, importModelWaitMs);
        } else {
          context.triage.scheduleRetraining(reason, 'import');
        }
      }
      const result: ImportResult = { imported, skipped, errors };
      return result;
    },
  );
}
