import type { FastifyInstance } from 'fastify';
import { triageSettingsSchema, type TriageStatus } from '../../shared/triage/wire-schemas';
import type { AppContext } from '../app-context';
import { parseOrFail } from '../errors';
import { requireRole } from '../http/auth';

/**
 * Auto-triage's endpoints: its status (agents), the "possibly misfiled" threshold and an immediate
 * retraining (leads). Without a triage service (an app built for a narrow test) they answer 404.
 */
export function registerTriageRoutes(app: FastifyInstance, context: AppContext): void {
  const triage = context.triage;
  if (triage === undefined) {
    return;
  }
  app.get('/api/triage', { onRequest: requireRole(context.authenticator, 'agent') }, (): TriageStatus =>
    triage.status(),
  );
  app.put(
    '/api/triage/settings',
    { onRequest: requireRole(context.authenticator, 'lead') },
    async (request): Promise<TriageStatus> => {
      const settings = parseOrFail(triageSettingsSchema, request.body);
      await triage.setMisfiledThreshold(settings.misfiled_threshold);
      return triage.status();
    },
  );
  app.post(
    '/api/triage/retrain',
    { onRequest: requireRole(context.authenticator, 'lead') },
    async (_request, reply) => {
      triage.scheduleRetraining('asked by a lead', 'lead');
      return reply.code(202).send(triage.status());
    },
  );
}
