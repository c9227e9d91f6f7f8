import { ticketPriorities } from '../../shared/domain/vocabulary';
import type { SlaPolicy } from '../../shared/sla/policy';

/** One row of the SLA targets table the metrics SQL joins: a null category is the priority's default. */
export interface SlaTargetRow {
  category: string | null;
  priority: string;
  first_response_ms: number | null;
  resolution_ms: number | null;
}

const minuteMs = 60_000;

/**
 * The policy as rows for `jsonb_to_recordset`: one default row per priority, plus one row per category
 * override (a target the override leaves out is null, so SQL falls back to the default with `coalesce`).
 */
export function slaTargetRows(policy: SlaPolicy): SlaTargetRow[] {
  const rows: SlaTargetRow[] = ticketPriorities.map((priority) => ({
    category: null,
    priority,
    first_response_ms: policy.priorities[priority].firstResponseMinutes * minuteMs,
    resolution_ms: policy.priorities[priority].resolutionMinutes * minuteMs,
  }));
  for (const [category, overrides] of Object.entries(policy.categories ?? {})) {
    for (const [priority, targets] of Object.entries(overrides)) {
      rows.push({
        category,
        priority,
        first_response_ms:
          targets.firstResponseMinutes === undefined ? null : targets.firstResponseMinutes * minuteMs,
        resolution_ms: targets.resolutionMinutes === undefined ? null : targets.resolutionMinutes * minuteMs,
      });
    }
  }
  return rows;
}

/** A CTE (`sla_targets`) of the rows passed as JSON under `placeholder`. */
export function slaTargetsCte(placeholder: string): string {
  return `sla_targets as (
    select * from jsonb_to_recordset(${placeholder}::jsonb)
      as x(category text, priority text, first_response_ms float8, resolution_ms float8)
  )`;
}

/** Joins a ticket alias to its default targets (`base_targets`) and its category's override (`own_targets`). */
export function slaTargetsJoin(alias: string): string {
  return `join sla_targets base_targets on base_targets.category is null and base_targets.priority = ${alias}.priority
    left join sla_targets own_targets
      on own_targets.category = ${alias}.category and own_targets.priority = ${alias}.priority`;
}

/** The first-response target in milliseconds of the ticket `slaTargetsJoin` joined. */
export const firstResponseTargetSql =
  'coalesce(own_targets.first_response_ms, base_targets.first_response_ms)';
/** The resolution target in milliseconds of the ticket `slaTargetsJoin` joined. */
export const resolutionTargetSql = 'coalesce(own_targets.resolution_ms, base_targets.resolution_ms)';
