import { z } from 'zod';
import { checklistKeys } from '../checklist/items';
import { supportedLanguages, ticketPriorities, ticketStatuses } from './vocabulary';
import { attachmentInputSchema, categoryKeySchema, limits, ticketSchema } from './schemas';

/**
 * Wire schemas of the console's working features beyond CONTRACT.md: the customer's side of a ticket, bulk
 * changes, checklist marks, team settings (SLA policy and checklist rules), per-agent preferences (views and
 * columns) and presence. Documented in docs/api.md; the service validates with them, the console too.
 */

/** What `POST /api/tickets` answers: CONTRACT.md's id and number, plus the customer's access token. */
export const intakeReceiptSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  /** Secret that lets the customer read their ticket's public thread and answer it; shown once. */
  access_token: z.string(),
  /** The live incident the ticket was linked to at intake (docs/incidents.md); absent when none. */
  incident: z.object({ id: z.string(), title: z.record(z.string(), z.string()) }).optional(),
});
export type IntakeReceipt = z.infer<typeof intakeReceiptSchema>;

/** Body of `POST /api/tickets/:id/customer-messages` (customer access token). */
export const customerMessageCreateSchema = z
  .object({
    body: z.string().min(1).max(limits.bodyLength),
    attachments: z.array(attachmentInputSchema).max(limits.attachmentCount).optional(),
  })
  .strict();
export type CustomerMessageCreate = z.infer<typeof customerMessageCreateSchema>;

/** One public message as the customer sees it (internal notes are never shown). */
export const customerThreadMessageSchema = z.object({
  id: z.string(),
  kind: z.enum(['customer', 'reply']),
  author_name: z.string().nullable(),
  body: z.string(),
  created_at: z.string(),
});

/** `GET /api/tickets/:id/customer-view` (customer access token): the ticket as its customer sees it. */
export const customerTicketSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(ticketStatuses),
  created_at: z.string(),
  updated_at: z.string(),
  messages: z.array(customerThreadMessageSchema),
});
export type CustomerTicket = z.infer<typeof customerTicketSchema>;

/** Answer of `POST /api/tickets/:id/customer-messages`. */
export const customerMessageReceiptSchema = z.object({
  message: customerThreadMessageSchema,
  ticket: customerTicketSchema,
  /** Checklist keys this message provided that were missing before it. */
  newly_present: z.array(z.enum(checklistKeys)),
});
export type CustomerMessageReceipt = z.infer<typeof customerMessageReceiptSchema>;

/** An agent's hand mark on one checklist item: defined beside the ticket update that carries it. */
export { checklistMarkSchema, type ChecklistMark } from './schemas';

/** Body of `POST /api/tickets/bulk` (agent): the same change applied to up to 1,000 tickets. */
export const bulkUpdateSchema = z
  .object({
    ticket_ids: z.array(z.string().max(64)).min(1).max(1000),
    changes: z
      .object({
        status: z.enum(ticketStatuses).optional(),
        priority: z.enum(ticketPriorities).optional(),
        category: z.string().max(64).nullable().optional(),
        assignee_id: z.string().max(64).nullable().optional(),
        add_tags: z.array(z.string().min(1).max(limits.tagLength)).max(limits.tagCount).optional(),
        remove_tags: z.array(z.string().min(1).max(limits.tagLength)).max(limits.tagCount).optional(),
      })
      .strict()
      .refine((changes) => Object.keys(changes).length > 0, 'nothing to change'),
  })
  .strict();
export type BulkUpdate = z.infer<typeof bulkUpdateSchema>;

/** Answer of `POST /api/tickets/bulk`: every ticket either updated or failed with the reason. */
export const bulkUpdateResultSchema = z.object({
  updated: z.array(ticketSchema),
  failed: z.array(z.object({ id: z.string(), code: z.string(), message: z.string() })),
});
export type BulkUpdateResult = z.infer<typeof bulkUpdateResultSchema>;

const minutesSchema = z
  .number()
  .int()
  .min(1)
  .max(365 * 24 * 60);
const slaTargetsSchema = z
  .object({ first_response_minutes: minutesSchema, resolution_minutes: minutesSchema })
  .strict();

/** The team's SLA policy on the wire (snake_case of `shared/sla/policy.ts`'s `SlaPolicy`). */
export const slaPolicyWireSchema = z
  .object({
    priorities: z
      .object({
        low: slaTargetsSchema,
        normal: slaTargetsSchema,
        high: slaTargetsSchema,
        urgent: slaTargetsSchema,
      })
      .strict(),
    /** Per-category overrides: category key → priority → one or both targets. */
    categories: z
      .record(categoryKeySchema, z.partialRecord(z.enum(ticketPriorities), slaTargetsSchema.partial()))
      .default({}),
  })
  .strict();
export type SlaPolicyWire = z.infer<typeof slaPolicyWireSchema>;

/** Required checklist items per category key (a category absent from the map requires nothing). */
export const checklistRulesSchema = z.record(
  categoryKeySchema,
  z.array(z.enum(checklistKeys)).max(checklistKeys.length),
);
export type ChecklistRules = z.infer<typeof checklistRulesSchema>;

/** `GET /api/settings` (agent) → the team settings; `PUT /api/settings/sla-policy` and `…/checklist-rules` (lead). */
export const teamSettingsSchema = z.object({
  sla_policy: slaPolicyWireSchema,
  checklist_rules: checklistRulesSchema,
});
export type TeamSettings = z.infer<typeof teamSettingsSchema>;

