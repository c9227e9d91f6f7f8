import { z } from 'zod';
import { ticketPriorities, ticketStatuses } from './vocabulary';
import { categoryKeySchema, limits } from './schemas';

/**
 * Wire schemas of the canned FAQ-reply library (docs/api.md "FAQ replies"). A reply has one variant per
 * language; bodies hold placeholders such as `{{customer.name}}`, `{{ticket.number}}`, `{{agent.name}}`, and
 * `{{prompt.<key>}}` for values the agent types in when inserting (a tx hash, a network name).
 */

/** One language's title and body of a reply. */
export const faqVariantSchema = z
  .object({
    language: z.string().min(2).max(35),
    title: z.string().trim().min(1).max(200),
    body: z.string().min(1).max(20_000),
  })
  .strict();
export type FaqVariant = z.infer<typeof faqVariantSchema>;

/** A value the agent supplies when inserting: `{{prompt.<key>}}` in a body; `label` per language. */
export const faqPromptSchema = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, 'a prompt key is lower-case letters, digits and underscores'),
    label: z.record(z.string().min(2).max(35), z.string().min(1).max(200)),
  })
  .strict();
export type FaqPrompt = z.infer<typeof faqPromptSchema>;

/** Changes applied to the ticket when a reply is sent with this macro. */
export const faqActionsSchema = z
  .object({
    status: z.enum(ticketStatuses).optional(),
    priority: z.enum(ticketPriorities).optional(),
    add_tags: z.array(z.string().min(1).max(limits.tagLength)).max(limits.tagCount).optional(),
  })
  .strict();
export type FaqActions = z.infer<typeof faqActionsSchema>;

/** What a lead writes: body of `POST /api/faq` and `PUT /api/faq/:id`. */
export const faqReplyInputSchema = z
  .object({
    /** Folder path, levels joined by `::` (`Deposits::Not credited`). */
    folder: z.string().trim().max(300).default(''),
    keywords: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    /** Categories the reply fits; empty means every category. */
    categories: z.array(categoryKeySchema).max(50).default([]),
    variants: z.array(faqVariantSchema).min(1).max(20),
    prompts: z.array(faqPromptSchema).max(20).default([]),
    actions: faqActionsSchema.default({}),
    retired: z.boolean().default(false),
  })
  .strict();
export type FaqReplyInput = z.input<typeof faqReplyInputSchema>;

/** A stored reply, as `GET /api/faq` lists it. */
export const faqReplySchema = z.object({
  id: z.string(),
  folder: z.string(),
  keywords: z.array(z.string()),
  categories: z.array(z.string()),
  variants: z.array(faqVariantSchema),
  prompts: z.array(faqPromptSchema),
  actions: faqActionsSchema,
  retired: z.boolean(),
  /** A lead published it as a help-center article (`PUT /api/faq/:id/public`); absent from older services. */
  public: z.boolean().optional(),
  /** How many times agents inserted it (feeds the ranking). */
  usage_count: z.number().int(),
  /** Insertions per ticket category (what agents chose for similar tickets). */
  usage_by_category: z.record(z.string(), z.number().int()),
  created_at: z.string(),
  updated_at: z.string(),
  version: z.number().int(),
});
export type FaqReply = z.infer<typeof faqReplySchema>;

export const faqLibrarySchema = z.object({ replies: z.array(faqReplySchema) });
export type FaqLibrary = z.infer<typeof faqLibrarySchema>;

/** Body of `POST /api/faq/:id/usage` (agent): the reply was inserted into a reply on this ticket. */
export const faqUsageSchema = z.object({ ticket_id: z.string().max(64) }).strict();
export type FaqUsage = z.infer<typeof faqUsageSchema>;

/** Answer of `POST /api/faq/import` (lead; JSON array of inputs, or CSV). */
export const faqImportResultSchema = z.object({
  imported: z.number().int(),
  updated: z.number().int(),
  errors: z.array(z.object({ index: z.number().int(), message: z.string() })),
});
export type FaqImportResult = z.infer<typeof faqImportResultSchema>;
