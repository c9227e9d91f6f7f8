import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../shared/domain/routing-schemas';

/**
 * Who made an audited change, as the lists show it: the operator's admin token by that name (it acts as the
 * service's own admin identity, which is no one's account and so is not in the agents list), else the agent's
 * current name, else the name the service gave with the entry (a disabled agent is no longer listed), else '—'.
 */
export function auditActorName(
  entry: AuditEntry,
  agentName: (agentId: string) => string | null,
  t: TFunction,
): string {
  if (entry.by_admin_token === true) {
    return t('securityChanges.adminToken');
  }
  return (entry.agent_id === null ? null : agentName(entry.agent_id)) ?? entry.agent_name ?? '—';
}
