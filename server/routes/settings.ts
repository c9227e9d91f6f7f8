import type { FastifyInstance } from 'fastify';
import {
  checklistRulesSchema,
  slaPolicyWireSchema,
  type TeamSettings,
} from '../../shared/domain/workflow-schemas';
import type { AppContext } from '../app-context';
import { ApiFailure, parseOrFail } from '../errors';
import { currentAgent, requireRole } from '../http/auth';
import { teamSettingsToWire, type TeamSettingChange } from '../storage/team-settings';

/**
 * Team settings: every agent reads them (the console computes SLA countdowns and checklist flags with
 * them); leads replace the SLA policy or the checklist rules, each a whole document. A change applies to
 * every ticket at once and records `settings.updated`, so every console refetches.
 */
export function registerSettingsRoutes(app: FastifyInstance, context: AppContext): void {
  const agentOnly = requireRole(context.authenticator, 'agent');
  const leadOnly = requireRole(context.authenticator, 'lead');

  app.get('/api/settings', { onRequest: agentOnly }, async (): Promise<TeamSettings> => {
    return teamSettingsToWire(await context.store.teamSettings());
  });

  async function replace(change: TeamSettingChange, agentId: string): Promise<TeamSettings> {
    const outcome = await context.store.updateTeamSetting(change, agentId);
    if ('refusal' in outcome) {
      const field = change.key === 'sla_policy' ? `categories.${outcome.category}` : outcome.category;
      throw new ApiFailure(400, 'unknown_category', `${field}: no such category`, field);
    }
    return teamSettingsToWire(outcome.settings);
  }

  app.put('/api/settings/sla-policy', { onRequest: leadOnly }, async (request) => {
    const value = parseOrFail(slaPolicyWireSchema, request.body);
    return replace({ key: 'sla_policy', value }, currentAgent(request).id);
  });

  app.put('/api/settings/checklist-rules', { onRequest: leadOnly }, async (request) => {
    const value = parseOrFail(checklistRulesSchema, request.body);
    return replace({ key: 'checklist_rules', value }, currentAgent(request).id);
  });
}
