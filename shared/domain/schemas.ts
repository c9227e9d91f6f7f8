import { z } from 'zod';
import { checklistSituations } from '../checklist/transfer/situation';
import { checklistKeys } from '../checklist/items';
import { automaticNotApplicableReasons, notApplicableReasons } from '../checklist/transfer/rules';
import {
  agentRoles,
  changeTypes,
  messageKinds,
  ticketPriorities,
  ticketChannels,
  ticketSources,
  ticketStatuses,
} from './vocabulary';

/**
 * Wire schemas of the ticket service (CONTRACT.md), shared by the service (to validate what arrives) and
 * the console (to validate what it receives). JSON is snake_case; times are ISO 8601 UTC strings.
 */

/** Limits the service enforces; the console uses the same numbers to warn before sending. */
export const limits = {
  subjectLength: 500,
  bodyLength: 1_000_000,
  nameLength: 200,
  attachmentCount: 10,
  /** Decoded size of one attachment. */
  attachmentBytes: 10 * 1024 * 1024,
  /** Size of a whole intake request, base64 attachments included. */
  intakeRequestBytes: 25 * 1024 * 1024,
  importRequestBytes: 100 * 1024 * 1024,
  tagLength: 50,
  tagCount: 30,
} as const;

/** Attachment types intake accepts; anything else is refused with `unsupported_attachment_type`. */
export const allowedAttachmentTypes = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
  'video/mp4',
] as const;

/**
 * A point in time as ISO 8601 text with a zone (`Z` or an offset), between the years 1900 and 9999 in UTC:
 * databases refuse some dates the ISO form allows (year 0000), and no ticket is older than that.
 */
export const timestampSchema = z.iso.datetime({ offset: true }).refine((value) => {
  const time = Date.parse(value);
  return time >= Date.UTC(1900, 0, 1) && time < Date.UTC(10_000, 0, 1);
}, 'a time between the years 1900 and 9999');

/** A category key: lower-case words joined by underscores. */
export const categoryKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, 'a category is lower-case letters, digits and underscores');

export const requesterSchema = z.object({
  email: z.email().max(320),
  name: z.string().max(limits.nameLength).optional(),
  locale: z.string().max(35).optional(),
});
export type Requester = z.infer<typeof requesterSchema>;

export const attachmentInputSchema = z.object({
  name: z.string().min(1).max(255),
  type: z.string().max(100),
  data: z.base64(),
});
export type AttachmentInput = z.infer<typeof attachmentInputSchema>;

/** Body of `POST /api/tickets` (public intake). */
export const intakeRequestSchema = z.object({
  requester: requesterSchema,
  category: z.string().max(64).nullish(),
  subject: z.string().min(1).max(limits.subjectLength),
  body: z.string().min(1).max(limits.bodyLength),
  occurred_at: timestampSchema.optional(),
  device: z.string().max(500).optional(),
  attachments: z.array(attachmentInputSchema).max(limits.attachmentCount).optional(),
});
export type IntakeRequest = z.infer<typeof intakeRequestSchema>;

export const intakeResponseSchema = z.object({ id: z.string(), number: z.number().int() });
export type IntakeResponse = z.infer<typeof intakeResponseSchema>;

/** The error body of every 4xx/5xx answer. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    /** On a 401 for a token whose session ended: why (see `sessionEndReasons`). */
    reason: z.string().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const scoredTicketSchema = z.object({ id: z.string(), score: z.number() });
export const checklistSchema = z.object({
  analyzed: z.boolean(),
  items: z.array(
    z.object({
      key: z.enum(checklistKeys),
      required: z.boolean(),
      present: z.boolean(),
      evidence: z.string().nullable(),
      normalized: z.string().nullable().optional(),
      /** An agent's hand mark: true/false overrides extraction (then `present` equals it); absent or null: none. */
      marked: z.boolean().nullable().optional(),
      /**
       * Why the item does not apply (never required then): a pending withdrawal, the customer said so, or an
       * agent marked it (`agent_marked`).
       */
      not_applicable: z.enum(notApplicableReasons).nullable().optional(),
      /** An agent marked the item as applying over an automatic reason (`overrides`); absent or null: none. */
      applies: z
        .object({ reason: z.literal('agent_marked'), overrides: z.enum(automaticNotApplicableReasons) })
        .nullable()
        .optional(),
    }),
  ),
  /** The deposit or withdrawal situation the customer describes, if extraction found one. */
  situation: z.enum(checklistSituations).nullable().optional(),
});

