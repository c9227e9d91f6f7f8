import type { TriageSuggestion } from './model';

/**
 * Whether a ticket is "possibly misfiled": the customer chose a category, and the suggester disagrees with
 * a confidence at or above the lead's threshold. No customer category is not misfiled (nothing to
 * disagree with); routing then follows the suggestion on its own terms.
 */
export function isPossiblyMisfiled(
  customerCategory: string | null,
  suggestion: TriageSuggestion | null,
  threshold: number,
): boolean {
  return (
    customerCategory !== null &&
    suggestion !== null &&
    suggestion.category !== customerCategory &&
    suggestion.confidence >= threshold
  );
}
