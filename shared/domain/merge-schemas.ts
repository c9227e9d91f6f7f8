import { z } from 'zod';
import { ticketStatuses } from './vocabulary';
import { ticketDetailSchema } from './schemas';

/**
 * Wire schemas of merging duplicate tickets and undoing a merge (docs/api.md "Merging", docs/merging.md).
 * The service validates requests with them; the console validates the answers.
 */

/** How long a merge can be undone unless the service is configured otherwise. */
export const defaultMergeUndoWindowMs = 7 * 24 * 60 * 60 * 1000;

/** At most this many tickets fold into one target in one request (a cluster of resubmissions). */
export const maxMergeSources = 50;

/**
 * Body of `POST /api/tickets/:id/merge/preview` and `POST /api/tickets/:id/merge`: fold `source_ids` into
 * the ticket of the path. `confirm_different_customers` must be true (and the agent a lead) when a source
 * belongs to another customer.
 */
export const mergeRequestSchema = z
  .object({
    source_ids: z.array(z.string().min(1).max(64)).min(1).max(maxMergeSources),
    confirm_different_customers: z.boolean().optional(),
  })
  .strict();
export type MergeRequest = z.infer<typeof mergeRequestSchema>;

/** An SLA clock that was already breached on a ticket when it was merged; recorded so the merge hides nothing. */
export const slaBreachSchema = z.object({
  ticket_id: z.string(),
  ticket_number: z.number().int(),
  clock: z.enum(['first_response', 'resolution']),
  due_at: z.string(),
});
export type SlaBreach = z.infer<typeof slaBreachSchema>;

/** What a merge would produce, without writing anything. */
export const mergePreviewSchema = z.object({
  target_id: z.string(),
  source_ids: z.array(z.string()),
  /** Messages of the merged thread (target's, sources' opening bodies kept as messages, sources' messages). */
  message_count: z.number().int(),
  attachment_count: z.number().int(),
  /** The target's tags after the merge: its own, then the sources' new ones. */
  tags: z.array(z.string()),
  target_status: z.enum(ticketStatuses),
  /** Sources are closed with a link to the target. */
  source_status: z.literal('closed'),
  /** A source belongs to another customer: a lead must confirm with `confirm_different_customers`. */
  different_customers: z.boolean(),
  sla_breaches: z.array(slaBreachSchema),
});
export type MergePreview = z.infer<typeof mergePreviewSchema>;

/** One merge as `GET /api/tickets/:id/merges` lists it. */
export const mergeRecordSchema = z.object({
  id: z.string(),
  target_id: z.string(),
  source_ids: z.array(z.string()),
  merged_by: z.object({ id: z.string(), name: z.string() }),
  merged_at: z.string(),
  /** After this time `POST /api/merges/:id/undo` answers 409 `undo_expired`. */
  undo_until: z.string(),
  undone_at: z.string().nullable(),
  undone_by: z.object({ id: z.string(), name: z.string() }).nullable(),
  different_customers: z.boolean(),
  sla_breaches: z.array(slaBreachSchema),
});
export type MergeRecord = z.infer<typeof mergeRecordSchema>;

/** `GET /api/tickets/:id/merges`: merges where the ticket is the target or a source, newest first. */
export const mergeListSchema = z.object({ merges: z.array(mergeRecordSchema) });
export type MergeList = z.infer<typeof mergeListSchema>;

/** Answer of `POST /api/tickets/:id/merge` (201): the merge and the target as it now is. */
export const mergeResultSchema = z.object({ merge: mergeRecordSchema, target: ticketDetailSchema });
export type MergeResult = z.infer<typeof mergeResultSchema>;

/** Answer of `POST /api/merges/:merge_id/undo`: the merge (now with `undone_at`) and the restored tickets. */
export const mergeUndoResultSchema = z.object({
  merge: mergeRecordSchema,
  tickets: z.array(ticketDetailSchema),
});
export type MergeUndoResult = z.infer<typeof mergeUndoResultSchema>;