export const attachmentSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  size: z.number().int(),
  message_id: z.string().nullable(),
});
export type AttachmentSummary = z.infer<typeof attachmentSummarySchema>;

/** Where an SLA clock stands (see `shared/sla/clock.ts` for the arithmetic). */
export const slaClockStates = ['running', 'at_risk', 'paused', 'met', 'breached'] as const;
export type SlaClockState = (typeof slaClockStates)[number];

/** One SLA clock of a ticket. */
export const slaClockSchema = z.object({
  /** The target, in milliseconds of counted time. */
  target_ms: z.number(),
  /**
   * When the target falls due: fixed while the clock runs; for a stopped clock, the deadline it had when it
   * stopped; for a paused clock, the deadline if it resumed at the moment of computation (it moves later).
   */
  due_at: z.string(),
  /** Counted time left (negative once past due); frozen while paused or stopped. */
  remaining_ms: z.number(),
  state: z.enum(slaClockStates),
  /** True while the clock counts down (running, at risk, or breached and still open). */
  is_running: z.boolean(),
});
export type SlaClock = z.infer<typeof slaClockSchema>;

/** A ticket's first-response and resolution clocks, computed by the service when it answers. */
export const ticketSlaSchema = z.object({ first_response: slaClockSchema, resolution: slaClockSchema });
export type TicketSla = z.infer<typeof ticketSlaSchema>;

/** A ticket as `GET /api/tickets` lists it and `GET /api/tickets/:id` returns it. */
export const ticketSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(ticketStatuses),
  priority: z.enum(ticketPriorities),
  category: z.string().nullable(),
  /**
   * The requester. In lists and change-driven refreshes the e-mail is masked (`m***@example.com`); only the
   * ticket detail carries it whole (docs/security.md "Reads"). `verified`: the intake carried a valid customer
   * assertion, which set `account_id` (absent from services older than migration 0018).
   */
  requester: z.object({
    email: z.string(),
    name: z.string().nullable(),
    locale: z.string().nullable(),
    verified: z.boolean().optional(),
    account_id: z.string().nullable().optional(),
  }),
  customer_id: z.string(),
  assignee_id: z.string().nullable(),
  language: z.string().nullable(),
  tags: z.array(z.string()),
  source: z.enum(ticketSources),
  /**
   * `email` when the ticket came by mail, else `web` (`channelOfSource`); always sent by this service, absent
   * from older services and from tickets the console cached before them.
   */
  channel: z.enum(ticketChannels).optional(),
  occurred_at: z.string().nullable(),
  device: z.string().nullable(),
  suggested_category: z.object({ category: z.string(), confidence: z.number() }).nullable(),
  /**
   * The customer's category disagrees with a suggestion at or above the lead's threshold (auto-triage,
   * docs/triage.md); absent from services older than migration 0006.
   */
  possibly_misfiled: z.boolean().optional(),
  possible_duplicates: z.array(scoredTicketSchema),
  related: z.array(scoredTicketSchema),
  checklist: checklistSchema,
  /**
   * Secrets masked before storage (docs/security.md): one entry per kind per message; `message_id` null or
   * absent: the opening request (subject, body, attachment names).
   */
  redactions: z.array(z.object({ kind: z.string(), message_id: z.string().nullish() })),
  message_count: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
  first_response_at: z.string().nullable(),
  solved_at: z.string().nullable(),
  version: z.number().int(),
  /** SLA clocks at the time of the answer; absent from services older than migration 0002. */
  sla: ticketSlaSchema.nullish(),
  /** The ticket this one is merged into while the merge stands (docs/merging.md); absent before 0009. */
  merged_into_ticket_id: z.string().nullish(),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const messageSchema = z.object({
  id: z.string(),
  ticket_id: z.string(),
  kind: z.enum(messageKinds),
  author_agent_id: z.string().nullable(),
  author_name: z.string().nullable(),
  body: z.string(),
  created_at: z.string(),
  /** For a customer message: the checklist keys it provided that were missing before it. */
  checklist_provided: z.array(z.enum(checklistKeys)).optional(),
  /** The ticket the message was written on, when a merge brought it here (docs/merging.md). */
  merged_from_ticket_id: z.string().nullish(),
});
export type Message = z.infer<typeof messageSchema>;