/** The filters of a queue view; every present filter must match (AND), values within one filter are OR. */
export const viewFiltersSchema = z
  .object({
    statuses: z.array(z.enum(ticketStatuses)).max(ticketStatuses.length).optional(),
    priorities: z.array(z.enum(ticketPriorities)).max(ticketPriorities.length).optional(),
    /** Category keys; `none` means uncategorized. */
    categories: z.array(z.string().max(64)).max(100).optional(),
    /** `me`, `none` (unassigned) or agent ids. */
    assignees: z.array(z.string().max(64)).max(100).optional(),
    languages: z.array(z.string().max(35)).max(20).optional(),
    tags: z.array(z.string().max(limits.tagLength)).max(limits.tagCount).optional(),
    /**
     * `at_risk` matches at-risk and breached clocks; `breached` only breached ones; `at_risk_only` at-risk
     * clocks of tickets not yet breached (the queue's "At risk" view, beside "Breached").
     */
    sla: z.enum(['at_risk', 'breached', 'at_risk_only']).optional(),
    /**
     * Unassigned tickets match only in these categories (`none`: uncategorized); assigned tickets are not
     * concerned. The "My work" view: mine, and the unassigned ones of my teams' categories.
     */
    unassigned_categories: z.array(z.string().max(64)).max(100).optional(),
    /** Updated within this many hours. */
    updated_within_hours: z
      .number()
      .positive()
      .max(24 * 365)
      .optional(),
    text: z.string().max(500).optional(),
  })
  .strict();
export type ViewFilters = z.infer<typeof viewFiltersSchema>;

/** A sort key of the queue table (column id, descending or not); the first is the primary key. */
export const columnSortSchema = z.object({ id: z.string().max(64), desc: z.boolean() }).strict();

/** The queue table's columns: their order, the hidden ones and the widths the agent set (px). */
export const queueColumnsSchema = z
  .object({
    order: z.array(z.string().max(64)).max(50),
    hidden: z.array(z.string().max(64)).max(50),
    widths: z.record(z.string().max(64), z.number().int().min(40).max(2000)),
  })
  .strict();

/**
 * A saved queue view of one agent. `sort` and `columns` are the view's own sort and column layout, once the
 * agent changed them in that view (else the view sorts by its default and shows the agent's usual columns).
 */
export const savedViewSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().trim().min(1).max(100),
    filters: viewFiltersSchema,
    sort: z.array(columnSortSchema).max(5).optional(),
    columns: queueColumnsSchema.optional(),
  })
  .strict();
export type SavedView = z.infer<typeof savedViewSchema>;

/**
 * One agent's console preferences, kept by the service so they follow the agent to any machine
 * (`GET`/`PUT /api/me/preferences`). Every field is optional; PUT replaces the whole object.
 */
export const agentPreferencesSchema = z
  .object({
    saved_views: z.array(savedViewSchema).max(50).optional(),
    queue_columns: queueColumnsSchema.optional(),
    /** Former single queue sort (shared by every view); kept readable, no longer used. */
    queue_sort: z.array(columnSortSchema).max(5).optional(),
    /** Each queue view's own sort, by view id (docs/agent-day.md). */
    view_sorts: z.record(z.string().max(100), z.array(columnSortSchema).max(5)).optional(),
    /**
     * The agent's name as customers read it, per reply language (`ko`, `en`, `zh`); the missing-info
     * request is signed with it (falls back to the account name).
     */
    display_names: z.partialRecord(z.enum(supportedLanguages), z.string().trim().max(100)).optional(),
  })
  .strict();
export type AgentPreferences = z.infer<typeof agentPreferencesSchema>;

/** The preferences a `PATCH /api/me/preferences` may set: every one but the saved views (they have routes). */
export const patchablePreferenceKeys = [
  'queue_columns',
  'queue_sort',
  'view_sorts',
  'display_names',
] as const satisfies readonly (keyof AgentPreferences)[];

/**
 * Body of `PATCH /api/me/preferences`: the preferences to set, `null` to remove one; those absent stay as
 * stored, and so do the saved views (a `saved_views` key is refused).
 */
export const agentPreferencesPatchSchema = z
  .object({
    queue_columns: agentPreferencesSchema.shape.queue_columns.unwrap().nullable().optional(),
    queue_sort: agentPreferencesSchema.shape.queue_sort.unwrap().nullable().optional(),
    view_sorts: agentPreferencesSchema.shape.view_sorts.unwrap().nullable().optional(),
    display_names: agentPreferencesSchema.shape.display_names.unwrap().nullable().optional(),
  })
  .strict();
export type AgentPreferencesPatch = z.infer<typeof agentPreferencesPatchSchema>;

/** Socket.io, client → service: where this agent is (`ticket_id` null: on no ticket) and whether typing. */
export const presenceUpdateEvent = 'presence:update';
export const presenceUpdateSchema = z
  .object({ ticket_id: z.string().max(64).nullable(), typing: z.boolean() })
  .strict();
export type PresenceUpdate = z.infer<typeof presenceUpdateSchema>;

/** Socket.io, service → clients: everyone's presence, sent whole whenever it changes and on connect. */
export const presenceEvent = 'presence';
export const presenceEntrySchema = z.object({
  agent_id: z.string(),
  agent_name: z.string(),
  ticket_id: z.string(),
  typing: z.boolean(),
  since: z.string(),
});
export type PresenceEntry = z.infer<typeof presenceEntrySchema>;
export const presenceSnapshotSchema = z.object({ viewers: z.array(presenceEntrySchema) });
export type PresenceSnapshot = z.infer<typeof presenceSnapshotSchema>;
