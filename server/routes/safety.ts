import type { FastifyInstance } from 'fastify';
import { officialDomainsUpdateSchema, type OfficialDomains } from '../../shared/domain/safety-schemas';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import { currentAgent, requireRole } from '../http/auth';

/**
 * The official domains links are measured against (docs/security.md, "Official domains"): every agent
 * reads them (the composer lints replies as the agent types), leads replace their list. The service's
 * `OFFICIAL_DOMAINS` always applies on top and is read only.
 */
export function registerSafetyRoutes(app: FastifyInstance, context: AppContext): void {
  const safety = (): NonNullable<AppContext['safety']> => {
    if (!context.safety) {
      throw new ApiFailure(404, 'not_found', 'this service does not check links');
    }
    return context.safety;
  };

  app.get(
    '/api/settings/official-domains',
    { onRequest: requireRole(context.authenticator, 'agent') },
    async (): Promise<OfficialDomains> => safety().officialDomains(),
  );

  app.put(
    '/api/settings/official-domains',
    { onRequest: requireRole(context.authenticator, 'lead') },
    async (request): Promise<OfficialDomains> => {
      const update = parseOrFail(officialDomainsUpdateSchema, request.body);
      return safety().setOfficialDomains(update.domains, currentAgent(request).id);
    },
  );
}
