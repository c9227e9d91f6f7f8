/**
 * Incident spotting: a category is spiking when its tickets in the last window clearly exceed what its
 * trailing average per window would predict. Both numbers come from the service's SQL; this is the rule.
 */

/** The spike rule's parameters (docs/metrics.md). */
export const spikeRule = {
  /** Length of the recent window. */
  windowHours: 3,
  /** How far back the trailing average reaches (before the recent window). */
  baselineDays: 7,
  /** The recent count must be at least this many times the trailing average per window… */
  ratio: 3,
  /** …and at least this many tickets: three tickets in a quiet category are not an incident. */
  minimumTickets: 5,
} as const;

/** How many windows the baseline period holds. */
export function baselineWindows(rule: { windowHours: number; baselineDays: number } = spikeRule): number {
  return (rule.baselineDays * 24) / rule.windowHours;
}

/** The trailing average per window of `baselineCount` tickets over the baseline period. */
export function baselineAverage(baselineCount: number, rule = spikeRule): number {
  return baselineCount / baselineWindows(rule);
}

/** True when `recent` tickets in the last window make a spike against `average` per window. */
export function isSpike(recent: number, average: number, rule = spikeRule): boolean {
  return recent >= rule.minimumTickets && recent >= rule.ratio * average;
}
