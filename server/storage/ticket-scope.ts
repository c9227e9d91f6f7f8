import type { SqlParameter } from './database';

/**
 * The tickets one agent may see while team scope is on: those assigned to the agent, those whose category
 * belongs to one of the agent's teams, and those routing placed with one of the agent's teams.
 */
export interface TicketScope {
  agentId: string;
  categories: readonly string[];
  teamIds: readonly string[];
}

/** The SQL condition on `tickets` that keeps a scope's tickets; `add` turns a value into a placeholder. */
export function scopeCondition(scope: TicketScope, add: (value: SqlParameter) => string): string {
  return `(assignee_id = ${add(scope.agentId)}::uuid
    or category = any(${add(scope.categories)}::text[])
    or routing_team_id = any(${add(scope.teamIds)}::uuid[]))`;
}
