import { z } from 'zod';

/**
 * Wire schemas of auto-triage's own endpoints (docs/api.md, "Auto-triage"): its status, and the lead's
 * "possibly misfiled" threshold.
 */

/** `GET /api/triage` (agent): the model in force, whether training runs, and the threshold. */
export const triageStatusSchema = z.object({
  model: z
    .object({
      trained_at: z.string(),
      example_count: z.number().int(),
      categories: z.array(z.string()),
      training_ms: z.number().int(),
    })
    .nullable(),
  training: z.boolean(),
  misfiled_threshold: z.number(),
});
export type TriageStatus = z.infer<typeof triageStatusSchema>;

/** `PUT /api/triage/settings` (lead): the confidence a disagreeing suggestion needs to mark a ticket. */
export const triageSettingsSchema = z.object({ misfiled_threshold: z.number().min(0.5).max(1) }).strict();
export type TriageSettings = z.infer<typeof triageSettingsSchema>;
