/**
 * When a rate means something. "100% (2 of 2)" reads as a verdict but is two tickets: below this many
 * tickets in the denominator the dashboard shows the counts and no percentage.
 */
export const minimumRateSample = 20;

/** Whether a rate over `total` tickets is shown as a percentage (see `minimumRateSample`). */
export function isRateMeaningful(total: number, minimum: number = minimumRateSample): boolean {
  return total >= minimum;
}
