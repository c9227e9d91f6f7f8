import { z } from 'zod';
import { checklistKeys } from '../checklist/items';
import { categoryKeySchema, limits } from '../domain/schemas';
import { ticketStatuses } from '../domain/vocabulary';
import { customerMessageCreateSchema, customerTicketSchema } from '../domain/workflow-schemas';

/**
 * Wire schemas of incidents, announcements and the customer help center (CONTRACT.md v2 "Customer help
 * center and incidents"; docs/api.md "Incidents" and "Help center"). The service validates with them, the
 * console and the help center parse answers with them.
 */

/** An incident's life: investigating → identified → monitoring → resolved (any order a lead picks). */
export const incidentStatuses = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

const titleSchema = z.string().trim().min(1).max(200);
const bodySchema = z.string().trim().min(1).max(20_000);

/** A title per language: at least one of ko, en, zh. */
export const localizedTitleSchema = z
  .object({ ko: titleSchema.optional(), en: titleSchema.optional(), zh: titleSchema.optional() })
  .strict()
  .refine((value) => Object.values(value).some(Boolean), 'give at least one of ko, en, zh');
/** A body per language: at least one of ko, en, zh. */
export const localizedBodySchema = z
  .object({ ko: bodySchema.optional(), en: bodySchema.optional(), zh: bodySchema.optional() })
  .strict()
  .refine((value) => Object.values(value).some(Boolean), 'give at least one of ko, en, zh');
export type LocalizedText = Partial<Record<'ko' | 'en' | 'zh', string>>;

/** Body of `POST /api/incidents` (lead). */
export const incidentCreateSchema = z
  .object({
    title: localizedTitleSchema,
    body: localizedBodySchema,
    categories: z.array(categoryKeySchema).max(50).default([]),
    status: z.enum(incidentStatuses).default('investigating'),
  })
  .strict();
export type IncidentCreate = z.output<typeof incidentCreateSchema>;

/** Body of `PATCH /api/incidents/:id` (lead): any of the fields of a create. */
export const incidentPatchSchema = z
  .object({
    title: localizedTitleSchema.optional(),
    body: localizedBodySchema.optional(),
    categories: z.array(categoryKeySchema).max(50).optional(),
    status: z.enum(incidentStatuses).optional(),
  })
  .strict()
  .refine((value) => Object.keys(value).length > 0, 'nothing to change');
export type IncidentPatch = z.output<typeof incidentPatchSchema>;

/** An incident as leads see it (`GET /api/incidents`, `GET /api/incidents/:id`). */
export const incidentSchema = z.object({
  id: z.string(),
  title: z.record(z.string(), z.string()),
  body: z.record(z.string(), z.string()),
  categories: z.array(z.string()),
  status: z.enum(incidentStatuses),
  /** Linked tickets. */
  ticket_count: z.number().int(),
  /** Linked tickets not solved or closed yet. */
  open_ticket_count: z.number().int(),
  /** "This answered my question" clicks on the help center's form. */
  deflections: z.number().int(),
  update_count: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
  resolved_at: z.string().nullable(),
});
export type Incident = z.infer<typeof incidentSchema>;

export const incidentListSchema = z.object({ incidents: z.array(incidentSchema) });

/** Body of `POST /api/incidents/:id/tickets` (lead): ticket ids or numbers, up to 10,000. */
export const incidentLinkSchema = z
  .object({
    ticket_ids: z
      .array(z.union([z.string().max(64), z.number().int()]))
      .min(1)
      .max(10_000),
  })
  .strict();

/** Answer of `POST /api/incidents/:id/tickets`. */
export const incidentLinkResultSchema = z.object({
  /** Newly linked. */
  linked: z.number().int(),
  /** Linked before (nothing changed). */
  already_linked: z.number().int(),
  /** Ids or numbers that name no ticket. */
  unknown: z.array(z.string()),
});
export type IncidentLinkResult = z.infer<typeof incidentLinkResultSchema>;

/** A linked or suggested ticket, as the incident page lists it. */
export const incidentTicketSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  subject: z.string(),
  status: z.enum(ticketStatuses),
  language: z.string().nullable(),
  created_at: z.string(),
});

/** `GET /api/incidents/:id/tickets` (lead): the linked tickets (newest first) and suggestions. */
export const incidentTicketsSchema = z.object({
  linked: z.array(incidentTicketSchema.extend({ linked_by: z.enum(['lead', 'automatic']) })),
  /** Unlinked tickets that look like the incident: its text, its categories, and their related clusters. */
  suggested: z.array(incidentTicketSchema.extend({ reason: z.enum(['text', 'related']) })),
});
export type IncidentTickets = z.infer<typeof incidentTicketsSchema>;

/** Body of `POST /api/incidents/:id/updates` (lead). */
export const incidentUpdateCreateSchema = z
  .object({
    body: localizedBodySchema,
    /** The incident's new status, if it changes with this update. */
    status: z.enum(incidentStatuses).optional(),
    /** The status every linked ticket moves to where the status machine allows it (e.g. solved). */
    set_ticket_status: z.enum(['open', 'awaiting_customer', 'on_hold', 'solved']).optional(),
  })
  .strict();
