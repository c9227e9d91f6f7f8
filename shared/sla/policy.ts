import type { TicketPriority } from '../domain/vocabulary';

/**
 * SLA policies: how long a customer may wait for the first answer and for the solution, by priority and
 * optionally by category. Targets are in minutes of waiting time (see `clock.ts` for what pauses it).
 */

/** The two targets of one priority. */
export interface SlaTargets {
  /** Minutes from creation until the first public reply. */
  firstResponseMinutes: number;
  /** Minutes of customer waiting time from creation until the ticket is solved. */
  resolutionMinutes: number;
}

/**
 * A team's SLA policy: targets for every priority, and per-category overrides (a category key maps to the
 * priorities it overrides, each overriding one or both targets). A category without an override uses the
 * priority's targets.
 */
export interface SlaPolicy {
  priorities: Readonly<Record<TicketPriority, SlaTargets>>;
  categories?: Readonly<Record<string, Partial<Record<TicketPriority, Partial<SlaTargets>>>>>;
}

const hour = 60;

/**
 * The policy every service starts with. First response within 24 hours for normal and low priority (what
 * the help center promises customers), 4 hours for high and 1 hour for urgent (an account takeover, funds
 * at risk); resolution within 5 days, 3 days, 1 day and 8 hours.
 */
export const defaultSlaPolicy: SlaPolicy = {
  priorities: {
    low: { firstResponseMinutes: 24 * hour, resolutionMinutes: 120 * hour },
    normal: { firstResponseMinutes: 24 * hour, resolutionMinutes: 72 * hour },
    high: { firstResponseMinutes: 4 * hour, resolutionMinutes: 24 * hour },
    urgent: { firstResponseMinutes: 1 * hour, resolutionMinutes: 8 * hour },
  },
};

/** The targets that apply to a ticket of `category` (or none) and `priority` under `policy`. */
export function slaTargetsFor(
  policy: SlaPolicy,
  category: string | null,
  priority: TicketPriority,
): SlaTargets {
  const base = policy.priorities[priority];
  const override = category === null ? undefined : policy.categories?.[category]?.[priority];
  return {
    firstResponseMinutes: override?.firstResponseMinutes ?? base.firstResponseMinutes,
    resolutionMinutes: override?.resolutionMinutes ?? base.resolutionMinutes,
  };
}