/** Why a link was flagged: see `shared/safety/links.ts`. */
export const linkWarningReasons = ['lookalike', 'punycode', 'mixed_script', 'not_official'] as const;

/** A flagged link: the URL as written in the text, and why. */
export const linkWarningSchema = z.object({ url: z.string(), reason: z.enum(linkWarningReasons) });
export type LinkWarning = z.infer<typeof linkWarningSchema>;

/** `GET /api/tickets/:id`: the ticket with its thread (after the opening `body`) and attachments. */
export const ticketDetailSchema = ticketSchema.extend({
  messages: z.array(messageSchema),
  attachments: z.array(attachmentSummarySchema),
  /**
   * Links in the customer's text that look like phishing (docs/security.md, "Link warnings"); absent from
   * services that do not check links.
   */
  link_warnings: z.array(linkWarningSchema).optional(),
});
export type TicketDetail = z.infer<typeof ticketDetailSchema>;

export const ticketListSchema = z.object({
  tickets: z.array(ticketSchema),
  total: z.number().int(),
  next_cursor: z.string().nullable(),
});
export type TicketList = z.infer<typeof ticketListSchema>;

/** Query of `GET /api/tickets`. */
export const ticketListQuerySchema = z.object({
  status: z.enum(ticketStatuses).optional(),
  category: z.string().max(64).optional(),
  assignee: z.string().max(64).optional(),
  /** One customer's tickets (the ticket pane's "other tickets of this customer"). */
  customer_id: z.string().max(64).optional(),
  q: z.string().max(500).optional(),
  /** Comma-separated ticket ids (at most 100): those tickets, in list form (the console's live refresh). */
  ids: z
    .string()
    .max(100 * 37)
    .optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(200).optional(),
});
export type TicketListQuery = z.infer<typeof ticketListQuerySchema>;

/**
 * An agent's hand mark on one checklist item (`PATCH /api/tickets/:id` `checklist_marks`), exactly one of:
 * `present` true or false overrides extraction, null removes any mark; `not_applicable` true marks the item
 * not applicable (never required, never asked for), false removes that mark (a present mark stays).
 */
export const checklistMarkSchema = z
  .object({
    key: z.enum(checklistKeys),
    present: z.boolean().nullable().optional(),
    not_applicable: z.boolean().optional(),
  })
  .strict()
  .refine((mark) => (mark.present === undefined) !== (mark.not_applicable === undefined), {
    message: 'give exactly one of present (true, false or null) and not_applicable (true or false)',
  });
export type ChecklistMark = z.infer<typeof checklistMarkSchema>;

/** Body of `PATCH /api/tickets/:id`: the properties an agent changes. */
export const ticketUpdateSchema = z
  .object({
    status: z.enum(ticketStatuses).optional(),
    priority: z.enum(ticketPriorities).optional(),
    category: z.string().max(64).nullable().optional(),
    assignee_id: z.string().max(64).nullable().optional(),
    tags: z.array(z.string().min(1).max(limits.tagLength)).max(limits.tagCount).optional(),
    /** Hand corrections of checklist items (see `checklistMarkSchema`). */
    checklist_marks: z.array(checklistMarkSchema).max(checklistKeys.length).optional(),
  })
  .strict()
  .refine((update) => Object.keys(update).length > 0, 'nothing to change');
export type TicketUpdate = z.infer<typeof ticketUpdateSchema>;

/** Body of `POST /api/tickets/:id/messages`: an agent's public reply or internal note. */
export const messageCreateSchema = z.object({
  kind: z.enum(['reply', 'note']),
  body: z.string().min(1).max(limits.bodyLength),
  /** "Send and set status": the ticket's status after the message, in the same transaction. */
  set_status: z.enum(ticketStatuses).optional(),
});
export type MessageCreate = z.infer<typeof messageCreateSchema>;