export type IncidentUpdateCreate = z.output<typeof incidentUpdateCreateSchema>;

/** Answer of `POST /api/incidents/:id/updates`. */
export const incidentUpdateResultSchema = z.object({
  update_id: z.string(),
  /** Tickets that got the reply. */
  replied: z.number().int(),
  /** Linked tickets that are closed, which take no reply. */
  skipped_closed: z.number().int(),
  /** Tickets whose status moved to `set_ticket_status`. */
  status_changed: z.number().int(),
  incident: incidentSchema,
});
export type IncidentUpdateResult = z.infer<typeof incidentUpdateResultSchema>;

/** One incident as a ticket's banner shows it (`GET /api/tickets/:id/incidents`, agent). */
export const ticketIncidentSchema = z.object({
  id: z.string(),
  title: z.record(z.string(), z.string()),
  status: z.enum(incidentStatuses),
  linked_by: z.enum(['lead', 'automatic']),
});
export type TicketIncident = z.infer<typeof ticketIncidentSchema>;
export const ticketIncidentsSchema = z.object({ incidents: z.array(ticketIncidentSchema) });

/** `GET /api/announcements` (public): the incidents that are not resolved, newest first. */
export const announcementSchema = z.object({
  id: z.string(),
  title: z.record(z.string(), z.string()),
  body: z.record(z.string(), z.string()),
  categories: z.array(z.string()),
  status: z.enum(incidentStatuses),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Announcement = z.infer<typeof announcementSchema>;
export const announcementListSchema = z.object({ announcements: z.array(announcementSchema) });

/** Body of `POST /api/intake/preview` (public): what the form would send, every field optional. */
export const intakePreviewRequestSchema = z
  .object({
    requester: z
      .object({
        email: z.string().max(320).optional(),
        name: z.string().max(limits.nameLength).optional(),
        locale: z.string().max(35).optional(),
      })
      .optional(),
    category: z.string().max(64).nullish(),
    subject: z.string().max(limits.subjectLength).default(''),
    body: z.string().max(20_000).default(''),
    occurred_at: z.string().max(64).optional(),
    device: z.string().max(500).optional(),
    /** Names and types of the files the customer picked (never their bytes). */
    attachments: z
      .array(z.object({ name: z.string().max(255), type: z.string().max(100) }))
      .max(limits.attachmentCount)
      .optional(),
  })
  .strict();
export type IntakePreviewRequest = z.output<typeof intakePreviewRequestSchema>;

/** Answer of `POST /api/intake/preview`. */
export const intakePreviewSchema = z.object({
  /** Required checklist items of the category the text does not give yet, in checklist order. */
  missing: z.array(z.enum(checklistKeys)),
  /** Live announcements that may answer the question, best first; titles in every language given. */
  announcements: z.array(z.object({ id: z.string(), title: z.record(z.string(), z.string()) })),
  /** A verified customer's open ticket on the same problem (`X-Customer-Assertion`), else null. */
  existing_ticket: z.object({ number: z.number().int() }).nullable(),
});
export type IntakePreview = z.infer<typeof intakePreviewSchema>;

/** An attachment on the customer's side of a ticket (download with the access token). */
export const helpAttachmentSchema = z.object({
  id: z.string(),
  message_id: z.string().nullable(),
  name: z.string(),
  type: z.string(),
  size: z.number().int(),
});

/**
 * `GET /api/help/ticket` (the ticket's access token as bearer): the customer's status page. The ticket as
 * `customer-view` shows it, its attachments, when an answer is expected (null when the ticket waits for the
 * customer, or is solved or closed) and the live incidents it is linked to.
 */
export const helpTicketSchema = z.object({
  ticket: customerTicketSchema,
  attachments: z.array(helpAttachmentSchema),
  expected_answer_by: z.string().nullable(),
  incidents: z.array(announcementSchema.pick({ id: true, title: true, status: true })),
});
export type HelpTicket = z.infer<typeof helpTicketSchema>;

/** `GET /api/help/articles` (public): FAQ replies a lead marked public, placeholders removed. */
export const helpArticleSchema = z.object({
  id: z.string(),
  categories: z.array(z.string()),
  variants: z.array(z.object({ language: z.string(), title: z.string(), body: z.string() })),
  updated_at: z.string(),
});
export type HelpArticle = z.infer<typeof helpArticleSchema>;
export const helpArticleListSchema = z.object({ articles: z.array(helpArticleSchema) });

/** Body of `PUT /api/faq/:id/public` (lead). */
export const faqPublicSchema = z.object({ public: z.boolean() }).strict();

/**
 * Body of `POST /api/help/existing-ticket/messages` (a verified customer, `X-Customer-Assertion`): the form's
 * text added to their own open ticket `ticket_number` instead of opening a new one.
 */
export const existingTicketMessageSchema = customerMessageCreateSchema
  .extend({ ticket_number: z.number().int().positive() })
  .strict();
export type ExistingTicketMessage = z.infer<typeof existingTicketMessageSchema>;
