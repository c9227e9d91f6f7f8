import type { SqlExecutor } from '../storage/database';

/**
 * The audit trail of the settings that decide who can read what (docs/security.md "Who changed the
 * limits"). A stolen or bribed lead account would first raise the read budget, turn team scope off or
 * shorten the access log's retention; each such change is recorded here, in the transaction that makes it,
 * with the value before and after, so the change itself cannot be made unseen.
 */

/** The audited security changes; each is stored as `audit_log.action`. */
export const securityActions = [
  'security.read_limits',
  'security.access_log_retention',
  'security.team_scope',
  'security.session_policy',
  'security.agent_disabled',
  'security.agent_enabled',
] as const;
export type SecurityAction = (typeof securityActions)[number];

/** The prefix every security action shares (`GET /api/audit?scope=security` lists only those). */
export const securityActionPrefix = 'security.';

/** One security change: who made it (null for the admin token without an agent), what, before and after. */
export interface SecurityChange {
  agentId: string | null;
  action: SecurityAction;
  before: unknown;
  after: unknown;
  /** The agent a change concerns (disable, enable), with their name as it was then. */
  subject?: { id: string; name: string };
}

/** Records `change` through `transaction`, which must be the one that writes the change itself. */
export async function recordSecurityChange(transaction: SqlExecutor, change: SecurityChange): Promise<void> {
  const details: Record<string, unknown> = { before: change.before, after: change.after };
  if (change.subject !== undefined) {
    details.agent_id = change.subject.id;
    details.agent_name = change.subject.name;
  }
  await transaction.query('insert into audit_log (agent_id, action, details) values ($1, $2, $3::jsonb)', [
    change.agentId,
    change.action,
    JSON.stringify(details),
  ]);
}