export const changeSchema = z.object({
  seq: z.number().int(),
  type: z.enum(changeTypes),
  ticket_id: z.string().nullable(),
  at: z.string(),
});
export type Change = z.infer<typeof changeSchema>;

export const changeListSchema = z.object({ changes: z.array(changeSchema), next: z.number().int() });
export type ChangeList = z.infer<typeof changeListSchema> & {
  /**
   * How many changes the page held, those of types this client does not know included (`readableChanges`):
   * a full page means more may follow even when fewer are left to apply. Absent: `changes.length`.
   */
  received?: number;
};

/**
 * A change as a client reads it (`GET /api/changes`, the socket's `change` event): any type, so a console
 * meeting a newer service (a change type added since, as `preferences.updated` was) skips what it does not
 * know and keeps syncing instead of refusing the whole page.
 */
export const incomingChangeSchema = changeSchema.extend({ type: z.string().min(1).max(64) });
export type IncomingChange = z.infer<typeof incomingChangeSchema>;
export const incomingChangeListSchema = z.object({
  changes: z.array(incomingChangeSchema),
  next: z.number().int(),
});

const knownChangeTypes: ReadonlySet<string> = new Set(changeTypes);

/** Whether this client knows the change's type (and can apply it). */
export function isKnownChange(change: IncomingChange): change is Change {
  return knownChangeTypes.has(change.type);
}

/** The page's changes this client knows, with `next` and how many the page held (it moves past the rest). */
export function readableChanges(list: z.infer<typeof incomingChangeListSchema>): ChangeList {
  return { changes: list.changes.filter(isKnownChange), next: list.next, received: list.changes.length };
}

/** Query of `GET /api/changes`: the changes after `since`, at most `limit` (default 1000, at most 10000). */
export const changeListQuerySchema = z.object({
  since: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(10_000).default(1000),
});
export type ChangeListQuery = z.infer<typeof changeListQuerySchema>;

export const loginRequestSchema = z.object({
  email: z.string().min(1).max(320),
  password: z.string().min(1).max(1000),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const agentSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(agentRoles),
});
export type Agent = z.infer<typeof agentSchema>;

/** Body of `POST /api/agents` (admin): a new console user who logs in with e-mail and password. */
export const agentCreateSchema = z
  .object({
    email: z.email().max(320),
    name: z.string().trim().min(1).max(limits.nameLength),
    role: z.enum(agentRoles),
    // Strength (at least 12 characters, not guessable) is judged by the service: `weak_password`.
    password: z.string().min(1).max(1000),
    languages: z.array(z.string().min(2).max(35)).max(20).optional(),
  })
  .strict();
export type AgentCreate = z.infer<typeof agentCreateSchema>;

export const loginResponseSchema = z.object({ token: z.string(), agent: agentSchema });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

/** One category as `GET /api/categories` lists it. */
export const categorySchema = z.object({ key: z.string(), name: z.string(), is_default: z.boolean() });
export type Category = z.infer<typeof categorySchema>;

/** Body of `POST /api/categories` (lead): a display name, and a key (derived from the name when absent). */
export const categoryCreateSchema = z
  .object({ name: z.string().trim().min(1).max(100), key: categoryKeySchema.optional() })
  .strict();
export type CategoryCreate = z.infer<typeof categoryCreateSchema>;

/** One record of `POST /api/import`. */
export const importRecordSchema = z.object({
  external_id: z.string().min(1).max(200),
  requester: requesterSchema,
  subject: z.string().min(1).max(limits.subjectLength),
  body: z.string().min(1).max(limits.bodyLength),
  category: z.string().max(64).nullish(),
  status: z.enum(ticketStatuses).optional(),
  priority: z.enum(ticketPriorities).optional(),
  created_at: timestampSchema,
  solved_at: timestampSchema.nullish(),
  messages: z
    .array(
      z.object({
        author: z.enum(['customer', 'agent']),
        body: z.string().min(1).max(limits.bodyLength),
        created_at: timestampSchema,
      }),
    )
    .optional(),
});
export type ImportRecord = z.infer<typeof importRecordSchema>;

export const importResultSchema = z.object({
  imported: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(z.object({ index: z.number().int(), message: z.string() })),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** Socket.io: the event the service emits for every change, in sequence order. */
export const liveChangeEvent = 'change';
