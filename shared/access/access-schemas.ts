import { z } from 'zod';

/**
 * Wire schemas of what one agent reads (docs/security.md "Reads", docs/api.md "Access log"): the access log,
 * the read limits a lead sets and the alert leads get when an agent runs past the read budget.
 */

/** What an access-log entry records. */
export const accessKinds = ['read', 'refused', 'search', 'export'] as const;
export type AccessKind = (typeof accessKinds)[number];

/** One access-log entry as `GET /api/access-log` answers it. */
export const accessLogEntrySchema = z.object({
  agent_id: z.string(),
  agent_name: z.string(),
  /** The ticket read (or refused); null for a search or an export. */
  ticket_id: z.string().nullable(),
  ticket_number: z.number().int().nullable(),
  kind: z.enum(accessKinds),
  /** A search's text, or what an export held; null for reads. */
  query: z.string().nullable(),
  /** How many tickets a search matched or an export held; null for reads. */
  result_count: z.number().int().nullable(),
  at: z.string(),
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;

/** `GET /api/access-log`: newest first. */
export const accessLogSchema = z.object({ entries: z.array(accessLogEntrySchema) });
export type AccessLog = z.infer<typeof accessLogSchema>;

/** Query of `GET /api/access-log` (lead). */
export const accessLogQuerySchema = z
  .object({
    agent_id: z.string().max(64).optional(),
    ticket_id: z.string().max(64).optional(),
    kind: z.enum(accessKinds).optional(),
    /** Entries at or after this time (ISO 8601). */
    since: z.iso.datetime({ offset: true }).optional(),
    /** Entries before this time (ISO 8601). */
    until: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(10_000).default(500),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .strict();
export type AccessLogQuery = z.infer<typeof accessLogQuerySchema>;

/** The default hourly budget of distinct tickets one agent may open. */
export const defaultHourlyTicketBudget = 300;

/** The read limits a lead sets (`GET`/`PUT /api/settings/read-limits`). */
export const readLimitsSchema = z
  .object({
    /** Distinct tickets one agent may open within any hour (tickets assigned to them do not count). */
    hourly_ticket_budget: z.number().int().min(1).max(1_000_000),
  })
  .strict();
export type ReadLimits = z.infer<typeof readLimitsSchema>;

/** How many days the access log keeps an entry by default. */
export const defaultAccessLogRetentionDays = 365;
/**
 * The shortest retention a lead may set: an insider's reads must stay on record long enough to be
 * investigated (a leak is often noticed weeks later), so the log cannot be emptied by a setting.
 */
export const minAccessLogRetentionDays = 30;
/** The longest retention a lead may set (ten years). */
export const maxAccessLogRetentionDays = 3650;

/** How long the access log keeps entries (`GET`/`PUT /api/settings/access-log-retention`, lead). */
export const accessLogRetentionSchema = z
  .object({
    /** Entries older than this many days are deleted by the service (checked hourly and on every change). */
    retention_days: z.number().int().min(minAccessLogRetentionDays).max(maxAccessLogRetentionDays),
  })
  .strict();
export type AccessLogRetention = z.infer<typeof accessLogRetentionSchema>;

/** The socket event leads receive when an agent runs past the read budget. */
export const readBudgetAlertEvent = 'access:budget-exceeded';

/** Payload of `readBudgetAlertEvent`. */
export const readBudgetAlertSchema = z.object({
  agent_id: z.string(),
  agent_name: z.string(),
  budget: z.number().int(),
  /** The ticket whose read was refused. */
  ticket_id: z.string(),
  ticket_number: z.number().int(),
  at: z.string(),
});
export type ReadBudgetAlert = z.infer<typeof readBudgetAlertSchema>;
